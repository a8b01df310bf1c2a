#pragma once
// Result tables of the analyses: per-organisation columns, sorting and top-N, shared by
// the analysis commands.
#include <string>
#include <utility>
#include <vector>

#include "core/table.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// A number as a table cell; NaN (undefined) becomes an empty cell.
Cell number_cell(double v);

/// A per-organisation table: columns id, name (in `lang`, Organisation::name_in), then one
/// column per (name, values).
Table org_table(const model::Map& map, const std::vector<std::pair<std::string, std::vector<double>>>& columns,
                const std::string& lang = "en");

/// Sorts rows by `column` (descending, or ascending when asked); empty cells last; ties
/// keep their order. Throws UsageError naming the columns when `column` is unknown.
void sort_rows(Table& t, const std::string& column, bool ascending = false);

/// Keeps the first `n` rows.
void keep_top(Table& t, std::size_t n);

}  // namespace stakemap::analysis
