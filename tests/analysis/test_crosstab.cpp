// Communities against the map's own divisions: E-I indexes of ties, and the cross-tabulation
// of communities by territory, level, kind or language, counted by hand on tiny maps.
#include <doctest/doctest.h>

#include "analysis/crosstab.hpp"
#include "core/errors.hpp"

using namespace stakemap;

namespace {
model::Organisation org(std::string id, std::string level, std::vector<std::string> languages) {
  model::Organisation o;
  o.id = id;
  o.name = id;
  o.level = std::move(level);
  o.languages = std::move(languages);
  return o;
}
}  // namespace

TEST_CASE("E-I index: -1 inside groups only, +1 across only, counted on undirected ties") {
  // 0 <-> 1 (same group), 1 -> 2 and 2 -> 3 (across), 3 without group.
  auto g = graph::Digraph::from_arcs(4, {{0, 1, 1}, {1, 0, 1}, {1, 2, 1}, {2, 3, 1}});
  auto ei = analysis::ei_index(g, std::vector<int>{0, 0, 1, -1});
  CHECK(ei.internal == 1);
  CHECK(ei.external == 1);
  CHECK(ei.value == 0);
  auto all_in = analysis::ei_index(g, std::vector<int>{0, 0, 0, 0});
  CHECK(all_in.value == -1);
  // Multi-valued: a tie is internal when the ends share a value.
  std::vector<std::vector<std::string>> langs{{"fr"}, {"fr", "nl"}, {"nl"}, {"de"}};
  auto by_lang = analysis::ei_index(g, langs);
  CHECK(by_lang.internal == 2);
  CHECK(by_lang.external == 1);
  CHECK(by_lang.value == doctest::Approx(-1.0 / 3));
}

TEST_CASE("cross tab: members of each community per value, '(none)' last; E-I of the same ties") {
  model::Map map;
  map.organisations = {org("a", "local", {"fr"}), org("b", "local", {"nl", "fr"}), org("c", "federal", {"nl"}),
                       org("d", "", {})};
  // a <-> b, b -> c, c -> d; communities {a, b} and {c, d}.
  auto g = graph::Digraph::from_arcs(4, {{0, 1, 1}, {1, 0, 1}, {1, 2, 1}, {2, 3, 1}});
  auto t = analysis::cross_tab(map, g, {0, 0, 1, 1}, 2, "level");
  CHECK(t.by == "level");
  CHECK(t.values == std::vector<std::string>{"federal", "local", "(none)"});
  CHECK(t.counts == std::vector<std::vector<int>>{{0, 2, 0}, {1, 0, 1}});
  CHECK(t.ei.internal == 1);  // a-b, both local; c-d left out (d has no level)
  CHECK(t.ei.external == 1);  // b-c
  CHECK(t.ei.value == 0);

  // An organisation with two languages counts under both; without '(none)' when all have one.
  map.organisations[3].languages = {"de"};
  auto lang = analysis::cross_tab(map, g, {0, 0, 1, 1}, 2, "language");
  CHECK(lang.values == std::vector<std::string>{"de", "fr", "nl"});
  CHECK(lang.counts == std::vector<std::vector<int>>{{0, 2, 1}, {1, 0, 1}});
  CHECK(lang.ei.internal == 2);  // a-b share fr, b-c share nl
  CHECK(lang.ei.external == 1);  // c-d
  CHECK(lang.ei.value == doctest::Approx(-1.0 / 3));

  CHECK_THROWS_AS(analysis::cross_tab(map, g, {0, 0, 1, 1}, 2, "colour"), UsageError);
}
