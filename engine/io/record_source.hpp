#pragma once
// Records of cells, whatever file they come from: a CSV file (io::CsvReader) or a sheet of an
// XLSX workbook (io::XlsxWorkbook). The readers of datasets, survey exports and Kumu sheets
// take a RecordSource, so every format goes through the same validation.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/errors.hpp"

namespace stakemap::io {

/// A stream of records. next() throws ValidationError (one diagnostic, with its position)
/// when the input is malformed or over a limit.
class RecordSource {
 public:
  RecordSource() = default;
  virtual ~RecordSource() = default;
  RecordSource(const RecordSource&) = delete;
  RecordSource& operator=(const RecordSource&) = delete;

  /// Reads the next record into `fields` (reusing its strings); false at the end. Blank
  /// lines (CSV) and missing rows (XLSX) are skipped.
  virtual bool next(std::vector<std::string>& fields) = 0;
  /// Position of field `i` of the last record read.
  virtual Position position(std::size_t i) const = 0;
  /// Line (CSV) or row (XLSX) on which the last record started.
  virtual long line() const = 0;
  /// The name of the input in messages ("flows.csv", "map.xlsx[flows]").
  virtual const std::string& file() const = 0;
  /// Bytes consumed so far, for progress (of the decompressed sheet for XLSX).
  virtual std::size_t bytes_read() const = 0;
};

/// True when `path` names an XLSX workbook (by its extension, .xlsx or .xlsm, in any case), or
/// is "-" and standard input holds a ZIP archive (io::stdin_is_zip).
bool is_xlsx(const std::string& path);

/// Opens the records of `path`: a CSV file (through open_input: "-" is standard input), or
/// the sheet `sheet` of an XLSX workbook ("" = its first sheet). Throws InputError when the
/// file cannot be read, is not a workbook where one is expected, or has no such sheet.
std::unique_ptr<RecordSource> open_records(const std::string& path, const std::string& sheet = "");

}  // namespace stakemap::io
