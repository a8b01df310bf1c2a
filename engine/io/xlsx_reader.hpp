#pragma once
// Reading XLSX workbooks (Office Open XML spreadsheets, as Excel, LibreOffice, openpyxl, Kobo
// and Kumu write them) as records: libzip opens the archive, libxml2's push parser (the safe
// settings of io/xml_reader: no DTD, no entities, no network) reads each part, and a sheet's
// rows are parsed as they are pulled, a chunk at a time. Cells come out as the CSV text of
// the same sheet would hold them (docs/interop.md, "XLSX in"): shared and inline strings,
// numbers in their shortest form (integers without ".0"), booleans as TRUE and FALSE, numbers
// in a date or time style as ISO 8601, missing cells as empty cells. Positions are
// `file.xlsx[sheet]:row:column`, both counted from 1 as the spreadsheet shows them.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "io/record_source.hpp"

namespace stakemap::io {

/// Limits that protect memory and time against hostile workbooks (docs/security.md).
struct XlsxLimits {
  std::size_t max_entries = 10'000;                         ///< files in the archive
  std::uint64_t max_part_bytes = std::uint64_t(256) << 20;  ///< one part, unpacked: 256 MiB
  std::uint64_t max_total_bytes = std::uint64_t(1) << 30;   ///< all parts, unpacked: 1 GiB
  /// Unpacked bytes per packed byte of one part, for parts above ratio_floor bytes (a zip bomb
  /// packs about 1,000 to 1).
  std::uint64_t max_ratio = 200;
  std::uint64_t ratio_floor = std::uint64_t(1) << 20;
  std::size_t max_shared_strings = 2'000'000;             ///< entries of the shared-string table
  std::size_t max_shared_bytes = std::size_t(128) << 20;  ///< their text: 128 MiB
  std::size_t max_columns = 4096;                         ///< columns of a sheet (as CsvLimits::max_fields)
  std::uint64_t max_cells = 50'000'000;                   ///< cells of one sheet, the empty ones filled in
};

/// An open workbook: its sheet names, shared strings and date styles, read once. Sheets are
/// read one at a time, each as a RecordSource.
class XlsxWorkbook final : public std::enable_shared_from_this<XlsxWorkbook> {
 public:
  /// Opens `path` ("-": standard input, copied first into a private temporary file of at most
  /// limits.max_total_bytes) and checks the archive against `limits` before unpacking anything. Throws
  /// InputError naming the file when it is not a workbook, is damaged or exceeds a limit.
  static std::shared_ptr<const XlsxWorkbook> open(const std::string& path, const XlsxLimits& limits = {});
  ~XlsxWorkbook();
  XlsxWorkbook(const XlsxWorkbook&) = delete;
  XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

  const std::string& path() const { return path_; }
  /// The sheet names, in the workbook's order.
  std::vector<std::string> sheets() const;
  /// True when the workbook has the sheet `name` (case-insensitive).
  bool has_sheet(const std::string& name) const;
  /// The rows of sheet `name` (case-insensitive), named "path[name]" in messages. Throws
  /// InputError listing the sheets when there is no such sheet.
  std::unique_ptr<RecordSource> sheet(const std::string& name) const;

  struct Impl;  ///< the archive and what was read of it (xlsx_reader.cpp)

 private:
  XlsxWorkbook(std::string path, std::unique_ptr<Impl> impl);
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

/// The text a number cell shows in a CSV file: the shortest form that reads back as the same
/// double, integers (below 10^15) without a fraction or exponent. "" when `v` is not a number.
std::string xlsx_number_text(const std::string& v);
/// Excel's serial date `serial` (days since 1899-12-30, with Excel's 1900 leap-year bug, or
/// since 1904-01-01 when `date1904`) as ISO 8601: "YYYY-MM-DD" (`date`), "HH:MM:SS" (`time`)
/// or "YYYY-MM-DDTHH:MM:SS" (both). "" when out of range.
std::string xlsx_date_text(double serial, bool date1904, bool date, bool time);

}  // namespace stakemap::io
