// Needs against services: unmet and thin needs on the fixture, ranking by weight, merged
// duplicate rows, the needs planted in the bundled dataset, and the Python reference.
#include <doctest/doctest.h>

#include <algorithm>

#include "analysis/gaps_fixture.hpp"
#include "analysis/needs_gaps.hpp"
#include "core/errors.hpp"

using namespace stakemap;

namespace {

std::string key(const model::Map& map, const analysis::NeedGap& g) {
  return map.territories[g.territory].id + "/" + g.need + "/" + analysis::need_status_code(g.status);
}

}  // namespace

TEST_CASE("needs: unmet and thin needs ranked by weight on the fixture") {
  auto map = gaps_test::load("planted");
  auto g = analysis::needs_gaps(map);
  REQUIRE(g.rows.size() == 6);  // 7 rows, two of them the same territory and need
  std::vector<std::string> order;
  for (const auto& r : g.rows) order.push_back(key(map, r));
  CHECK(order == std::vector<std::string>{"P2/mobility/unmet", "P2/housing/thin", "P1/housing/met", "CAP/housing/thin",
                                          "P3/childcare/unmet", "P4/labour/met"});
  const auto& cap = g.rows[3];
  CHECK(*cap.weight == 80);  // the largest of 80 and 20
  CHECK(cap.reported_by == std::vector<std::string>{"k1", "k2"});
  CHECK(cap.orgs.size() == 1);  // k1 reaches the capital; k2 offers no housing
  CHECK(cap.local == 0);
  CHECK_FALSE(g.rows[5].weight.has_value());
  CHECK(g.rows[2].orgs.size() == 2);
  CHECK(g.rows[2].local == 1);  // Alpha's clinic; k1 acts from the wider community
  auto table = analysis::needs_table(map, g, "en");
  CHECK(table.rows.size() == 4);  // met needs only with all=true
  CHECK(analysis::needs_table(map, g, "en", true).rows.size() == 6);
}

TEST_CASE("needs: the thin threshold and the filters") {
  auto map = gaps_test::load("planted");
  analysis::NeedsOptions o;
  o.thin_below = 3;
  auto g = analysis::needs_gaps(map, o);
  CHECK(key(map, g.rows[2]) == "P1/housing/thin");
  o = {};
  o.actors.role = "first-line";
  g = analysis::needs_gaps(map, o);
  CHECK(key(map, g.rows[2]) == "P1/housing/thin");  // k1 is secondary
  o.thin_below = 0;
  CHECK_THROWS_AS(analysis::needs_gaps(map, o), UsageError);
}

TEST_CASE("needs: a map whose needs are all met reports no gap") {
  auto map = gaps_test::load("complete");
  auto g = analysis::needs_gaps(map);
  REQUIRE(g.rows.size() == 3);
  for (const auto& r : g.rows) CHECK(r.status == analysis::NeedStatus::met);
  CHECK(analysis::needs_table(map, g, "en").rows.empty());
}

TEST_CASE("needs: matches the independent reference") {
  for (const char* dataset : {"planted", "complete", "belgium-2022"}) {
    auto map = gaps_test::load(dataset);
    auto g = analysis::needs_gaps(map);
    auto want = gaps_test::expected(dataset, "needs.csv");
    REQUIRE(want.size() == g.rows.size() + 1);
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      const auto& r = g.rows[i];
      const auto& w = want[i + 1];
      INFO(dataset << " row " << i);
      CHECK(map.territories[r.territory].id == w[0]);
      CHECK(r.need == w[1]);
      if (w[2].empty()) CHECK_FALSE(r.weight.has_value());
      else CHECK(r.weight.value_or(-1) == doctest::Approx(std::stod(w[2])));
      CHECK(static_cast<int>(r.orgs.size()) == std::stoi(w[3]));
      CHECK(r.local == std::stoi(w[4]));
      CHECK(analysis::need_status_code(r.status) == w[5]);
    }
  }
}

TEST_CASE("needs: the unmet needs planted in the bundled dataset are found") {
  auto map = gaps_test::load("belgium-2022");
  auto g = analysis::needs_gaps(map);
  std::vector<std::string> unmet;
  for (const auto& r : g.rows)
    if (r.status == analysis::NeedStatus::unmet) unmet.push_back(map.territories[r.territory].id + "/" + r.need);
  std::sort(unmet.begin(), unmet.end());
  CHECK(unmet ==
        std::vector<std::string>{"BE-WHT/childcare", "BE-WLG-DE/childcare", "BE-WLG-DE/mobility", "BE-WLX/mobility"});
}
