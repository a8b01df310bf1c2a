// Silos: each reason on a small hand-made map, the layer's filters, shares per group.
#include <doctest/doctest.h>

#include <algorithm>

#include "analysis/silos.hpp"
#include "core/errors.hpp"

using namespace stakemap;
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

model::Map sample_map() {
  model::Map map;
  auto org = [&](const std::string& id, const std::string& level, std::vector<std::string> territories) {
    model::Organisation o;
    o.id = id;
    o.name = id;
    o.level = level;
    o.territories = std::move(territories);
    map.organisations.push_back(o);
  };
  org("cpas", "local", {"T1"});            // reports (mandatory) to fed, exchanges with ngo both ways
  org("fed", "federal", {"BE"});           // receives mandatory reports, passes nothing on
  org("ngo", "local", {"T1"});             // voluntary both ways with cpas
  org("school", "local", {"T2"});          // sends voluntarily to ngo, receives nothing: one-way only
  org("alone", "regional", {"T2"});        // only a desired flow: isolated in the active layer
  org("asked", "regional", {"T1", "T2"});  // sends on request only, to ngo, and ngo sends back
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

const analysis::Silo* find(const std::vector<analysis::Silo>& silos, const model::Map& map, const std::string& id) {
  for (const auto& s : silos)
    if (map.organisations[s.org].id == id) return &s;
  return nullptr;
}

bool has_reason(const analysis::Silo* s, const std::string& start) {
  return s && std::any_of(s->reasons.begin(), s->reasons.end(),
                          [&](const auto& r) { return analysis::describe(r).rfind(start, 0) == 0; });
}

}  // namespace

TEST_CASE("silos: each reason, in plain language") {
  auto map = sample_map();
  auto silos = analysis::find_silos(map, graph::Layer{});
  CHECK(find(silos, map, "cpas") == nullptr);
  CHECK(find(silos, map, "ngo") == nullptr);
  auto* fed = find(silos, map, "fed");
  CHECK(has_reason(fed, "no voluntary outgoing flow: it sends no data at all"));
  CHECK(has_reason(fed, "receives mandatory reports (1 flow) but passes nothing on"));
  CHECK(has_reason(fed, "only one-way ties: its one partner does not exchange data with it in both directions"));
  auto* school = find(silos, map, "school");
  REQUIRE(school);
  CHECK(school->reasons.size() == 1);
  CHECK(has_reason(school, "only one-way ties"));
  auto* alone = find(silos, map, "alone");
  REQUIRE(alone);
  REQUIRE(alone->reasons.size() == 1);
  CHECK(analysis::describe(alone->reasons[0]) == "isolated in this layer: no flow in or out");
  auto* asked = find(silos, map, "asked");
  REQUIRE(asked);
  REQUIRE(asked->reasons.size() == 1);
  CHECK(analysis::describe(asked->reasons[0]) ==
        "no voluntary outgoing flow: it sends data only when obliged or asked (1 flow)");
}

TEST_CASE("silos: the layer's status applies; bases are looked at whatever the layer's basis") {
  auto map = sample_map();
  // With desired flows too, 'alone' is no longer isolated, and its desired flow is voluntary.
  auto any = analysis::find_silos(map, graph::Layer::parse("any"));
  auto* alone = find(any, map, "alone");
  REQUIRE(alone);
  CHECK(alone->reasons.size() == 1);
  CHECK(has_reason(alone, "only one-way ties"));
  // A mandatory-only layer: cpas and ngo are judged on their voluntary flows all the same.
  auto mandatory = analysis::find_silos(map, graph::Layer::parse("mandatory"));
  CHECK_FALSE(has_reason(find(mandatory, map, "cpas"), "no voluntary outgoing flow"));
  CHECK(has_reason(find(mandatory, map, "ngo"), "isolated in this layer"));
}

TEST_CASE("silo share per territory and per level") {
  auto map = sample_map();
  auto silos = analysis::find_silos(map, graph::Layer{});  // fed, school, alone, asked
  auto by_level = analysis::silo_shares(map, silos, "level");
  REQUIRE(by_level.size() == 3);
  CHECK(by_level[0].group == "local");  // taxonomy order
  CHECK(by_level[0].organisations == 3);
  CHECK(by_level[0].silos == 1);
  CHECK(by_level[0].share == doctest::Approx(1.0 / 3));
  auto by_territory = analysis::silo_shares(map, silos, "territory");
  auto t2 = std::find_if(by_territory.begin(), by_territory.end(), [](const auto& s) { return s.group == "T2"; });
  REQUIRE(t2 != by_territory.end());
  CHECK(t2->organisations == 3);  // school, alone, asked (counted in each of its territories)
  CHECK(t2->silos == 3);
  CHECK(t2->share == 1);
  CHECK_THROWS_AS(analysis::silo_shares(map, silos, "colour"), UsageError);
}

TEST_CASE("silo share: an organisation listing a territory twice counts once in it") {
  auto map = sample_map();
  map.organisations[3].territories = {"T2", "T2"};  // school, a silo
  auto silos = analysis::find_silos(map, graph::Layer{});
  auto by_territory = analysis::silo_shares(map, silos, "territory");
  auto t2 = std::find_if(by_territory.begin(), by_territory.end(), [](const auto& s) { return s.group == "T2"; });
  REQUIRE(t2 != by_territory.end());
  CHECK(t2->organisations == 3);  // was 4 when each listing counted
  CHECK(t2->silos == 3);
  CHECK(t2->share == 1);
}

TEST_CASE("silos: an empty map has none") {
  model::Map map;
  map.reindex();
  CHECK(analysis::find_silos(map, graph::Layer{}).empty());
  CHECK(analysis::silo_shares(map, {}, "level").empty());
}

TEST_CASE("silo reasons in French and Dutch, with their counts") {
  analysis::SiloReason asked{analysis::SiloReasonKind::no_voluntary_out, 3, 0};
  CHECK(analysis::describe(asked, Lang::fr) ==
        "aucun flux sortant volontaire : elle n'envoie des données que sur obligation ou demande (3 flux)");
  CHECK(analysis::describe(asked, Lang::nl) ==
        "geen vrijwillige uitgaande stroom: ze stuurt alleen gegevens als het moet of als erom gevraagd wordt (3 "
        "stromen)");
  analysis::SiloReason one_way{analysis::SiloReasonKind::one_way_only, 0, 4};
  CHECK(analysis::describe(one_way, Lang::fr) ==
        "liens à sens unique seulement : aucun de ses 4 partenaires n'échange de données avec elle dans les deux sens");
  // Plural forms: one flow in English and Dutch; French "flux" is invariable.
  analysis::SiloReason dead_end{analysis::SiloReasonKind::mandatory_dead_end, 1, 0};
  CHECK(analysis::describe(dead_end) == "receives mandatory reports (1 flow) but passes nothing on");
  CHECK(analysis::describe(dead_end, Lang::nl) == "ontvangt verplichte rapportages (1 stroom) maar geeft niets door");
  CHECK(analysis::describe(analysis::SiloReason{analysis::SiloReasonKind::mandatory_dead_end, 2, 0}) ==
        "receives mandatory reports (2 flows) but passes nothing on");
  CHECK(analysis::describe(analysis::SiloReason{analysis::SiloReasonKind::one_way_only, 0, 1}, Lang::fr) ==
        "liens à sens unique seulement : son seul partenaire n'échange pas de données avec elle dans les deux sens");
  // Every kind has its words in every language, distinct from English.
  for (auto kind : {analysis::SiloReasonKind::isolated, analysis::SiloReasonKind::no_voluntary_out,
                    analysis::SiloReasonKind::mandatory_dead_end, analysis::SiloReasonKind::one_way_only}) {
    CHECK(analysis::describe(kind, Lang::fr) != analysis::describe(kind));
    CHECK(analysis::describe(kind, Lang::nl) != analysis::describe(kind));
    if (kind != analysis::SiloReasonKind::mandatory_dead_end)  // its sentence quotes the count mid-way
      CHECK(
          analysis::describe(analysis::SiloReason{kind, 1, 1}, Lang::fr).rfind(analysis::describe(kind, Lang::fr), 0) ==
          0);
  }
}
