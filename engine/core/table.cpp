#include "core/table.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <stdexcept>

#include "core/csv_writer.hpp"
#include "core/errors.hpp"
#include "core/escape.hpp"
#include "core/text.hpp"

namespace stakemap {

namespace {
constexpr TableFormat kFormats[] = {TableFormat::table, TableFormat::csv, TableFormat::json};
}  // namespace

const char* format_name(TableFormat format) {
  switch (format) {
    case TableFormat::table: return "table";
    case TableFormat::csv: return "csv";
    case TableFormat::json: return "json";
  }
  return "table";
}

TableFormat parse_format(const std::string& s) {
  for (TableFormat f : kFormats)
    if (s == format_name(f)) return f;
  throw OptionError::unknown("format", s, "table, csv, json");
}

void Table::add(std::vector<Cell> row) {
  if (row.size() != columns.size())
    throw std::logic_error("table row has " + std::to_string(row.size()) + " cells for " +
                           std::to_string(columns.size()) + " columns");
  rows.push_back(std::move(row));
}

std::optional<std::size_t> Table::column(const std::string& name) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return i;
  return std::nullopt;
}

std::string joined(const TextList& list) { return text::join(list, "|"); }

std::string number_text(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (v == 0) return "0";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, res.ptr);
}

namespace {
// Control characters would move the cursor and bidi overrides would reorder the line:
// show C0 controls as their visible symbols (␊), C1 controls and overrides as U+FFFD.
std::string visible_text(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = text::decode_utf8(s, i);
    if (cp < 0x20 || cp == 0x7F) text::append_utf8(out, cp == 0x7F ? 0x2421 : 0x2400 + cp);
    else if ((cp >= 0x80 && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
      text::append_utf8(out, 0xFFFD);
    else out.append(s, start, i - start);
  }
  return out;
}

std::string terminal_text(const Cell& c, const std::string& decimal_mark) {
  if (auto s = std::get_if<std::string>(&c)) return visible_text(*s);
  if (auto list = std::get_if<TextList>(&c)) return visible_text(joined(*list));
  if (auto i = std::get_if<long long>(&c)) return std::to_string(*i);
  if (auto d = std::get_if<double>(&c)) {
    if (std::isnan(*d) || std::isinf(*d)) return number_text(*d);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f", *d);
    std::string s = buf;
    while (s.size() > 1 && s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    if (s == "-0") return "0";
    if (auto point = s.find('.'); point != std::string::npos) s.replace(point, 1, decimal_mark);
    return s;
  }
  return "";
}

bool is_number(const Cell& c) { return std::holds_alternative<long long>(c) || std::holds_alternative<double>(c); }

/// `s` cut to at most `w` display columns, ending in "…" when cut.
std::string cut_to(const std::string& s, std::size_t w) {
  if (text::display_width(s) <= w) return s;
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    text::decode_utf8(s, i);
    std::string next = out + s.substr(start, i - start);
    if (text::display_width(next) + 1 > w) break;
    out = std::move(next);
  }
  return out + "\u2026";
}

/// Narrows the prose columns, widest first, until a line fits `max_width` or none can narrow
/// (not below its heading, nor 12 columns).
void fit_columns(std::vector<std::size_t>& width, const std::vector<bool>& text_column,
                 const std::vector<std::string>& headings, std::size_t max_width) {
  auto total = [&] {
    std::size_t sum = width.empty() ? 0 : 2 * (width.size() - 1);
    for (auto w : width) sum += w;
    return sum;
  };
  auto floor = [&](std::size_t i) { return std::max<std::size_t>(text::display_width(headings[i]), 12); };
  for (std::size_t sum = total(); sum > max_width; --sum) {
    std::size_t widest = width.size();
    for (std::size_t i = 0; i < width.size(); ++i)
      if (text_column[i] && width[i] > floor(i) && (widest == width.size() || width[i] > width[widest])) widest = i;
    if (widest == width.size()) break;  // nothing left to narrow
    --width[widest];
  }
}
}  // namespace

void print_table(std::ostream& out, const Table& t, std::size_t max_width, const std::string& decimal_mark) {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> width(t.columns.size());
  std::vector<bool> text_column(t.columns.size(), false);
  for (std::size_t i = 0; i < t.columns.size(); ++i) width[i] = text::display_width(t.columns[i]);
  for (const auto& row : t.rows) {
    auto& line = cells.emplace_back();
    for (std::size_t i = 0; i < row.size(); ++i) {
      line.push_back(terminal_text(row[i], decimal_mark));
      width[i] = std::max(width[i], text::display_width(line.back()));
      // Prose (names, notes, reasons) may be cut; ids and codes (no space) never are.
      if (!is_number(row[i]) && line.back().find(' ') != std::string::npos) text_column[i] = true;
    }
  }
  if (max_width > 0) fit_columns(width, text_column, t.columns, max_width);
  if (!t.title.empty()) out << t.title << "\n";
  auto pad = [&](const std::string& s, std::size_t w, bool right) {
    std::string fill(w - std::min(w, text::display_width(s)), ' ');
    return right ? fill + s : s + fill;
  };
  std::string head, rule;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    head += (i ? "  " : "") + pad(t.columns[i], width[i], false);
    if (i) rule += "  ";
    for (std::size_t k = 0; k < width[i]; ++k) rule += "\u2500";
  }
  while (!head.empty() && head.back() == ' ') head.pop_back();
  out << head << "\n" << rule << "\n";
  for (std::size_t r = 0; r < cells.size(); ++r) {
    std::string line;
    for (std::size_t i = 0; i < cells[r].size(); ++i)
      line += (i ? "  " : "") + (is_number(t.rows[r][i]) ? pad(cells[r][i], width[i], true)
                                                         : pad(cut_to(cells[r][i], width[i]), width[i], false));
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  }
}

void print_csv(std::ostream& out, const Table& t, const CsvStyle& style) {
  CsvWriter csv(out, style);
  csv.row(t.columns);
  for (const auto& row : t.rows) {
    for (const Cell& c : row) {
      if (auto s = std::get_if<std::string>(&c)) csv.text(*s);
      else if (auto list = std::get_if<TextList>(&c)) csv.text(joined(*list));
      else if (auto n = std::get_if<long long>(&c)) csv.raw(std::to_string(*n));
      else if (auto d = std::get_if<double>(&c)) csv.raw(number_text(*d));
      else csv.raw("");
    }
    csv.end_row();
  }
}

void print_json(std::ostream& out, const Table& t) {
  out << "[";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    out << (r ? ",\n " : "\n ") << "{";
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      out << (i ? ", " : "") << escape::json(t.columns[i]) << ": ";
      const Cell& c = t.rows[r][i];
      if (auto s = std::get_if<std::string>(&c)) out << escape::json(*s);
      else if (auto list = std::get_if<TextList>(&c)) {
        out << "[";
        for (std::size_t k = 0; k < list->size(); ++k) out << (k ? ", " : "") << escape::json((*list)[k]);
        out << "]";
      } else if (auto n = std::get_if<long long>(&c)) out << *n;
      else if (auto d = std::get_if<double>(&c)) out << (std::isfinite(*d) ? number_text(*d) : "null");
      else out << "null";
    }
    out << "}";
  }
  out << (t.rows.empty() ? "]\n" : "\n]\n");
}

void print(std::ostream& out, const Table& t, TableFormat format, std::size_t max_width, const CsvStyle& csv,
           const std::string& decimal_mark) {
  switch (format) {
    case TableFormat::table: print_table(out, t, max_width, decimal_mark); break;
    case TableFormat::csv: print_csv(out, t, csv); break;
    case TableFormat::json: print_json(out, t); break;
  }
}

}  // namespace stakemap
