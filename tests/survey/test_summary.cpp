// survey summary: bases from the skip logic, Likert matrices, and the calibrated Belgian responses
// checked against an independent implementation and against the published figures.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <set>

#include "core/text.hpp"
#include "io/csv_reader.hpp"
#include "survey/answer_store.hpp"
#include "survey/import.hpp"
#include "survey/summary.hpp"
#include "survey_helpers.hpp"

using namespace stakemap;
using namespace stakemap::survey;
using survey_test::bundled;
using survey_test::fixture;

namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // question, scope, option
struct Count {
  long long count = 0, base = 0;
};

std::map<Key, Count> records(const std::vector<QuestionSummary>& all) {
  std::map<Key, Count> out;
  const auto& q = survey_test::builtin();
  for (const auto& qs : all)
    for (const auto& r : qs.rows)
      out[{q.questions[static_cast<std::size_t>(qs.question)].id, qs.scope, r.option}] = {r.count, qs.base};
  return out;
}

std::vector<std::map<std::string, std::string>> read_csv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  io::CsvReader csv(in, path);
  std::vector<std::string> header, cells;
  csv.next(header);
  std::vector<std::map<std::string, std::string>> rows;
  while (csv.next(cells)) {
    auto& row = rows.emplace_back();
    for (std::size_t i = 0; i < header.size(); ++i) row[header[i]] = i < cells.size() ? cells[i] : "";
  }
  return rows;
}

// The bundled map built from territories.csv and responses.csv only.
store::Store belgium_from_responses() {
  auto s = store::Store::in_memory();
  dataset::import_files(s, {{dataset::FileKind::territories, bundled("territories.csv")}}, {});
  import_responses(s, bundled("responses.csv"), {});
  return s;
}

std::vector<QuestionSummary> summarise_store(store::Store& s, SummaryOptions o = {}) {
  return summarise(survey_test::builtin(), load_answers(s, survey_test::builtin()), o);
}

std::set<std::string> as_set(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

}  // namespace

TEST_CASE("bases follow the skip logic: asked, answered, and the base percentages are over") {
  dataset::Diagnostics d;
  auto file = survey_test::read_text(
      "org,Q1,Q8,Q9,Q16,Q17,Q25:all,Q25:ukraine,Q57\n"
      "a,A,yes,internal-coordination|centralise-data,beneficiaries,yes,some,no,Thanks\n"
      "b,B,yes,,beneficiaries,no,no,,\n"
      "c,C,no,,none,,,,\n"
      "d,D,yes,centralise-data,activities,yes,,some,\n",
      d);
  REQUIRE(d.errors() == 0);
  auto all = records(summarise(survey_test::builtin(), file.responses, {}));
  // Q9 is asked to those with a focal point (a, b, d); b did not answer: base 2
  CHECK(all[{"Q9", "all", "centralise-data"}].count == 2);
  CHECK(all[{"Q9", "all", "centralise-data"}].base == 2);
  CHECK(all[{"Q9", "all", "internal-coordination"}].count == 1);
  // Q25 all beneficiaries: asked to a and b (Q16 = beneficiaries); Ukraine column: a and d (Q17 = yes)
  CHECK(all[{"Q25", "all", "some"}].base == 2);
  CHECK(all[{"Q25", "all", "no"}].count == 1);
  CHECK(all[{"Q25", "ukraine", "no"}].count == 1);
  CHECK(all[{"Q25", "ukraine", "some"}].count == 1);
  CHECK(all[{"Q25", "ukraine", "some"}].base == 2);
  // open questions: answered over asked
  CHECK(all[{"Q57", "all", "answered"}].count == 1);
  CHECK(all[{"Q57", "all", "answered"}].base == 4);
  auto q9 = summarise(survey_test::builtin(), file.responses, {{"Q9"}, "", "en"});
  REQUIRE(q9.size() == 1);
  CHECK(q9[0].asked == 3);
  CHECK(q9[0].answered == 2);
  auto table = summary_records(survey_test::builtin(), q9);
  CHECK(table.columns == std::vector<std::string>{"question", "scope", "option", "label", "count", "base", "percent"});
  CHECK(std::get<double>(table.rows[0][6]) == doctest::Approx(50.0));
}

TEST_CASE("Likert matrix: one record per row and level, over the respondents who answered the matrix") {
  dataset::Diagnostics d;
  auto file = survey_test::read_text(
      "org,Q1,Q38/monitor,Q38/policy,Q38/other,Q38_other\n"
      "a,A,very-important,important,very-important,Planning\n"
      "b,B,important,important,,\n"
      "c,C,important,,,\n",
      d);
  REQUIRE(d.errors() == 0);
  auto all = records(summarise(survey_test::builtin(), file.responses, {{"Q38"}, "", "en"}));
  CHECK(all.size() == 14 * 4);
  CHECK(all[{"Q38", "all", "monitor|important"}].count == 2);
  CHECK(all[{"Q38", "all", "monitor|very-important"}].count == 1);
  CHECK(all[{"Q38", "all", "policy|important"}].count == 2);
  CHECK(all[{"Q38", "all", "other|very-important"}].count == 1);
  CHECK(all[{"Q38", "all", "other|very-important"}].base == 3);  // the Annex counts "other" over everyone
  auto q38 = summarise(survey_test::builtin(), file.responses, {{"Q38"}, "", "fr"});
  CHECK(q38[0].rows[0].label ==
        "Suivre la situation et l'intégration des personnes déplacées par la crise ukrainienne | "
        "Très important");
  REQUIRE(q38[0].texts.size() == 1);
  CHECK(q38[0].texts[0].text == "Planning");
  CHECK_THROWS_AS(summarise(survey_test::builtin(), file.responses, {{"Q99"}, "", "en"}), UsageError);
  CHECK_THROWS_AS(summarise(survey_test::builtin(), file.responses, {{"Q38"}, "ukraine", "en"}), UsageError);
}

TEST_CASE("Belgian responses: the summary equals the independent reference implementation, record by record") {
  auto s = belgium_from_responses();
  auto got = records(summarise_store(s));
  auto expected = read_csv(fixture("belgium_summary_expected.csv"));
  CHECK(expected.size() == got.size());
  for (const auto& e : expected) {
    Key k{e.at("question"), e.at("scope"), e.at("option")};
    INFO(e.at("question"), " ", e.at("scope"), " ", e.at("option"));
    REQUIRE(got.count(k));
    CHECK(got[k].count == std::stoll(e.at("count")));
    CHECK(got[k].base == std::stoll(e.at("base")));
  }
}

TEST_CASE("Belgian responses reproduce every high-confidence published figure within one respondent") {
  auto s = belgium_from_responses();
  auto answers = load_answers(s, survey_test::builtin());
  auto got = records(summarise_store(s));
  std::map<std::tuple<std::string, std::string, std::string>, std::map<std::string, std::string>> published;
  for (auto& r : read_csv(fixture("needs-assessment-2022-figures.csv")))
    published[{r["question"], r["scope"], r["option"]}] = r;
  int checked = 0, high = 0;
  for (const auto& m : read_csv(fixture("reference_options.csv"))) {
    const auto& p = published.at({m.at("question"), m.at("scope"), m.at("option")});
    if (p.at("confidence") != "high") continue;
    ++high;
    INFO(m.at("question"), " ", m.at("scope"), " ", m.at("option"));
    std::string codes = m.at("summary_options");
    if (codes.empty()) {  // the contact list of the survey, not in the answers (see the note)
      CHECK_FALSE(m.at("note").empty());
      continue;
    }
    long long pub_base = std::stoll(p.at("base")), count = 0, base = 0;
    if (codes == "*respondents") {
      count = static_cast<long long>(answers.size());
      base = pub_base;
    } else if (codes.rfind("*top:", 0) == 0) {
      std::string best;
      long long most = -1;
      for (const auto& [k, c] : got)
        if (std::get<0>(k) == m.at("question") && c.count > most) most = c.count, best = std::get<2>(k);
      CHECK(best == codes.substr(5));
      ++checked;
      continue;
    } else {
      for (const auto& code : text::split_list(codes, '+')) {
        auto c = got.at({m.at("question"), m.at("summary_scope"), code});
        count += c.count;
        base = c.base;
      }
    }
    double target = std::stod(p.at("percent")) * static_cast<double>(pub_base) / 100.0;
    // the published base, unless the mapping documents why not (Q40: one organisation perceives no obstacle)
    CHECK(base == (m.at("summary_base").empty() ? pub_base : std::stoll(m.at("summary_base"))));
    CHECK(std::fabs(static_cast<double>(count) - target) <= 1.0);
    ++checked;
  }
  CHECK(high == 133);     // every high-confidence row of the reference table was looked at
  CHECK(checked == 131);  // all but "received" and "declined", which describe the contact list
}

TEST_CASE("Belgian responses give the bundled organisations and the flows their senders report") {
  auto from_survey = belgium_from_responses().load();
  auto s = store::Store::in_memory();
  dataset::import_dataset(s, std::string(STAKEMAP_SOURCE_DIR) + "/datasets/belgium-2022", {});
  auto bundled_map = s.load();
  bundled_map.reindex();
  from_survey.reindex();
  CHECK(from_survey.organisations.size() == 57);
  auto attribute = [](const model::Organisation& x, const std::string& key) {
    auto it = x.attributes.find(key);
    return it == x.attributes.end() ? std::string() : it->second;
  };
  for (const auto& o : bundled_map.organisations) {
    INFO(o.id);
    const auto* g = from_survey.org(o.id);
    REQUIRE(g);
    CHECK(g->name == o.name);
    CHECK(g->aliases == o.aliases);
    CHECK(g->kind == o.kind);
    CHECK(g->level == o.level);
    CHECK(as_set(g->languages) == as_set(o.languages));
    CHECK(as_set(g->territories) == as_set(o.territories));
    CHECK(as_set(g->domains) == as_set(o.domains));
    CHECK(as_set(g->publics) == as_set(o.publics));
    CHECK(as_set(g->services) == as_set(o.services));
    CHECK(as_set(g->obstacles) == as_set(o.obstacles));
    CHECK(g->support_role == o.support_role);
    CHECK(g->focal_point == o.focal_point);
    CHECK(g->willing == o.willing);
    CHECK(attribute(*g, "collects_data") == attribute(o, "collects_data"));
    CHECK(attribute(*g, "data_public") == attribute(o, "data_public"));
  }
  std::set<std::tuple<std::string, std::string, std::string, std::string>> reported, derived;
  for (const auto& f : bundled_map.flows)
    if (f.status == "active" && f.basis != "on-request" && f.source == f.from)
      reported.insert({f.from, f.to, f.basis, f.population});
  for (const auto& f : from_survey.flows) derived.insert({f.from, f.to, f.basis, f.population});
  CHECK(reported.size() == 119);
  CHECK(derived == reported);
  // Q28 gives one regularity per organisation and answer column: `regular` when one of the
  // organisation's voluntary flows of that column is regular (the all column covers every flow).
  auto regular_in = [&](const std::string& org, const std::string& column) {
    for (const auto& f : bundled_map.flows)
      if (f.from == org && f.status == "active" && f.basis == "voluntary" && f.regularity == "regular" &&
          (column == "all" || f.population != "all"))
        return true;
    return false;
  };
  for (const auto& f : from_survey.flows) {
    INFO(f.from, " -> ", f.to);
    if (f.basis == "mandatory") {
      CHECK(f.regularity.empty());
      continue;
    }
    bool regular = (f.population != "ukraine" && regular_in(f.from, "all")) ||
                   (f.population != "all" && regular_in(f.from, "ukraine"));
    CHECK(f.regularity == (regular ? "regular" : "sporadic"));
  }
}
