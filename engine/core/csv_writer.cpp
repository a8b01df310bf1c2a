#include "core/csv_writer.hpp"

#include "core/escape.hpp"

namespace stakemap {

CsvWriter::CsvWriter(std::ostream& out, CsvStyle style) : out_(out), style_(std::move(style)) {
  if (style_.bom) out_ << "\xEF\xBB\xBF";
}

void CsvWriter::separate() {
  if (!first_) out_ << style_.sep;
  first_ = false;
}

CsvWriter& CsvWriter::text(std::string_view cell) {
  separate();
  out_ << escape::csv_text(cell, style_.sep);
  return *this;
}

CsvWriter& CsvWriter::raw(std::string_view cell) {
  separate();
  out_ << escape::csv_raw(cell, style_.sep);
  return *this;
}

void CsvWriter::end_row() {
  out_ << style_.eol;
  first_ = true;
}

void CsvWriter::row(const std::vector<std::string>& cells) {
  for (const auto& c : cells) text(c);
  end_row();
}

}  // namespace stakemap
