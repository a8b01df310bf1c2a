// Flow gaps and recommended links: desired/blocked flows grouped by obstacle, unconfirmed
// ties, recommended pairs ranked as the Python reference ranks them, reasons in words.
#include <doctest/doctest.h>

#include "analysis/flow_gaps.hpp"
#include "analysis/gaps_fixture.hpp"
#include "analysis/recommended_links.hpp"
#include "core/errors.hpp"

using namespace stakemap;

namespace {

std::string flow_key(const model::Map& map, int i) { return map.flows[i].from + ">" + map.flows[i].to; }

}  // namespace

TEST_CASE("flow gaps: desired and blocked flows grouped by obstacle") {
  auto map = gaps_test::load("planted");
  auto g = analysis::flow_gaps(map);
  CHECK(g.blocked == 2);
  CHECK(g.desired == 1);
  REQUIRE(g.by_obstacle.size() == 3);
  CHECK(g.by_obstacle[0].obstacle == "gdpr");  // two flows: blocked first, then desired
  REQUIRE(g.by_obstacle[0].flows.size() == 2);
  CHECK(flow_key(map, g.by_obstacle[0].flows[0]) == "k2>fed-legal");
  CHECK(flow_key(map, g.by_obstacle[0].flows[1]) == "fed-legal>ngo-national");
  CHECK(g.by_obstacle[1].obstacle == "no-trust");  // one flow each: taxonomy order
  CHECK(g.by_obstacle[2].obstacle == "no-resources");
  CHECK(analysis::blocked_flows_table(map, g).rows.size() == 4);
}

TEST_CASE("flow gaps: unconfirmed ties name who claims and who has not confirmed") {
  auto map = gaps_test::load("planted");
  auto g = analysis::flow_gaps(map);
  REQUIRE(g.unconfirmed.size() == 2);
  auto t = analysis::unconfirmed_table(map, g);
  CHECK(std::get<std::string>(t.rows[0][0]) == "loc-p2");
  CHECK(std::get<std::string>(t.rows[0][4]) == "disputed");
  CHECK(std::get<std::string>(t.rows[0][5]) == "loc-p2");
  CHECK(std::get<std::string>(t.rows[0][6]) == "k1");
  CHECK(std::get<std::string>(t.rows[1][4]) == "claimed");
  auto bundled = gaps_test::load("belgium-2022");
  CHECK(analysis::flow_gaps(bundled).unconfirmed.size() == 8);  // 5 claimed + 3 disputed
}

TEST_CASE("flow gaps: the bundled dataset's obstacles on desired and blocked flows") {
  auto map = gaps_test::load("belgium-2022");
  auto g = analysis::flow_gaps(map);
  CHECK(g.blocked == 13);
  CHECK(g.desired == 12);
  REQUIRE(!g.by_obstacle.empty());
  CHECK(g.by_obstacle[0].obstacle == "gdpr");
  CHECK(g.by_obstacle[0].flows.size() == 14);
  CHECK(g.by_obstacle[1].obstacle == "no-resources");
  CHECK(g.by_obstacle[1].flows.size() == 6);
}

TEST_CASE("recommended links: found, ranked and explained on the fixture") {
  auto map = gaps_test::load("planted");
  auto links = analysis::recommend_links(map);
  REQUIRE(links.size() == 4);
  const auto& top = links[0];
  CHECK(map.organisations[top.a].id == "r2");
  CHECK(map.organisations[top.b].id == "ngo-a");
  CHECK(top.score == doctest::Approx(0.625));
  CHECK(top.reason ==
        "both work in labour market integration for job seekers in Gamma; both offer labour market integration; "
        "they exchange nothing");
  // ngo-a and cpas-b share a public the third link lacks: persons displaced from Ukraine.
  CHECK(links[2].reason.find("persons displaced by the Ukrainian crisis in Gamma") != std::string::npos);
  // k1 and k2 share only the capital: the place is named by the territory with exactly those leaves.
  CHECK(links[1].reason.find(" in Capital;") != std::string::npos);
  // Linked pairs are never recommended (loc-p4 and r2 share labour in Delta but exchange data).
  for (const auto& l : links) CHECK_FALSE((map.organisations[l.a].id == "loc-p4" && map.organisations[l.b].id == "r2"));
}

TEST_CASE("recommended links: options, languages, and a map with nothing to recommend") {
  auto map = gaps_test::load("planted");
  analysis::RecommendOptions o;
  o.limit = 2;
  CHECK(analysis::recommend_links(map, o).size() == 2);
  o = {};
  o.min_score = 0.5;
  CHECK(analysis::recommend_links(map, o).size() == 3);
  o = {};
  o.actors.population = "ukraine";
  auto ukr = analysis::recommend_links(map, o);
  REQUIRE(ukr.size() == 1);
  CHECK(map.organisations[ukr[0].a].id == "ngo-a");
  o = {};
  o.lang = i18n::Lang::fr;
  auto fr = analysis::recommend_links(map, o);
  CHECK(
      fr[0].reason ==
      "tous deux travaillent en intégration sur le marché du travail pour chercheurs d'emploi, zone commune : Gamme ; "
      "tous deux offrent intégration sur le marché du travail ; ils n'échangent rien");
  o.lang = i18n::Lang::nl;
  CHECK(analysis::recommend_links(map, o)[0].reason.find("ze wisselen niets uit") != std::string::npos);
  CHECK(analysis::recommend_links(gaps_test::load("complete")).empty());
}

TEST_CASE("recommended links: match the independent reference") {
  for (const char* dataset : {"planted", "complete", "belgium-2022"}) {
    auto map = gaps_test::load(dataset);
    auto links = analysis::recommend_links(map);
    auto want = gaps_test::expected(dataset, "recommended.csv");
    REQUIRE(want.size() == links.size() + 1);
    for (std::size_t i = 0; i < links.size(); ++i) {
      const auto& l = links[i];
      const auto& w = want[i + 1];
      INFO(dataset << " rank " << i);
      CHECK(map.organisations[l.a].id == w[0]);
      CHECK(map.organisations[l.b].id == w[1]);
      CHECK(l.score == doctest::Approx(std::stod(w[2])).epsilon(1e-12));
      CHECK(l.territory == doctest::Approx(std::stod(w[3])).epsilon(1e-12));
      CHECK(l.domain == doctest::Approx(std::stod(w[4])).epsilon(1e-12));
      CHECK(l.publics == doctest::Approx(std::stod(w[5])).epsilon(1e-12));
      CHECK(l.services == doctest::Approx(std::stod(w[6])).epsilon(1e-12));
    }
  }
}
