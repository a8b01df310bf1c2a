#pragma once
// One CSV file of a dataset being read: finds the known columns in its header and turns
// each record's cells into checked values, reporting every problem with file:line:column.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dataset/columns.hpp"
#include "dataset/diagnostics.hpp"
#include "io/csv_reader.hpp"
#include "model/map.hpp"
#include "model/taxonomy.hpp"
#include "store/writer.hpp"

namespace stakemap::dataset {

/// Reads the records of one file, checking cells as columns(kind) says.
class RowReader final {
 public:
  /// Reads the header; reports missing required columns (then ok() is false).
  RowReader(io::CsvReader& csv, FileKind kind, Diagnostics& diags);
  bool ok() const { return ok_; }
  /// Next record; false at the end. A malformed record is reported and ends the file.
  bool next();
  /// Known columns present in the header, for store::Writer.
  const store::FieldSet& present() const { return present_; }
  bool has(const char* column) const;

  /// Trimmed text of `column` ("" when absent), formula guard removed.
  std::string text(const char* column) const;
  /// Reports an empty required field.
  void require(const char* column) const { required_present(column); }
  /// A code checked against the column's facet; "" when empty (error if required).
  std::string code(const char* column) const;
  /// '|'-separated codes, each checked; a repeated code is dropped with a warning.
  std::vector<std::string> codes(const char* column) const;
  /// '|'-separated free values; a repeated value is dropped with a warning.
  std::vector<std::string> list(const char* column) const;
  /// The id of the row (required; must not contain '|'); "" after an error.
  std::string id(const char* column) const;
  std::optional<double> number(const char* column) const;
  /// Checks that `column` (a reference) names a known id via `known`.
  void check_ref(const char* column, const std::string& id, const std::function<bool(const std::string&)>& known,
                 const char* what) const;
  /// Columns not in columns(kind), as attributes; an empty cell gives an empty value (which
  /// store::Writer takes as "remove this attribute").
  model::Attributes extras() const;
  /// Names of the header's columns that are not in columns(kind).
  std::vector<std::string> extra_columns() const;
  Position where(const char* column) const;
  Position where_line() const;

 private:
  std::size_t spec_index(const char* column) const;
  int index(const char* column) const;
  const Column& spec(const char* column) const;
  void required_present(const char* column) const;

  io::CsvReader& csv_;
  FileKind kind_;
  Diagnostics& diags_;
  io::CsvHeader header_;
  std::vector<std::string> cells_;
  store::FieldSet present_;
  std::vector<int> index_;          ///< header index of each of columns(kind), or -1
  std::vector<bool> known_column_;  ///< per header column: one of columns(kind)
  bool ok_ = true;
};

}  // namespace stakemap::dataset
