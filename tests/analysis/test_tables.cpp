// Result tables of the analyses: per-organisation columns, NaN as an empty cell, sorting
// (numbers first, ties in order, descending by default) and top-N.
#include <doctest/doctest.h>

#include <cmath>

#include "analysis/tables.hpp"
#include "core/errors.hpp"

using namespace stakemap;

namespace {
model::Map three() {
  model::Map m;
  for (const char* id : {"a", "b", "c", "d"}) {
    model::Organisation o;
    o.id = id;
    o.name = std::string("Org ") + id;
    m.organisations.push_back(o);
  }
  return m;
}
std::string ids(const Table& t) {
  std::string s;
  for (const auto& row : t.rows) s += std::get<std::string>(row[0]);
  return s;
}
}  // namespace

TEST_CASE("org table: org, name, then one column per metric; NaN is an empty cell") {
  auto t = analysis::org_table(three(), {{"degree", {2, 0, 5, 1}}, {"constraint", {0.5, NAN, 0.25, 1}}});
  CHECK(t.columns == std::vector<std::string>{"id", "name", "degree", "constraint"});
  REQUIRE(t.rows.size() == 4);
  CHECK(std::get<std::string>(t.rows[2][1]) == "Org c");
  CHECK(std::get<double>(t.rows[2][2]) == 5);
  CHECK(std::holds_alternative<std::monostate>(t.rows[1][3]));
  CHECK(std::holds_alternative<std::monostate>(analysis::number_cell(NAN)));
  CHECK(std::get<double>(analysis::number_cell(0.125)) == 0.125);
}

TEST_CASE("sort rows: descending by default, ascending when asked, empty cells last, ties in order") {
  auto t = analysis::org_table(three(), {{"degree", {2, 0, 2, 1}}, {"constraint", {0.5, NAN, 0.25, 1}}});
  analysis::sort_rows(t, "degree");
  CHECK(ids(t) == "acdb");  // a and c tie at 2 and keep their order
  analysis::sort_rows(t, "degree", true);
  CHECK(ids(t) == "bdac");
  analysis::sort_rows(t, "constraint");
  CHECK(ids(t) == "dacb");  // b has no value: last
  analysis::sort_rows(t, "constraint", true);
  CHECK(ids(t) == "cadb");  // still last when ascending
  analysis::keep_top(t, 2);
  CHECK(ids(t) == "ca");
  analysis::keep_top(t, 10);
  CHECK(ids(t) == "ca");
}

TEST_CASE("sort rows: an unknown column is a usage error naming the columns") {
  auto t = analysis::org_table(three(), {{"degree", {2, 0, 2, 1}}, {"pagerank", {0, 0, 0, 0}}});
  CHECK_THROWS_WITH_AS(analysis::sort_rows(t, "fame"), "cannot sort by 'fame' (columns: degree, pagerank)", UsageError);
}
