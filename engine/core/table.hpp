#pragma once
// A result table: what every analysis and listing returns, printed as an aligned
// terminal table, CSV or JSON by the same three printers.
#include <iosfwd>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/csv_writer.hpp"

namespace stakemap {

/// A multi-valued cell (territories, domains, obstacles, member ids...), in its order.
using TextList = std::vector<std::string>;
/// One cell: empty, text from the data, an integer, a real number or a list of texts.
/// Terminal tables, CSV and XLSX write a list joined with '|' (as the dataset files do),
/// JSON as an array of strings.
using Cell = std::variant<std::monostate, std::string, long long, double, TextList>;

/// A list's text in a terminal, CSV or XLSX cell: its values joined with '|' ("a|b").
std::string joined(const TextList& list);

/// Output format chosen with --format.
enum class TableFormat { table, csv, json };
/// Parses "table", "csv" or "json"; throws UsageError otherwise.
TableFormat parse_format(const std::string& s);
/// The name parse_format reads for `format`.
const char* format_name(TableFormat format);

/// Columns and rows; every row has one cell per column.
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
  /// Optional title printed above the terminal table (not in CSV/JSON).
  std::string title;

  /// Appends a row (throws std::logic_error when its width differs from columns).
  void add(std::vector<Cell> row);
  /// Index of a column by name, or nullopt.
  std::optional<std::size_t> column(const std::string& name) const;
};

/// Prints `t` in `format`. CSV cells of text go through escape::csv_text (formula guard);
/// numbers are written in shortest round-trip form. Terminal tables align by display width
/// and round reals to 4 decimals.
/// `max_width` (terminal tables only; 0: no limit) is the terminal's width: see print_table.
/// `csv` is the layout of TableFormat::csv. `decimal_mark` replaces the point of reals in
/// terminal tables only ("," in French: i18n::decimal_mark); CSV and JSON always write ".".
void print(std::ostream& out, const Table& t, TableFormat format, std::size_t max_width = 0, const CsvStyle& csv = {},
           const std::string& decimal_mark = ".");
/// The aligned terminal table. With `max_width` > 0, prose columns (some text with a space:
/// names, notes, reasons) are narrowed, widest first and never below their heading (nor 12
/// columns), until each line fits; a cell cut short ends in "…". Ids, codes and numbers are
/// never cut. Reals are written with `decimal_mark`.
void print_table(std::ostream& out, const Table& t, std::size_t max_width = 0, const std::string& decimal_mark = ".");
/// CSV with a header row, laid out as `style` says.
void print_csv(std::ostream& out, const Table& t, const CsvStyle& style = {});
/// JSON: an array of objects keyed by column name; a list cell is an array of strings, an
/// empty cell or a non-finite number null.
void print_json(std::ostream& out, const Table& t);
/// Shortest text that reads back as the same double ("0.1", "1e-09", "3").
std::string number_text(double v);

}  // namespace stakemap
