#pragma once
// One file of a dataset being read (a CSV file, or a sheet of an XLSX workbook): finds the schema's columns in its
// header and turns each record's cells into values through the FieldChecker, reporting every problem with
// file:line:column.
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dataset/columns.hpp"
#include "dataset/diagnostics.hpp"
#include "dataset/field_checker.hpp"
#include "io/csv_reader.hpp"
#include "io/record_source.hpp"
#include "model/map.hpp"
#include "model/schema.hpp"
#include "store/writer.hpp"

namespace stakemap::dataset {

/// Reads the records of one file, checking cells as the schema of its entity says.
class RowReader final {
 public:
  /// Reads the header; reports missing required columns (then ok() is false). Codes are
  /// checked against `taxonomy` (kept by reference).
  RowReader(io::RecordSource& csv, FileKind kind, Diagnostics& diags,
            const model::Taxonomy& taxonomy = model::Taxonomy::builtin());
  bool ok() const { return ok_; }
  /// Next record; false at the end. A malformed record is reported and ends the file.
  bool next();
  /// Records returned by next() so far (blank records not counted).
  long records() const { return records_; }
  /// Known columns present in the header, for store::Writer.
  const store::FieldSet& present() const { return present_; }
  bool has(const char* column) const;

  /// Trimmed text of `column` ("" when absent), formula guard removed.
  std::string text(const char* column) const;
  /// Reports an empty required field.
  void require(const char* column) const;
  /// A code checked against the column's facet; "" when empty (error if required).
  std::string code(const char* column) const;
  /// '|'-separated codes, each checked; a repeated code is dropped with a warning.
  std::vector<std::string> codes(const char* column) const;
  /// '|'-separated free values; a repeated value is dropped with a warning.
  std::vector<std::string> list(const char* column) const;
  /// The id of the row (required; must not contain '|'); "" after an error.
  std::string id(const char* column) const;
  std::optional<double> number(const char* column) const;
  /// Checks that `column` (a reference) names a known id via `known`; false (and an error)
  /// when it does not. An empty id passes.
  bool check_ref(const char* column, const std::string& id, const std::function<bool(const std::string&)>& known,
                 const char* what) const;
  /// Columns not in the schema, as attributes; an empty cell gives an empty value (which
  /// store::Writer takes as "remove this attribute").
  model::Attributes extras() const;
  /// Names of the header's columns that are not in the schema.
  std::vector<std::string> extra_columns() const;
  Position where(const char* column) const;
  Position where_line() const;

 private:
  std::size_t spec_index(const char* column) const;
  int index(const char* column) const;
  /// The position of the schema field specs_[k] in the current row.
  Position where_spec(std::size_t k) const;
  /// A field of the current row: its schema entry, its text (trimmed, unguarded) and where it
  /// is (computed only if a diagnostic asks).
  struct Cell {
    const model::FieldSpec& spec;
    std::string text;
    Where where;
  };
  Cell cell(const char* column) const;
  const model::FieldSpec& spec(const char* column) const;

  io::RecordSource& csv_;
  Diagnostics& diags_;
  FieldChecker check_;
  std::vector<model::FieldSpec> specs_;  ///< the schema's fields of the file's entity
  io::CsvHeader header_;
  std::vector<std::string> cells_;
  store::FieldSet present_;
  std::vector<int> index_;                                               ///< header index of each of specs_, or -1
  mutable std::vector<std::pair<const char*, std::size_t>> spec_cache_;  ///< column name pointer -> spec index
  std::vector<bool> known_column_;                                       ///< per header column: one of specs_
  bool ok_ = true;
  long records_ = 0;
};

}  // namespace stakemap::dataset
