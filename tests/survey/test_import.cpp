// import --kind survey: LimeSurvey-, Kobo- and label-style exports become organisations, flows and
// answers; invalid answers are rejected with their position and nothing is written.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "survey/answer_store.hpp"
#include "survey/import.hpp"
#include "survey/org_builder.hpp"
#include "survey_helpers.hpp"
#include "temp_dir.hpp"

using namespace stakemap;
using namespace stakemap::survey;
using survey_test::count_rows;
using survey_test::fixture;

namespace {
const model::Flow* flow(const model::Map& m, const std::string& from, const std::string& to, const std::string& basis) {
  for (const auto& f : m.flows)
    if (f.from == from && f.to == to && f.basis == basis) return &f;
  return nullptr;
}
ImportOptions with_mapping(const std::string& mapping) {
  ImportOptions o;
  o.mapping = mapping;
  return o;
}
}  // namespace

TEST_CASE("LimeSurvey export (';', BOM, CRLF, Q5[SQ001] = Y, A1 codes) with a mapping for the two-column questions") {
  std::ifstream raw(fixture("limesurvey.csv"), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(raw)), std::istreambuf_iterator<char>());
  REQUIRE(bytes.rfind("\xEF\xBB\xBFid;", 0) == 0);  // the fixture is what LimeSurvey writes: BOM, ';', CRLF
  REQUIRE(bytes.find("\r\n") != std::string::npos);
  auto store = survey_test::fixture_map();
  auto report = import_responses(store, fixture("limesurvey.csv"), with_mapping(fixture("limesurvey-mapping.csv")));
  CHECK(report.respondents == 3);
  CHECK(report.orgs_created == 1);  // Abri Solidaire de Valmont; the two others are found by an alias
  CHECK(report.orgs_updated == 2);
  CHECK(report.placeholders == 1);
  CHECK(report.flows == 4);
  auto map = store.load();
  map.reindex();
  const auto* vl = map.org("vl-integration");
  REQUIRE(vl);
  CHECK(vl->name == "Flemish agency for integration");  // found by its alias: the map's name is kept
  CHECK(vl->languages == std::vector<std::string>{"nl"});
  CHECK(vl->territories == std::vector<std::string>{"COM-VL"});
  CHECK(vl->domains == std::vector<std::string>{"social", "education"});
  CHECK(vl->support_role == "both");
  CHECK(vl->focal_point == "yes");
  CHECK(vl->obstacles == std::vector<std::string>{"gdpr", "other"});
  CHECK(vl->attributes.at("reason.monitor") == "very-important");
  CHECK(vl->attributes.at("reason.policy") == "important");
  CHECK(vl->attributes.at("data_public") == "some");
  CHECK(vl->attributes.at("data_public_ukraine") == "no");
  const auto* red = map.org("abri-solidaire-de-valmont");
  REQUIRE(red);
  CHECK(red->territories == std::vector<std::string>{"BE-WLX"});  // "Other: Luxembourg" is a territory name
  CHECK(red->languages == std::vector<std::string>{"fr", "other"});
  CHECK(red->willing == "no");
  CHECK(map.org("fed-stats")->domains == std::vector<std::string>{"other"});
  CHECK(map.org("fed-stats")->support_role == "none");
  CHECK(map.org("fed-stats")->services.empty());  // Q11 skipped: no support
  // Flows: a partner named in both answer columns -> population both
  const auto* m = flow(map, "vl-integration", "fed-stats", "mandatory");
  REQUIRE(m);
  CHECK(m->population == "both");
  CHECK(m->status == "active");
  CHECK(m->source == "vl-integration");
  const auto* v = flow(map, "vl-integration", "fed-crisis", "voluntary");
  REQUIRE(v);
  CHECK(v->population == "both");
  CHECK(v->regularity == "regular");  // regular in the `all` column, sporadic in the other: regular
  CHECK(flow(map, "abri-solidaire-de-valmont", "wal-cpas-orvalle", "voluntary"));  // "cpas d’orvalle luxembourg"
  // a partner type is kept as a typed placeholder
  const auto* p = map.org("partner-local-authorities");
  REQUIRE(p);
  CHECK(p->kind == "local-authority");
  CHECK(p->level == "local");
  CHECK(p->attributes.at("placeholder") == "partner-type");
  CHECK(flow(map, "abri-solidaire-de-valmont", "partner-local-authorities", "voluntary"));
  // what matched nothing is reported with its position, never dropped silently
  REQUIRE(report.unmatched.size() == 1);
  CHECK(report.unmatched[0].text == "Centre public d'action sociale de Valmère");
  CHECK(report.unmatched[0].question == "Q29");
  CHECK(report.unmatched[0].scope == "all");
  CHECK(report.unmatched[0].where.str() == fixture("limesurvey.csv") + ":2:185");
  // raw answers kept; importing again replaces them
  long long answers = count_rows(store, "survey_answer");
  CHECK(answers == report.answers);
  import_responses(store, fixture("limesurvey.csv"), with_mapping(fixture("limesurvey-mapping.csv")));
  CHECK(count_rows(store, "survey_answer") == answers);
  CHECK(count_rows(store, "flow") == 4);
  CHECK(stored_questionnaires(store) == std::vector<std::string>{"be-needs-assessment-2022"});
}

TEST_CASE("KoboToolbox export: groups, select_multiple as codes and as 1/0 columns, Q25_ukraine") {
  auto store = survey_test::fixture_map();
  auto report = import_responses(store, fixture("kobo.csv"), {});
  CHECK(report.respondents == 2);
  CHECK(report.unmatched.empty());
  auto map = store.load();
  map.reindex();
  const auto* c = map.org("fed-crisis");
  CHECK(c->languages == std::vector<std::string>{"fr", "nl"});
  CHECK(c->services == std::vector<std::string>{"housing", "information"});
  CHECK(c->obstacles == std::vector<std::string>{"gdpr", "no-resources", "other"});
  CHECK(c->attributes.at("data_public_ukraine") == "some");
  CHECK(flow(map, "fed-crisis", "vl-integration", "voluntary")->population == "both");
  CHECK(flow(map, "fed-crisis", "fed-stats", "voluntary")->population == "ukraine");
  const auto* v = map.org("vluchtelingenhulp-zilverdal");
  REQUIRE(v);
  CHECK(v->territories == std::vector<std::string>{"COM-VL"});
  CHECK(flow(map, "vluchtelingenhulp-zilverdal", "vl-integration", "mandatory")->population == "all");
  CHECK(report.warnings.empty());
}

TEST_CASE("Google-Forms-like export: French headers, values as labels in French and Dutch joined by ', ' or ';'") {
  auto store = survey_test::fixture_map();
  auto report = import_responses(store, fixture("labels_fr.csv"), {});
  CHECK(report.respondents == 2);
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].str() ==
        fixture("labels_fr.csv") +
            ":1:12: warning: column 'Adresse e-mail' is not read: no question has this code "
            "or label (see `stakemap survey questions`, or name it in a column mapping: docs/survey.md)");
  auto map = store.load();
  map.reindex();
  CHECK(map.org("fed-crisis")->domains == std::vector<std::string>{"social", "material"});
  CHECK(map.org("fed-crisis")->obstacles == std::vector<std::string>{"no-trust", "gdpr"});
  CHECK(map.org("wal-cpas-orvalle")->languages == std::vector<std::string>{"fr", "de"});
  CHECK(map.org("wal-cpas-orvalle")->support_role == "first-line");
}

TEST_CASE("invalid answers: every error with respondent row and column; the map is unchanged") {
  auto store = survey_test::fixture_map();
  std::string f = fixture("invalid.csv");
  std::string message;
  try {
    import_responses(store, f, {});
  } catch (const ValidationError& e) { message = e.what(); }
  CHECK(
      message.find(f + ":2:49: error: Q9 is answered but was not asked: Q8 = no (skip logic: asked only if Q8=yes)") !=
      std::string::npos);
  CHECK(message.find(f + ":2:93: error: Q25 [ukraine] is answered but was not asked: Q17 = no") != std::string::npos);
  CHECK(message.find(f + ":3:8: error: Q8: 'maybe' is not an option (allowed: yes, no)") != std::string::npos);
  CHECK(message.find(f + ":3:26: error: Q16: 'none' cannot be combined with other options") != std::string::npos);
  CHECK(message.find(f + ":3:44: error: Q38 [monitor]: 'crucial' is not a level") != std::string::npos);
  CHECK(message.find(f + ":3: error: respondent without an organisation: give the name (Q1) or an `org` column") !=
        std::string::npos);
  CHECK(count_rows(store, "organisation") == 4);
  CHECK(count_rows(store, "survey_answer") == 0);
  CHECK(count_rows(store, "batch") == 1);  // the fixture map's own import only
}

TEST_CASE("skip logic through a chain: Q18 answered when Q16 says no data is collected") {
  dataset::Diagnostics d;
  survey_test::read_text("org,Q1,Q16,Q17,Q18\nx,X,none,,tcn\ny,Y,beneficiaries,,tcn\n", d);
  auto text = survey_test::text_of(d);
  CHECK(text ==
        "r.csv:2:11: error: Q18 is answered but was not asked: Q17 was not asked either (skip logic: asked only "
        "if Q17=yes)\n");  // y left Q17 blank: Q18 may have been asked, so it counts
}

TEST_CASE("territories: the areas an option feeds must be in the map; refined territories must lie inside them") {
  auto store = store::Store::in_memory();
  CHECK_THROWS_WITH_AS(import_responses(store, fixture("kobo.csv"), {}),
                       doctest::Contains("Q4: option 'federal' feeds territory 'BE', which is not in the map "
                                         "(import territories.csv first)"),
                       ValidationError);
  auto map_store = survey_test::fixture_map();
  dataset::Diagnostics d;
  std::istringstream in("org,Q1,Q4,territories\nx,X,flemish,BE-VAN\ny,Y,flemish,BE-WLX\n");
  auto file = read_responses(in, "t.csv", survey_test::builtin(), nullptr, d);
  auto map = map_store.load();
  map.reindex();
  OrgBuilder b(survey_test::builtin(), map, d, "t.csv");
  b.assign_ids(file.responses);
  CHECK(b.build(file.responses[0]).org.territories == std::vector<std::string>{"BE-VAN"});
  b.build(file.responses[1]);
  CHECK(survey_test::text_of(d) == "t.csv:3:13: error: territory 'BE-WLX' lies outside the areas answered (COM-VL)\n");
}

TEST_CASE("a dry run checks everything and writes nothing") {
  auto store = survey_test::fixture_map();
  ImportOptions o = with_mapping(fixture("limesurvey-mapping.csv"));
  o.dry_run = true;
  auto report = import_responses(store, fixture("limesurvey.csv"), o);
  CHECK(report.respondents == 3);
  CHECK(count_rows(store, "survey_answer") == 0);
  CHECK(count_rows(store, "organisation") == 4);
}

TEST_CASE("the Belgian responses imported into the bundled map update it without changing it") {
  auto s = store::Store::in_memory();
  dataset::import_dataset(s, std::string(STAKEMAP_SOURCE_DIR) + "/datasets/belgium-2022", {});
  auto before = s.load();
  auto report = import_responses(s, survey_test::bundled("responses.csv"), {});
  CHECK(report.orgs_updated == 57);
  CHECK(report.flows == 119);  // upserts of flows already there
  auto after = s.load();
  REQUIRE(after.flows.size() == before.flows.size());
  for (std::size_t i = 0; i < before.flows.size(); ++i) {
    INFO(before.flows[i].from, " -> ", before.flows[i].to);
    CHECK(after.flows[i].regularity == before.flows[i].regularity);  // Q28 does not overwrite per-flow regularity
    CHECK(after.flows[i].population == before.flows[i].population);
    CHECK(after.flows[i].note == before.flows[i].note);
  }
  for (std::size_t i = 0; i < before.organisations.size(); ++i) {
    const auto &b = before.organisations[i], &a = after.organisations[i];
    CHECK(a.name == b.name);
    CHECK(a.contact_email == b.contact_email);  // contacts are not in the responses: kept
    CHECK(a.attributes.at("collects_data") == b.attributes.at("collects_data"));
    CHECK(a.attributes.count("reason.monitor") == 1);  // attitudes added as attributes
  }
}

TEST_CASE("a name shared by two organisations does not pick one of them") {
  auto store = store::Store::in_memory();
  {
    store::Writer w(store, "test", "");
    model::Organisation a, b;
    a.id = "a";
    a.name = "Shelter Aid";
    b.id = "b";
    b.name = "Abri Solidaire";
    b.aliases = {"Shelter Aid"};
    w.put_org(a, store::all_fields());
    w.put_org(b, store::all_fields());
    w.commit("two");
  }
  test::TempDir tmp;
  auto path = tmp.write("ambiguous.csv", "Q1,Q8\nshelter aid,yes\n");
  CHECK_THROWS_WITH_AS(import_responses(store, path, {}),
                       doctest::Contains(":2:1: error: the name 'shelter aid' is that of several organisations (a, b): "
                                         "give an `org` column"),
                       ValidationError);
}

TEST_CASE("two new respondents with the same organisation name are an error, whatever the map holds") {
  test::TempDir tmp;
  // The same name written twice, in two spellings that have one normal form; a third respondent
  // with another name is fine.
  auto path = tmp.write("twice.csv", "Q1,Q8\nMaison Alpha,yes\nMAISON ALPHA,no\nMaison Beta,yes\n");
  SUBCASE("an empty map") {
    auto store = store::Store::in_memory();
    CHECK_THROWS_WITH_AS(import_responses(store, path, {}),
                         doctest::Contains(":3: error: organisation 'maison-alpha' already answered at line 2 "
                                           "(one response per organisation)"),
                         ValidationError);
    CHECK(count_rows(store, "organisation") == 0);
  }
  SUBCASE("a map that already has the id the name gives, for another organisation") {
    auto store = store::Store::in_memory();
    {
      store::Writer w(store, "test", "");
      model::Organisation a;
      a.id = "maison-alpha";
      a.name = "House A";
      w.put_org(a, store::all_fields());
      w.commit("one");
    }
    CHECK_THROWS_WITH_AS(import_responses(store, path, {}),
                         doctest::Contains(":3: error: organisation 'maison-alpha-2' already answered at line 2 "
                                           "(one response per organisation)"),
                         ValidationError);
    CHECK(count_rows(store, "organisation") == 1);
  }
  SUBCASE("two different names are two organisations") {
    auto store = store::Store::in_memory();
    auto ok = tmp.write("two.csv", "Q1,Q8\nMaison Alpha,yes\nMaison Beta,no\n");
    import_responses(store, ok, {});
    CHECK(count_rows(store, "organisation") == 2);
  }
}

TEST_CASE(
    "respondents are found by their name in any case and accents (Romanian, Russian); new ones keep their letters") {
  auto store = store::Store::in_memory();
  {
    store::Writer w(store, "test", "");
    model::Organisation a, b;
    a.id = "centrul-stat";
    a.name = "Centrul Național Fictiv de Statistică";
    b.id = "primaria-omega";
    b.name = "Примэрия села Омега";
    w.put_org(a, store::all_fields());
    w.put_org(b, store::all_fields());
    w.commit("two");
  }
  test::TempDir tmp;
  auto path = tmp.write("names.csv",
                        "Q1,Q8\nCENTRUL NATIONAL FICTIV DE STATISTICA,yes\nПРИМЭРИЯ СЕЛА ОМЕГА,no\n"
                        "Asociația Obștească Șansa Țării Fictive,yes\nКиївська фіктивна рада,yes\n");
  auto report = import_responses(store, path, {});
  CHECK(report.orgs_created == 2);
  auto map = store.load();
  REQUIRE(map.organisations.size() == 4);
  CHECK(map.org("centrul-stat")->name == "Centrul Național Fictiv de Statistică");  // the map's name is kept
  CHECK(map.org("primaria-omega")->name == "Примэрия села Омега");
  REQUIRE(map.org("asociatia-obsteasca-sansa-tarii-fictive"));
  CHECK(map.org("asociatia-obsteasca-sansa-tarii-fictive")->name == "Asociația Obștească Șansa Țării Fictive");
  REQUIRE(map.org("київська-фіктивна-рада"));
}
