// Silos: the headline (no voluntary outgoing flow, plus the survey's "work in silo") and each
// indicator on small hand-made maps, the layer's filters, shares per group.
#include <doctest/doctest.h>

#include <algorithm>

#include "analysis/silos.hpp"
#include "core/errors.hpp"

using namespace stakemap;
using analysis::SiloIndicator;
using i18n::Lang;

namespace {

model::Flow flow(const std::string& from, const std::string& to, const std::string& basis,
                 const std::string& status = "active") {
  model::Flow f;
  f.from = from;
  f.to = to;
  f.basis = basis;
  f.status = status;
  return f;
}

void add_org(model::Map& map, const std::string& id, const std::string& level, std::vector<std::string> territories) {
  model::Organisation o;
  o.id = id;
  o.name = id;
  o.level = level;
  o.territories = std::move(territories);
  map.organisations.push_back(o);
}

model::Map sample_map() {
  model::Map map;
  add_org(map, "cpas", "local", {"T1"});            // reports (mandatory) to fed, exchanges with ngo both ways
  add_org(map, "fed", "federal", {"BE"});           // receives one mandatory report, passes nothing on
  add_org(map, "ngo", "local", {"T1"});             // voluntary both ways with cpas and asked
  add_org(map, "school", "local", {"T2"});          // sends voluntarily to ngo, receives nothing
  add_org(map, "alone", "regional", {"T2"});        // only a desired flow: isolated in the active layer
  add_org(map, "asked", "regional", {"T1", "T2"});  // sends on request only, to ngo, and ngo sends back
  map.flows = {flow("cpas", "fed", "mandatory"),
               flow("cpas", "ngo", "voluntary"),
               flow("ngo", "cpas", "voluntary"),
               flow("school", "ngo", "voluntary"),
               flow("alone", "fed", "voluntary", "desired"),
               flow("asked", "ngo", "on-request"),
               flow("ngo", "asked", "voluntary")};
  map.reindex();
  return map;
}

std::vector<analysis::SiloProfile> profiles(const model::Map& map, const graph::Layer& layer = {},
                                            const analysis::SiloSurvey& survey = {}) {
  return analysis::silo_profiles(map, layer, graph::build(map, layer), survey);
}

const analysis::SiloProfile& of(const std::vector<analysis::SiloProfile>& all, const model::Map& map,
                                const std::string& id) {
  return all.at(static_cast<std::size_t>(map.org_index(id)));
}

std::vector<std::string> silo_ids(const model::Map& map, const std::vector<analysis::Silo>& silos) {
  std::vector<std::string> ids;
  for (const auto& s : silos) ids.push_back(map.organisations[s.org].id);
  return ids;
}

}  // namespace

TEST_CASE("silos: the headline is no voluntary outgoing flow, with its reason in plain language") {
  auto map = sample_map();
  auto silos = analysis::find_silos(map, graph::Layer{});
  CHECK(silo_ids(map, silos) == std::vector<std::string>{"fed", "alone", "asked"});
  REQUIRE(silos.size() == 3);
  CHECK(analysis::describe(silos[0].reasons.at(0)) == "no voluntary outgoing flow: it sends no data at all");
  CHECK(analysis::describe(silos[1].reasons.at(0)) == "isolated in this layer: no flow in or out");
  CHECK(analysis::describe(silos[2].reasons.at(0)) ==
        "no voluntary outgoing flow: it sends data only when obliged or asked (1 flow)");
}

TEST_CASE("silos: one-way ties and a missing peer are indicators, not silos") {
  auto map = sample_map();
  auto all = profiles(map);
  REQUIRE(all.size() == 6);
  const auto& school = of(all, map, "school");  // one-way to ngo only, but shares voluntarily
  CHECK_FALSE(school.silo());
  CHECK(school.indicators == std::vector<SiloIndicator>{SiloIndicator::no_two_way});
  CHECK(analysis::explain(school, SiloIndicator::no_two_way) ==
        "its one partner does not exchange data with it in both directions");
  const auto& fed = of(all, map, "fed");  // its one partner (cpas) is local, in T1
  CHECK(fed.indicators == std::vector<SiloIndicator>{SiloIndicator::no_two_way, SiloIndicator::no_peer_exchange});
  CHECK(analysis::explain(fed, SiloIndicator::no_peer_exchange) ==
        "its 1 partner is neither at its level nor in one of its territories");
  CHECK(of(all, map, "cpas").indicators.empty());  // reports upward but also exchanges with ngo
  CHECK(of(all, map, "ngo").indicators.empty());
  CHECK(of(all, map, "alone").indicators == std::vector<SiloIndicator>{SiloIndicator::isolated});
}

TEST_CASE("silos: a hub that only receives is not a silo but collects without giving back") {
  model::Map map;
  add_org(map, "hub", "federal", {"BE"});
  for (const char* id : {"a", "b", "c"}) add_org(map, id, "local", {"T1"});
  add_org(map, "island", "local", {"T1"});
  map.flows = {flow("a", "hub", "voluntary"), flow("b", "hub", "mandatory"), flow("c", "hub", "voluntary")};
  map.reindex();
  auto all = profiles(map);
  const auto& hub = of(all, map, "hub");
  CHECK_FALSE(hub.silo());
  CHECK(hub.has(SiloIndicator::collects_only));
  CHECK(analysis::explain(hub, SiloIndicator::collects_only) == "receives data from 3 partners but sends nothing");
  CHECK(analysis::describe(SiloIndicator::collects_only) == "collects without giving back");
  // An isolated organisation is a silo; b, which sends only because it must, is one too.
  CHECK(silo_ids(map, analysis::find_silos(map, graph::Layer{})) == std::vector<std::string>{"b", "island"});
  CHECK(of(all, map, "island").indicators == std::vector<SiloIndicator>{SiloIndicator::isolated});
  CHECK(of(all, map, "b").has(SiloIndicator::reports_upward_only));
  CHECK(analysis::explain(of(all, map, "b"), SiloIndicator::reports_upward_only) ==
        "its only exchange is 1 mandatory flow sent to a higher level");
  CHECK_FALSE(of(all, map, "a").has(SiloIndicator::reports_upward_only));  // voluntary, not a report
}

TEST_CASE("silos: a collector needs two partners; one sender is not enough") {
  model::Map map;
  add_org(map, "hub", "federal", {"BE"});
  add_org(map, "a", "local", {"T1"});
  map.flows = {flow("a", "hub", "voluntary"), flow("a", "hub", "voluntary")};  // parallel flows, one partner
  map.reindex();
  auto all = profiles(map);
  CHECK_FALSE(of(all, map, "hub").has(SiloIndicator::collects_only));
  CHECK(of(all, map, "hub").by_flows);
}

TEST_CASE("silos: reporting upward only needs a higher level; same-level mandatory flows are not upward") {
  model::Map map;
  add_org(map, "r1", "regional", {"BE-WAL"});
  add_org(map, "c1", "community", {"BE-WAL"});  // regional and community are one height
  add_org(map, "p", "provincial", {"P"});
  add_org(map, "x", "", {"P"});  // no level: never higher nor lower
  map.flows = {flow("r1", "c1", "mandatory"), flow("p", "r1", "mandatory"), flow("x", "r1", "mandatory")};
  map.reindex();
  auto all = profiles(map);
  CHECK_FALSE(of(all, map, "r1").has(SiloIndicator::reports_upward_only));  // also receives
  CHECK(of(all, map, "p").has(SiloIndicator::reports_upward_only));
  CHECK(of(all, map, "p").upward_flows == 1);
  CHECK_FALSE(of(all, map, "x").has(SiloIndicator::reports_upward_only));
}

TEST_CASE("silos: the survey adds who said they work in silo, and shows where it disagrees with the flows") {
  auto map = sample_map();
  analysis::SiloSurvey survey;
  survey.said_silo = {"ngo", "alone"};  // ngo shares voluntarily on the map; alone is a silo anyway
  survey.shares = {"fed"};              // says it shares, the map shows nothing voluntary
  auto all = profiles(map, {}, survey);
  const auto& ngo = of(all, map, "ngo");
  CHECK(ngo.silo());
  CHECK(ngo.by_survey);
  CHECK_FALSE(ngo.by_flows);
  CHECK(ngo.disagrees);
  CHECK(analysis::disagreement(ngo) == "said it works in silo, but the map shows 2 voluntary outgoing flows");
  CHECK(of(all, map, "fed").disagrees);
  CHECK(analysis::disagreement(of(all, map, "fed")) ==
        "says it shares data voluntarily (Q28), but the map shows no voluntary outgoing flow");
  CHECK_FALSE(of(all, map, "alone").disagrees);
  CHECK(analysis::disagreement(of(all, map, "alone")).empty());
  auto silos = analysis::silos_of(all);
  CHECK(silo_ids(map, silos) == std::vector<std::string>{"fed", "ngo", "alone", "asked"});
  REQUIRE(silos[1].reasons.size() == 1);
  CHECK(analysis::describe(silos[1].reasons[0]) == "said in the survey that it works in silo (Q29)");
  CHECK(silos[2].reasons.size() == 2);  // isolated, and said so
}

TEST_CASE("silos: the layer's status applies; bases are looked at whatever the layer's basis") {
  auto map = sample_map();
  // With desired flows too, alone sends voluntarily, and fed now collects from two partners.
  auto any = profiles(map, graph::Layer::parse("any"));
  CHECK_FALSE(of(any, map, "alone").silo());
  CHECK(of(any, map, "fed").has(SiloIndicator::collects_only));
  CHECK_FALSE(of(any, map, "fed").silo());
  // A mandatory-only layer: ngo has no arc there, but it still shares voluntarily.
  auto mandatory = profiles(map, graph::Layer::parse("mandatory"));
  CHECK(of(mandatory, map, "ngo").has(SiloIndicator::isolated));
  CHECK_FALSE(of(mandatory, map, "ngo").silo());
  CHECK_FALSE(of(mandatory, map, "cpas").silo());
}

TEST_CASE("silos: every indicator has a distinct column and words in each language") {
  std::vector<std::string> columns;
  for (auto indicator : analysis::silo_indicators()) {
    columns.push_back(analysis::column(indicator));
    CHECK(analysis::describe(indicator, Lang::fr) != analysis::describe(indicator));
    CHECK(analysis::describe(indicator, Lang::nl) != analysis::describe(indicator));
  }
  CHECK(columns == std::vector<std::string>{"isolated", "collects_without_giving_back", "reports_only_upward",
                                            "no_two_way_exchange", "no_exchange_with_peers"});
}

TEST_CASE("silo share per territory and per level") {
  auto map = sample_map();
  auto silos = analysis::find_silos(map, graph::Layer{});  // fed, alone, asked
  auto by_level = analysis::silo_shares(map, silos, "level");
  REQUIRE(by_level.size() == 3);
  CHECK(by_level[0].group == "local");  // taxonomy order
  CHECK(by_level[0].organisations == 3);
  CHECK(by_level[0].silos == 0);
  CHECK(by_level[1].group == "regional");
  CHECK(by_level[1].silos == 2);
  CHECK(by_level[1].share == 1);
  auto by_territory = analysis::silo_shares(map, silos, "territory");
  auto t2 = std::find_if(by_territory.begin(), by_territory.end(), [](const auto& s) { return s.group == "T2"; });
  REQUIRE(t2 != by_territory.end());
  CHECK(t2->organisations == 3);  // school, alone, asked (counted in each of its territories)
  CHECK(t2->silos == 2);
  CHECK(t2->share == doctest::Approx(2.0 / 3));
  CHECK_THROWS_AS(analysis::silo_shares(map, silos, "colour"), UsageError);
}

TEST_CASE("silo share: an organisation listing a territory twice counts once in it") {
  auto map = sample_map();
  map.organisations[4].territories = {"T2", "T2"};  // alone, a silo
  auto silos = analysis::find_silos(map, graph::Layer{});
  auto by_territory = analysis::silo_shares(map, silos, "territory");
  auto t2 = std::find_if(by_territory.begin(), by_territory.end(), [](const auto& s) { return s.group == "T2"; });
  REQUIRE(t2 != by_territory.end());
  CHECK(t2->organisations == 3);  // was 4 when each listing counted
  CHECK(t2->silos == 2);
}

TEST_CASE("silos: an empty map has none") {
  model::Map map;
  map.reindex();
  CHECK(analysis::find_silos(map, graph::Layer{}).empty());
  CHECK(analysis::silo_shares(map, {}, "level").empty());
}
