#pragma once
// An Excel workbook written through libxlsxwriter (whose types stay in the .cpp): sheets from
// a dataset::RowSink or from result tables, then delivered whole or not at all.
#include <memory>
#include <ostream>
#include <string>

#include "dataset/export_csv.hpp"
#include "interop/export_options.hpp"

namespace stakemap::interop {

/// `name` as an Excel sheet name: at most `max_chars` characters (Excel's limit: 31; cut at a
/// character boundary), none of []:*?/\ (each replaced by '_').
std::string sheet_name(std::string name, std::size_t max_chars = 31);

/// One workbook for `target` ("-": standard output). Every sheet has a frozen bold header row,
/// an autofilter and column widths fitted to the content (6 to 60 characters); numbers are
/// number cells, text always string cells (never formulas; text that looks like an OOXML
/// escape keeps its underscore escaped).
class XlsxBook final {
 public:
  /// Checks `target` (io::check_target, unless "-") before any work and starts the workbook in
  /// a private temporary folder. Throws InputError when either fails.
  explicit XlsxBook(std::string target);
  ~XlsxBook();
  XlsxBook(const XlsxBook&) = delete;
  XlsxBook& operator=(const XlsxBook&) = delete;

  /// A sink writing each file handed to it as a sheet named after the file without its
  /// extension ("organisations.csv" -> organisations); columns flagged numeric hold numbers.
  dataset::RowSink& sink();
  /// Writes `sheet` as the next sheet: long long and double cells as numbers (NaN and
  /// infinities as empty cells), text as strings, filled as `sheet.fills` says.
  void add(const Sheet& sheet);
  /// Closes the workbook and writes its bytes to the target (io::write_file) or to
  /// `stdout_stream`. Throws InputError when the workbook or the target cannot be written, or
  /// a sheet exceeds Excel's limits (1,048,576 rows, 32,767 characters a cell).
  void finish(std::ostream& stdout_stream);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stakemap::interop
