#pragma once
// A streaming RFC 4180 CSV reader: UTF-8 BOM, ',', ';' or tab (sniffed from the header line),
// CRLF or LF, quoted fields with separators, doubled quotes and line breaks inside.
// Positions are 1-based lines and columns counted in code points.
#include <cstddef>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "io/record_source.hpp"

namespace stakemap::io {

/// Limits that protect memory against hostile files (documented in docs/dataset.md).
struct CsvLimits {
  std::size_t max_field_bytes = 1 << 20;  ///< 1 MiB per field
  std::size_t max_fields = 4096;          ///< per record
};

/// Reads records one at a time; throws ValidationError (one diagnostic at file:line:column)
/// on malformed quoting, invalid UTF-8 or a limit exceeded.
class CsvReader final : public RecordSource {
 public:
  /// `sep` 0 sniffs ',', ';' or tab from the first line (the one most used outside quotes; ',' on a tie).
  CsvReader(std::istream& in, std::string file, char sep = 0, CsvLimits limits = {});
  /// Reads the next record into `fields` (reusing its strings); false at end of input.
  /// Blank lines are skipped.
  bool next(std::vector<std::string>& fields) override;
  /// Position of field `i` of the last record read.
  Position position(std::size_t i) const override;
  /// Line on which the last record started.
  long line() const override { return record_line_; }
  char separator() const { return sep_; }
  const std::string& file() const override { return file_; }
  /// Bytes consumed so far (for progress).
  std::size_t bytes_read() const override { return consumed_; }

 private:
  int peek();
  int get();
  void fill();
  /// Appends to `field` the bytes up to the next quote (quoted) or separator, line break or
  /// quote (unquoted), or the end of input, counting lines and columns.
  void scan(std::string& field, bool quoted);
  /// After reading `c` at the end of a record: consumes the LF of a CRLF.
  void end_of_line(int c);
  [[noreturn]] void fail(long line, long column, const std::string& what) const;
  /// Fails on the first byte of `field` that is not UTF-8 text, or is a NUL byte.
  void check_text(const std::string& field, long line, long column) const;

  std::istream& in_;
  std::string file_;
  char sep_;
  CsvLimits limits_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0, consumed_ = 0;
  long line_ = 1, column_ = 1;
  long record_line_ = 0;
  std::vector<std::pair<long, long>> starts_;
  bool first_ = true;
};

/// Finds header columns by name (trimmed, case-insensitive).
class CsvHeader final {
 public:
  CsvHeader() = default;
  explicit CsvHeader(const std::vector<std::string>& names);
  /// Index of column `name`, or -1.
  int find(const std::string& name) const;
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::vector<std::string> names_;
};

}  // namespace stakemap::io
