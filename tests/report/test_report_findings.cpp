// report/report_findings: the key findings take plural forms from the catalogue, one per
// count they quote, in English, French and Dutch.
#include <doctest/doctest.h>

#include "report/analyses.hpp"

using namespace stakemap;

namespace {
// a -> b active and voluntary: a shares voluntarily, b sends nothing, c is isolated:
// b and c are in silo.
model::Map small_map() {
  model::Map m;
  for (const char* id : {"a", "b", "c"}) {
    model::Organisation o;
    o.id = o.name = id;
    o.willing = std::string(id) == "a" ? "yes" : "no";
    m.organisations.push_back(o);
  }
  model::Flow f;
  f.from = "a";
  f.to = "b";
  f.status = "active";
  f.basis = "voluntary";
  m.flows.push_back(f);
  m.reindex();
  return m;
}

std::vector<report::Finding> detailed(const model::Map& map, i18n::Lang lang) {
  report::ReportOptions options;
  options.lang = lang;
  options.key_players = 1;
  return report::key_findings(map, options, report::analyse(map, options));
}

std::vector<std::string> findings(const model::Map& map, i18n::Lang lang) {
  std::vector<std::string> out;
  for (const auto& f : detailed(map, lang)) out.push_back(f.sentence);
  return out;
}

double figure(const report::Finding& f, const std::string& name) {
  for (const auto& [key, value] : f.figures)
    if (key == name) return value;
  FAIL("finding " << f.id << " has no figure " << name);
  return -1;
}
}  // namespace

TEST_CASE("findings: the size sentence agrees with each of its counts") {
  auto m = small_map();
  CHECK(findings(m, i18n::Lang::en)[0] == "The map holds 3 organisations and 1 flow (1 active, 0 desired, 0 blocked).");
  CHECK(findings(m, i18n::Lang::fr)[0] == "La carte compte 3 organisations et 1 flux (1 actif, 0 souhaité, 0 bloqué).");
  CHECK(findings(m, i18n::Lang::nl)[0] ==
        "De kaart bevat 3 organisaties en 1 stroom (1 actief, 0 gewenst, 0 geblokkeerd).");
  model::Flow desired = m.flows[0];
  desired.status = "desired";
  desired.from = "b";
  m.flows.push_back(desired);
  desired.from = "c";
  m.flows.push_back(desired);
  m.reindex();
  CHECK(findings(m, i18n::Lang::fr)[0] ==
        "La carte compte 3 organisations et 3 flux (1 actif, 2 souhaités, 0 bloqué).");
}

TEST_CASE("findings: the silo sentence agrees with the number of silos") {
  auto m = small_map();
  auto all = findings(m, i18n::Lang::en);
  REQUIRE(all.size() >= 2);
  CAPTURE(all[1]);
  CHECK(all[1] == "2 of 3 organisations (67%) work in silo: they share no data voluntarily.");
  // One silo: the sentence is singular in every language.
  report::ReportOptions options;
  options.key_players = 1;
  for (auto [lang, start] :
       {std::pair{i18n::Lang::en, "1 organisation of 3 (33%) works in silo: it shares no data voluntarily."},
        std::pair{i18n::Lang::fr, "1 organisation sur 3 (33"},
        std::pair{i18n::Lang::nl, "1 organisatie van de 3 (33"}}) {
    options.lang = lang;
    auto a = report::analyse(m, options);
    a.drawn.silos.resize(1);
    auto one = report::key_findings(m, options, a);
    CAPTURE(one[1].sentence);
    CHECK(one[1].sentence.rfind(start, 0) == 0);
  }
  options.lang = i18n::Lang::fr;
  auto a = report::analyse(m, options);
  a.drawn.silos.resize(1);
  CHECK(report::key_findings(m, options, a)[1].sentence.find("travaille en silo") != std::string::npos);
}

TEST_CASE("findings: a silo only by its survey answer is said to be one") {
  auto m = small_map();  // a shares voluntarily with b; b and c are silos by the flows
  report::ReportOptions options;
  options.key_players = 1;
  options.silo_survey.said_silo = {"a"};  // a says it works in silo
  auto all = report::key_findings(m, options, report::analyse(m, options));
  REQUIRE(all.size() >= 2);
  CHECK(all[1].sentence ==
        "3 of 3 organisations (100%) work in silo: they share no data voluntarily. 1 of them is counted because it "
        "said so in the survey, although its flows include voluntary sharing.");
  options.silo_survey.said_silo = {"b"};  // b is a silo by the flows already: nothing to add
  all = report::key_findings(m, options, report::analyse(m, options));
  CHECK(all[1].sentence == "2 of 3 organisations (67%) work in silo: they share no data voluntarily.");
}

TEST_CASE("findings: each carries the figures its sentence quotes and the ids it names") {
  auto m = small_map();
  auto all = detailed(m, i18n::Lang::en);
  REQUIRE(all.size() >= 2);
  CHECK(all[0].id == "size");
  CHECK(figure(all[0], "organisations") == 3);
  CHECK(figure(all[0], "flows") == 1);
  CHECK(figure(all[0], "active") == 1);
  CHECK(figure(all[0], "blocked") == 0);
  CHECK(all[1].id == "silos");
  CHECK(figure(all[1], "silos") == 2);
  CHECK(figure(all[1], "share") == doctest::Approx(2.0 / 3));
  CHECK(all[1].names == std::vector<std::string>{"b", "c"});
}

TEST_CASE("findings: the platform sentence agrees with the number of willing organisations") {
  auto m = small_map();
  auto en = findings(m, i18n::Lang::en);
  bool found = false;
  for (const auto& f : en)
    if (f.rfind("A coordination platform joined by the 1 willing organisation would", 0) == 0) found = true;
  CHECK(found);
  m.organisations[1].willing = "yes";
  m.reindex();
  found = false;
  for (const auto& f : findings(m, i18n::Lang::nl))
    if (f.rfind("Een coördinatieplatform met de 2 bereidwillige organisaties zou", 0) == 0) found = true;
  CHECK(found);
}
