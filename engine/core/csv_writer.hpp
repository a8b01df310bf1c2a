#pragma once
// The one CSV writer: every CSV that stakemap writes (tables on stdout, dataset exports, Kumu
// sheets; files through io::CsvFile) goes through it. Text cells carry the formula guard (escape::csv_text), so that no
// cell runs as a formula in a spreadsheet; number cells are written as they are.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace stakemap {

/// How a CSV is laid out: separator, line end, byte-order mark.
struct CsvStyle {
  char sep = ',';
  std::string eol = "\n";
  bool bom = false;  ///< start with the UTF-8 byte-order mark (Excel then reads the file as UTF-8)
  /// Excel's style (`--excel`): BOM, `sep` (default ';', as Excel in French and Dutch), CRLF.
  static CsvStyle excel(char sep = ';') { return {sep, "\r\n", true}; }
};

/// Writes CSV records to a stream, cells separated by style.sep and records ended by style.eol;
/// the byte-order mark (style.bom) is written on construction.
class CsvWriter {
 public:
  explicit CsvWriter(std::ostream& out, CsvStyle style = {});
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
  CsvStyle style_;
  bool first_ = true;
};

}  // namespace stakemap
