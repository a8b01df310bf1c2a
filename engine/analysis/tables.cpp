#include "analysis/tables.hpp"

#include <algorithm>
#include <cmath>

#include "core/errors.hpp"

namespace stakemap::analysis {

Cell number_cell(double v) {
  if (std::isnan(v)) return std::monostate{};
  return v;
}

Table org_table(const model::Map& map, const std::vector<std::pair<std::string, std::vector<double>>>& columns,
                const std::string& lang) {
  Table t;
  t.columns = {"id", "name"};
  for (const auto& c : columns) t.columns.push_back(c.first);
  for (std::size_t i = 0; i < map.organisations.size(); ++i) {
    std::vector<Cell> row{map.organisations[i].id, map.organisations[i].name_in(lang)};
    for (const auto& c : columns) row.push_back(number_cell(c.second.at(i)));
    t.add(std::move(row));
  }
  return t;
}

namespace {
// Cells as numbers for sorting; empty and text cells have none.
bool number_of(const Cell& c, double& out) {
  if (auto d = std::get_if<double>(&c)) out = *d;
  else if (auto i = std::get_if<long long>(&c)) out = static_cast<double>(*i);
  else return false;
  return !std::isnan(out);
}
}  // namespace

void sort_rows(Table& t, const std::string& column, bool ascending) {
  auto index = t.column(column);
  if (!index) {
    std::string names;
    for (std::size_t i = 2; i < t.columns.size(); ++i) names += (i > 2 ? ", " : "") + t.columns[i];
    throw UsageError("cannot sort by '" + column + "' (columns: " + names + ")");
  }
  std::stable_sort(t.rows.begin(), t.rows.end(), [&](const auto& a, const auto& b) {
    double x = 0, y = 0;
    bool hx = number_of(a[*index], x), hy = number_of(b[*index], y);
    if (hx != hy) return hx;  // numbers before empty cells
    if (!hx) return false;
    return ascending ? x < y : x > y;
  });
}

void keep_top(Table& t, std::size_t n) {
  if (t.rows.size() > n) t.rows.resize(n);
}

}  // namespace stakemap::analysis
