#pragma once
// What every command gets: the global options and the output streams.
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "core/table.hpp"
#include "i18n/lang.hpp"

namespace cxxopts {
class Options;
class ParseResult;
}  // namespace cxxopts

namespace stakemap::cli {

class TableOutput;

/// Global options (before or after the command name) and where output goes.
struct Context {
  std::string db;  ///< --db, else $STAKEMAP_DB, else ./stakemap.db
  TableFormat format = TableFormat::table;
  bool format_given = false;
  CsvStyle csv;                      ///< layout of every CSV output: --excel, --sep
  i18n::Lang lang = i18n::Lang::en;  ///< --lang (any ISO 639-1 code), parsed once here
  bool quiet = false;                ///< --quiet: no progress
  bool out_is_terminal = false;      ///< stdout is a TTY: CSV is printed with escape::terminal
  std::size_t width = 0;             ///< the terminal's columns, which tables fit (0: none, or --wide)
  std::ostream* out;
  std::ostream* err;
  std::string command;                  ///< the command running ("gaps"): the default sheet name of its tables
  bool tables = false;                  ///< the command prints tables: it takes -o FILE (table_output.hpp)
  std::shared_ptr<TableOutput> output;  ///< the file of -o, when given (ctx.out writes into it)
  /// Prints a result table in the chosen format; into a workbook (-o FILE.xlsx) it becomes a
  /// sheet named `sheet` (default: the command's name).
  void print(const Table& t, const std::string& sheet = "") const;
  /// True when the tables go into a workbook: a command prints every table it has (as with
  /// --format table), each in the shape --format csv gives it.
  bool workbook() const;
  /// Where notes around the tables go: standard output beside a terminal table, else stderr
  /// (never into CSV, JSON or a file).
  std::ostream& notes() const { return format == TableFormat::table ? *out : *err; }
};

/// Adds --db, --format, --excel, --sep, --lang, --quiet, --wide, --max-memory and --help to a
/// command's options.
void add_global_options(cxxopts::Options& options);
/// Parses `args` (the command's own arguments) with `options`; applies global options to
/// `ctx` (--max-memory sets the process's memory limit), and -o for a table command
/// (ctx.tables); throws UsageError on bad arguments.
/// Returns false when --help was printed.
bool parse(cxxopts::Options& options, const std::vector<std::string>& args, Context& ctx, cxxopts::ParseResult& result);

}  // namespace stakemap::cli
