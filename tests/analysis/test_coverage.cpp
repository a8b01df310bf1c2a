// Coverage matrix: every cell class planted in tests/fixtures/gaps/planted is found, a map
// without gaps reports none, results match the independent Python reference
// (tests/analysis/gaps_reference.py) on the fixtures and on the bundled dataset.
#include <doctest/doctest.h>

#include <filesystem>

#include "analysis/coverage.hpp"
#include "analysis/gaps_fixture.hpp"
#include "core/errors.hpp"
#include "model/territory_graph.hpp"

using namespace stakemap;
using analysis::CellClass;

namespace {

struct Found {
  int count, local, national;
  std::string cls;
};

Found cell(const model::Map& map, const analysis::CoverageMatrix& m, const std::string& territory,
           const std::string& code) {
  for (std::size_t r = 0; r < m.rows.size(); ++r)
    if (map.territories[m.rows[r]].id == territory)
      for (std::size_t c = 0; c < m.codes.size(); ++c)
        if (m.codes[c] == code) {
          const auto& x = m.cell(r, c);
          return {x.count, x.local, x.national, analysis::class_code(x.cls)};
        }
  FAIL("no cell " << territory << " x " << code);
  return {};
}

analysis::CoverageMatrix run(const model::Map& map, const std::string& facet, const std::string& at,
                             const std::string& role = "", const std::string& population = "") {
  analysis::CoverageOptions o;
  o.facet = facet;
  o.at = at;
  o.actors = {role, population};
  return analysis::coverage(map, o);
}

/// Compares every cell with the reference file, and the row order (map order).
void check_reference(const std::string& dataset, const model::Map& map, const analysis::CoverageMatrix& m,
                     const std::string& file) {
  auto rows = gaps_test::expected(dataset, file);
  REQUIRE(rows.size() == m.cells.size() + 1);
  std::size_t i = 1;
  for (std::size_t r = 0; r < m.rows.size(); ++r)
    for (std::size_t c = 0; c < m.codes.size(); ++c, ++i) {
      const auto& want = rows[i];
      const auto& got = m.cell(r, c);
      INFO(dataset << " " << file << ": " << want[0] << " x " << want[1]);
      CHECK(map.territories[m.rows[r]].id == want[0]);
      CHECK(m.codes[c] == want[1]);
      CHECK(got.count == std::stoi(want[2]));
      CHECK(analysis::class_code(got.cls) == want[3]);
      CHECK(got.local == std::stoi(want[4]));
      CHECK(got.national == std::stoi(want[5]));
    }
}

}  // namespace

TEST_CASE("coverage: every planted class is found on the fixture") {
  auto map = gaps_test::load("planted");
  auto m = run(map, "domain", "leaf");
  REQUIRE(m.rows.size() == 5);
  REQUIRE(m.codes.size() == 7);
  // gap: nobody does labour in Alpha, nobody does medical in the capital.
  CHECK(cell(map, m, "P1", "labour").cls == "gap");
  CHECK(cell(map, m, "CAP", "medical").count == 0);
  // federal-only through a federal actor acting in the whole country ...
  auto legal = cell(map, m, "P2", "legal");
  CHECK(legal.cls == "federal-only");
  CHECK(legal.national == 1);
  // ... through an actor of no level whose territory is the country ...
  CHECK(cell(map, m, "P4", "material").cls == "federal-only");
  // ... and through a federal-level office located in the province itself.
  auto fed_office = cell(map, m, "P3", "medical");
  CHECK(fed_office.cls == "federal-only");
  CHECK(fed_office.local == 1);
  // higher-level-only: only the communities, whose territory is wider than the province.
  auto social = cell(map, m, "P1", "social");
  CHECK(social.cls == "higher-level-only");
  CHECK(social.local == 0);
  // siloed: the only local clinic of Beta shares voluntarily with nobody in Beta (its
  // voluntary flow to k1 is disputed; the one to Delta's desk is outside Beta).
  CHECK(cell(map, m, "P2", "medical").cls == "siloed");
  CHECK(cell(map, m, "P3", "labour").cls == "siloed");
  // covered: local actors with a voluntary flow to someone else present there.
  CHECK(cell(map, m, "P1", "medical").cls == "covered");
  auto delta = cell(map, m, "P4", "labour");
  CHECK(delta.cls == "covered");
  CHECK(delta.count == 2);
  CHECK(m.count(CellClass::gap) == 9);
  CHECK(m.count(CellClass::covered) == 2);
}

TEST_CASE("coverage: the capital under two communities is counted once per organisation") {
  auto map = gaps_test::load("planted");
  model::TerritoryGraph tg(map);
  int cap = map.territory_index("CAP");
  int k1 = map.territory_index("K1"), k2 = map.territory_index("K2");
  CHECK(tg.ancestors(cap).size() == 4);  // CAP, C, K1, K2
  CHECK(tg.covers(k1, cap));
  CHECK(tg.covers(k2, cap));
  CHECK(tg.leaves_below(map.territory_index("C")).size() == 5);  // not 6: CAP once
  CHECK(tg.leaves_of(*map.org("k12")).size() == 5);
  auto m = run(map, "domain", "leaf");
  // k12 acts in K1 and K2: it reaches CAP by two paths and counts once.
  CHECK(cell(map, m, "CAP", "education").count == 1);
  CHECK(cell(map, m, "CAP", "social").count == 2);  // k1 and k2
  auto country = run(map, "domain", "country");
  CHECK(cell(map, country, "C", "education").count == 1);
}

TEST_CASE("coverage: non-leaf rows count organisations covering any of their leaves") {
  auto map = gaps_test::load("planted");
  auto m = run(map, "domain", "community");
  REQUIRE(m.rows.size() == 2);
  CHECK(cell(map, m, "K1", "medical").count == 2);  // Alpha's and Beta's clinics
  CHECK(cell(map, m, "K1", "medical").cls == "covered");
  CHECK(cell(map, m, "K2", "social").count == 3);  // k2, cpas-b, and k1 through the capital
  CHECK(cell(map, m, "K2", "social").cls == "siloed");
  CHECK(cell(map, m, "K1", "labour").cls == "gap");
  analysis::CoverageOptions o;
  o.at = "province";
  o.within = "R2";
  auto south = analysis::coverage(map, o);
  REQUIRE(south.rows.size() == 2);
  CHECK(map.territories[south.rows[0]].id == "P3");
}

TEST_CASE("coverage: --role first-line and --population ukraine") {
  auto map = gaps_test::load("planted");
  auto first = run(map, "domain", "leaf", "first-line");
  CHECK(cell(map, first, "P2", "medical").cls == "gap");     // Beta's clinic is secondary
  CHECK(cell(map, first, "P4", "labour").count == 1);        // loc-p4 (both) counts, r2 not
  CHECK(cell(map, first, "P4", "labour").cls == "covered");  // partners need not be first-line
  auto ukr = run(map, "domain", "leaf", "", "ukraine");
  CHECK(cell(map, ukr, "P1", "medical").count == 1);
  CHECK(cell(map, ukr, "P1", "medical").cls == "siloed");  // its flow to k1 is population all
  CHECK(cell(map, ukr, "P4", "labour").count == 1);        // r2 does not serve displaced-ukraine
  CHECK(cell(map, ukr, "P4", "labour").cls == "covered");  // flow to r2 is population both
}

TEST_CASE("coverage: a map without gaps reports none") {
  auto map = gaps_test::load("complete");
  for (const char* facet : {"domain"})
    for (const char* at : {"leaf", "province", "country"}) {
      auto m = run(map, facet, at);
      CHECK(m.count(CellClass::covered) == m.cells.size());
    }
}

TEST_CASE("coverage: matches the independent reference on fixtures and the bundled dataset") {
  for (const char* dataset : {"planted", "complete", "belgium-2022"}) {
    auto map = gaps_test::load(dataset);
    std::string dir = std::string(STAKEMAP_FIXTURES) + "/gaps/expected/" + dataset;
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      std::string name = e.path().filename().string();
      if (name.rfind("coverage-", 0) != 0) continue;
      std::string stem = name.substr(9, name.size() - 13);  // facet-at[-variant]
      auto dash = stem.find('-');
      std::string facet = stem.substr(0, dash), at = stem.substr(dash + 1), role, population;
      if (at == "leaf-first-line") at = "leaf", role = "first-line";
      if (at == "leaf-ukraine") at = "leaf", population = "ukraine";
      check_reference(dataset, map, run(map, facet, at, role, population), name);
      ++files;
    }
    CHECK(files >= 11);
  }
}

TEST_CASE("coverage: the gaps planted in the bundled dataset are found") {
  auto map = gaps_test::load("belgium-2022");
  auto domain = run(map, "domain", "leaf");
  // 1. Labour in Luxembourg only from the national level.
  auto lux = cell(map, domain, "BE-WLX", "labour");
  CHECK(lux.cls == "federal-only");
  CHECK(lux.count == 3);
  // 2. Medical care in the German-speaking area only from national actors.
  auto de_medical = cell(map, domain, "BE-WLG-DE", "medical");
  CHECK(de_medical.cls == "federal-only");
  CHECK(de_medical.count == 4);
  auto service = run(map, "service", "leaf");
  CHECK(cell(map, service, "BE-WLG-DE", "health").cls == "federal-only");
  // 3. The German-speaking area works in silo.
  CHECK(cell(map, domain, "BE-WLG-DE", "labour").cls == "siloed");
  CHECK(cell(map, domain, "BE-WLG-DE", "education").cls == "siloed");
  // 4. Luxembourg's only local actor shares nothing voluntarily.
  CHECK(cell(map, domain, "BE-WLX", "social").cls == "siloed");
  CHECK(cell(map, domain, "BE-WLX", "material").cls == "siloed");
  // Brussels lies under both communities and the country: each covering actor once.
  auto bru = cell(map, domain, "BE-BRU", "social");
  CHECK(bru.count > 0);
  CHECK(bru.count <= static_cast<int>(map.organisations.size()));
}

TEST_CASE("coverage: bad options are refused with a clear message") {
  auto map = gaps_test::load("planted");
  auto expect_usage = [&](analysis::CoverageOptions o, const std::string& part) {
    try {
      analysis::coverage(map, o);
      FAIL("no error for " << part);
    } catch (const UsageError& e) { CHECK(std::string(e.what()).find(part) != std::string::npos); }
  };
  analysis::CoverageOptions o;
  o.facet = "colour";
  expect_usage(o, "unknown facet 'colour'");  // the engine names option fields, not flags
  o = {};
  o.codes = {"medical", "cooking"};
  expect_usage(o, "unknown domain code 'cooking'");
  o = {};
  o.at = "galaxy";
  expect_usage(o, "unknown at 'galaxy'");
  o = {};
  o.actors.role = "boss";
  expect_usage(o, "unknown role 'boss'");
  o = {};
  o.actors.population = "martians";
  expect_usage(o, "unknown population 'martians'");
  o = {};
  o.at = "municipality";
  CHECK_THROWS_AS(analysis::coverage(map, o), InputError);
  o = {};
  o.within = "NOWHERE";
  CHECK_THROWS_WITH_AS(analysis::coverage(map, o), doctest::Contains("unknown territory 'NOWHERE'"), InputError);
}

TEST_CASE("territory graph: a DAG with 2^24 paths is closed once per territory") {
  // 24 layers of two territories, each part of both territories of the layer above.
  model::Map map;
  map.territories.push_back({"top", "country", "Top", "", "", "", {}, {}});
  std::vector<std::string> above{"top"};
  for (int layer = 0; layer < 24; ++layer) {
    std::vector<std::string> here;
    for (int k = 0; k < 2; ++k) {
      std::string id = "t";
      id += std::to_string(layer);
      id += k ? "-1" : "-0";
      here.push_back(id);
      map.territories.push_back({here.back(), "other", here.back(), "", "", "", above, {}});
    }
    above = here;
  }
  map.reindex();
  model::TerritoryGraph tg(map);
  CHECK(tg.leaves().size() == 2);
  CHECK(tg.leaves_below(map.territory_index("top")).size() == 2);
  CHECK(tg.ancestors(map.territory_index("t23-0")).size() == 48);  // itself, 46 others, top
  CHECK(tg.covers(map.territory_index("t0-1"), map.territory_index("t23-0")));
  CHECK_FALSE(tg.covers(map.territory_index("t23-0"), map.territory_index("t23-1")));
}
