#pragma once
// `-o FILE` of the table commands: where the tables a command prints go, instead of standard
// output. The format comes from the file's extension: .xlsx a workbook (one sheet per table),
// .csv and .json what --format csv and --format json print. Written whole or not at all, and
// only when the command succeeds.
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/table.hpp"

namespace cxxopts {
class Options;
class ParseResult;
}  // namespace cxxopts

namespace stakemap::interop {
class XlsxBook;
}

namespace stakemap::cli {

struct Context;

/// The file named by -o, while the command runs.
class TableOutput final {
 public:
  /// Checks `path` (io::check_target) before any work; a workbook is started in a private
  /// temporary folder. Throws UsageError for an extension other than .xlsx, .csv or .json,
  /// InputError when the file cannot be written there.
  explicit TableOutput(std::string path);
  ~TableOutput();
  TableOutput(const TableOutput&) = delete;
  TableOutput& operator=(const TableOutput&) = delete;

  /// The format of the file's extension (csv for a workbook: its sheets hold what CSV holds).
  TableFormat format() const { return format_; }
  bool workbook() const { return book_ != nullptr; }
  /// What the command prints for the file (CSV or JSON text); unused for a workbook.
  std::ostream& stream() { return text_; }
  /// Adds `t` as the next sheet, named `name` made a valid, unique sheet name.
  void add_sheet(const Table& t, const std::string& name);
  /// Writes the file: the text printed, or the workbook (at least one sheet). Throws InputError
  /// when it cannot be written, std::logic_error when a command printed text into a workbook.
  void finish();
  /// The file's name, as given to -o.
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  TableFormat format_ = TableFormat::csv;
  std::ostringstream text_;
  std::unique_ptr<interop::XlsxBook> book_;
  std::vector<std::string> sheets_;
};

/// Adds `-o FILE` to the options of a table command.
void add_output_option(cxxopts::Options& options);
/// Applies -o (when given and not "-") to `ctx`: the format of its extension (a different
/// --format is a UsageError), and ctx.out into the file's text. Call after the global options.
void apply_output_option(const cxxopts::ParseResult& result, Context& ctx);

}  // namespace stakemap::cli
