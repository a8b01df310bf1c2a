#include "analysis/coverage_grid.hpp"

#include "i18n/messages.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::analysis {

std::uint32_t class_colour(CellClass c) {
  switch (c) {
    case CellClass::gap: return 0xF4A6A6;
    case CellClass::federal_only: return 0xF9CB9C;
    case CellClass::higher_level_only: return 0xFFE599;
    case CellClass::siloed: return 0xD9D2E9;
    case CellClass::covered: return 0xB6D7A8;
  }
  return 0xFFFFFF;
}

Table coverage_class_table(const model::Map& map, const CoverageMatrix& m, const std::string& lang) {
  Table t;
  t.columns = {"territory", "territory_name"};
  t.columns.insert(t.columns.end(), m.codes.begin(), m.codes.end());
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const auto& ter = map.territories[m.rows[r]];
    std::vector<Cell> row{ter.id, ter.name_in(lang)};
    for (std::size_t c = 0; c < m.codes.size(); ++c) row.emplace_back(std::string(class_code(m.cell(r, c).cls)));
    t.add(std::move(row));
  }
  return t;
}

Table coverage_legend_table(const model::Map& map, const CoverageMatrix& m, i18n::Lang lang) {
  const auto national = map.taxonomy().national_phrase(i18n::code(lang));
  Table t;
  t.columns = {"class", "mark", "meaning", "cells"};
  for (auto c : kCellClasses)
    t.add({std::string(class_code(c)), std::string(class_mark(c)),
           i18n::text(std::string("report.class.") + class_code(c), lang, {{"national", national}}),
           static_cast<long long>(m.count(c))});
  return t;
}

}  // namespace stakemap::analysis
