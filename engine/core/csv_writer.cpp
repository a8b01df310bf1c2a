#include "core/csv_writer.hpp"

#include "core/escape.hpp"

namespace stakemap {

void CsvWriter::separate() {
  if (!first_) out_ << ',';
  first_ = false;
}

CsvWriter& CsvWriter::text(std::string_view cell) {
  separate();
  out_ << escape::csv_text(cell);
  return *this;
}

CsvWriter& CsvWriter::raw(std::string_view cell) {
  separate();
  out_ << escape::csv_raw(cell);
  return *this;
}

void CsvWriter::end_row() {
  out_ << eol_;
  first_ = true;
}

void CsvWriter::row(const std::vector<std::string>& cells) {
  for (const auto& c : cells) text(c);
  end_row();
}

}  // namespace stakemap
