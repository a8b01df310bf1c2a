#pragma once
// A CSV file written whole or not at all: a CsvWriter over an io::OutputFile.
#include <string>
#include <vector>

#include "core/csv_writer.hpp"
#include "io/output_file.hpp"

namespace stakemap::io {

/// A CSV file (by default ',' and records ended by "\r\n", as spreadsheets expect). Nothing is
/// at `path` until commit(); throws InputError when the file cannot be written.
class CsvFile final {
 public:
  explicit CsvFile(const std::string& path, CsvStyle style = {',', "\r\n", false});
  CsvWriter& csv() { return csv_; }
  /// A whole record of text cells (then checks the write).
  void row(const std::vector<std::string>& cells);
  /// Ends a record written cell by cell with csv() (then checks the write).
  void end_row();
  /// Records written so far, header included.
  long rows() const { return rows_; }
  /// Checks every record and puts the file in place.
  void commit() { file_.commit(); }

 private:
  OutputFile file_;
  CsvWriter csv_;
  long rows_ = 0;
};

}  // namespace stakemap::io
