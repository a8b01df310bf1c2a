// The coverage grid for spreadsheets: each cell's class code where the matrix has it, a legend
// counting each class, one distinct colour per class.
#include <doctest/doctest.h>

#include <set>

#include "analysis/coverage_grid.hpp"
#include "analysis/gaps_fixture.hpp"

using namespace stakemap;

TEST_CASE("coverage grid: one class code per cell, as the matrix classes it") {
  auto map = gaps_test::load("planted");
  const auto m = analysis::coverage(map);
  const auto t = analysis::coverage_class_table(map, m, "fr");
  REQUIRE(t.columns.size() == m.codes.size() + 2);
  CHECK(t.columns[0] == "territory");
  CHECK(t.columns[2] == m.codes[0]);
  REQUIRE(t.rows.size() == m.rows.size());
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    CHECK(std::get<std::string>(t.rows[r][0]) == map.territories[m.rows[r]].id);
    for (std::size_t c = 0; c < m.codes.size(); ++c)
      CHECK(std::get<std::string>(t.rows[r][c + 2]) == analysis::class_code(m.cell(r, c).cls));
  }
  // The planted fixture has every class: the grid shows each.
  std::set<std::string> seen;
  for (const auto& row : t.rows)
    for (std::size_t c = 2; c < row.size(); ++c) seen.insert(std::get<std::string>(row[c]));
  CHECK(seen.size() == analysis::kCellClasses.size());
}

TEST_CASE("coverage grid: the legend counts every class once, in the language asked") {
  auto map = gaps_test::load("planted");
  const auto m = analysis::coverage(map);
  const auto t = analysis::coverage_legend_table(map, m, i18n::Lang::fr);
  REQUIRE(t.rows.size() == 5);
  long long total = 0;
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const auto cls = analysis::kCellClasses[i];
    CHECK(std::get<std::string>(t.rows[i][0]) == analysis::class_code(cls));
    CHECK(std::get<std::string>(t.rows[i][1]) == analysis::class_mark(cls));
    CHECK(std::get<long long>(t.rows[i][3]) == static_cast<long long>(m.count(cls)));
    total += std::get<long long>(t.rows[i][3]);
  }
  CHECK(total == static_cast<long long>(m.cells.size()));
  CHECK(std::get<std::string>(t.rows[0][2]) == "aucun acteur");
  CHECK(std::get<std::string>(t.rows[4][2]) == "couvert");
}

TEST_CASE("coverage grid: each class has its own light colour") {
  std::set<std::uint32_t> colours;
  for (auto c : analysis::kCellClasses) {
    const auto rgb = analysis::class_colour(c);
    colours.insert(rgb);
    // light enough for black text: every channel above the middle
    CHECK(((rgb >> 16) & 0xFF) > 0x80);
    CHECK(((rgb >> 8) & 0xFF) > 0x80);
    CHECK((rgb & 0xFF) > 0x80);
  }
  CHECK(colours.size() == analysis::kCellClasses.size());
}
