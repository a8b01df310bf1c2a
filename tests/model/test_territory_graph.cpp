// The territory DAG: leaves below, ancestors above, coverage roll-down, cycle detection.
#include <doctest/doctest.h>

#include "model/territory_graph.hpp"

using stakemap::model::find_part_of_cycle;
using stakemap::model::Map;
using stakemap::model::TerritoryGraph;

namespace {
// Country C; regions R1, R2; community K over P2 and P3; provinces P1 (R1), P2 (R1, K), P3 (R2, K).
Map belgium_like() {
  Map m;
  m.territories = {{"C", "country", "C", "", "", "", {}, {}},
                   {"R1", "region", "R1", "", "", "", {"C"}, {}},
                   {"R2", "region", "R2", "", "", "", {"C"}, {}},
                   {"K", "community", "K", "", "", "", {"C"}, {}},
                   {"P1", "province", "P1", "", "", "", {"R1"}, {}},
                   {"P2", "province", "P2", "", "", "", {"R1", "K"}, {}},
                   {"P3", "province", "P3", "", "", "", {"R2", "K"}, {}}};
  m.reindex();
  return m;
}
// "t7": a prefix and a number (appended, which GCC 12's -Wrestrict does not misread).
std::string name(const char* prefix, int i) {
  std::string s = prefix;
  s.append(std::to_string(i));
  return s;
}

std::vector<std::string> ids(const Map& m, const std::vector<int>& v) {
  std::vector<std::string> out;
  for (int i : v) out.push_back(m.territories[i].id);
  return out;
}
}  // namespace

TEST_CASE("leaves below and ancestors above, each once") {
  auto m = belgium_like();
  TerritoryGraph g(m);
  CHECK(ids(m, g.leaves()) == std::vector<std::string>{"P1", "P2", "P3"});
  CHECK(ids(m, g.leaves_below(m.territory_index("C"))) == std::vector<std::string>{"P1", "P2", "P3"});
  CHECK(ids(m, g.leaves_below(m.territory_index("K"))) == std::vector<std::string>{"P2", "P3"});
  CHECK(ids(m, g.leaves_below(m.territory_index("P1"))) == std::vector<std::string>{"P1"});
  CHECK(ids(m, g.ancestors(m.territory_index("P2"))) == std::vector<std::string>{"C", "R1", "K", "P2"});
  CHECK(g.covers(m.territory_index("K"), m.territory_index("P3")));
  CHECK_FALSE(g.covers(m.territory_index("R1"), m.territory_index("P3")));
  stakemap::model::Organisation o;
  o.territories = {"K", "P1"};
  CHECK(ids(m, g.leaves_of(o)) == std::vector<std::string>{"P1", "P2", "P3"});
}

TEST_CASE("a DAG with very many paths stays linear") {
  // 40 layers of two territories, each part of both territories of the layer above: 2^40 paths.
  Map m;
  m.territories.push_back({"top", "country", "top", "", "", "", {}, {}});
  std::vector<std::string> above{"top"};
  for (int layer = 0; layer < 40; ++layer) {
    std::vector<std::string> here;
    for (int k = 0; k < 2; ++k) {
      std::string id = name("t", layer).append(name("_", k));
      m.territories.push_back({id, "area", id, "", "", "", above, {}});
      here.push_back(id);
    }
    above = here;
  }
  m.reindex();
  TerritoryGraph g(m);
  CHECK(g.leaves_below(0).size() == 2);
  CHECK(g.ancestors(m.territory_index("t39_0")).size() == 80);
}

TEST_CASE("find_part_of_cycle") {
  CHECK(find_part_of_cycle({{"a", {"b"}}, {"b", {"c"}}, {"c", {}}}).empty());
  CHECK(find_part_of_cycle({{"a", {"b"}}, {"b", {"c"}}, {"c", {"a"}}}) == std::vector<std::string>{"a", "b", "c", "a"});
  CHECK(find_part_of_cycle({{"x", {"x"}}}) == std::vector<std::string>{"x", "x"});
  CHECK(find_part_of_cycle({{"a", {"b", "c"}}, {"b", {"d"}}, {"c", {"d"}}, {"d", {}}}).empty());  // diamond
  // A long chain: iterative, no deep recursion.
  std::map<std::string, std::vector<std::string>> chain;
  for (int i = 0; i < 200000; ++i) chain[name("t", i)] = {name("t", i + 1)};
  CHECK(find_part_of_cycle(chain).empty());
  chain["t200000"] = {"t0"};
  CHECK(find_part_of_cycle(chain).size() == 200002);
}
