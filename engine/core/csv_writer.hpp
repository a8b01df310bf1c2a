#pragma once
// The one CSV writer: every CSV that stakemap writes (tables on stdout, dataset exports, Kumu
// sheets; files through io::CsvFile) goes through it. Text cells carry the formula guard (escape::csv_text), so that no
// cell runs as a formula in a spreadsheet; number cells are written as they are.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace stakemap {

/// Writes CSV records to a stream, cells separated by ',' and records ended by `eol`.
class CsvWriter {
 public:
  explicit CsvWriter(std::ostream& out, std::string_view eol = "\n") : out_(out), eol_(eol) {}
  /// A cell of text from the data: formula guard, quoted when needed.
  CsvWriter& text(std::string_view cell);
  /// A cell written as is (numbers), quoted when needed.
  CsvWriter& raw(std::string_view cell);
  /// Ends the record.
  void end_row();
  /// A whole record of text cells.
  void row(const std::vector<std::string>& cells);

 private:
  void separate();
  std::ostream& out_;
  std::string eol_;
  bool first_ = true;
};

}  // namespace stakemap
