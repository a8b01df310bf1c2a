// Export headers -> questions: codes, LimeSurvey and KoboToolbox forms, labels in en/fr/nl, mappings.
#include <doctest/doctest.h>

#include "survey_helpers.hpp"

using namespace stakemap;
using namespace stakemap::survey;
using survey_test::builtin;
using Kind = ColumnTarget::Kind;

namespace {
int qi(const std::string& id) { return builtin().find(id); }
int opt(const std::string& q, const std::string& code) {
  return builtin().questions[static_cast<std::size_t>(qi(q))].option(code);
}
ColumnTarget R(const std::string& header, const Mapping* m = nullptr) { return resolve_column(builtin(), header, m); }
void is(const ColumnTarget& t, Kind kind, const std::string& q, int scope, int option) {
  CHECK(t.kind == kind);
  CHECK(t.question == qi(q));
  CHECK(t.scope == scope);
  CHECK(t.option == option);
}
}  // namespace

TEST_CASE("headers as question codes: one column per question, per answer column") {
  is(R("Q5"), Kind::value, "Q5", 0, -1);
  is(R(" q5 "), Kind::value, "Q5", 0, -1);
  is(R("5"), Kind::value, "Q5", 0, -1);
  is(R("Q25"), Kind::value, "Q25", 0, -1);
  is(R("Q25:ukraine"), Kind::value, "Q25", 1, -1);
  is(R("Q25_ukraine"), Kind::value, "Q25", 1, -1);  // KoboToolbox names cannot hold ':'
  is(R("Q27:all_yes"), Kind::text, "Q27", 0, opt("Q27", "yes"));
  is(R("Q27_ukraine_yes"), Kind::text, "Q27", 1, opt("Q27", "yes"));
  is(R("Q27:ukraine[comment]"), Kind::text, "Q27", 1, -1);
}

TEST_CASE("headers of one column per option: KoboToolbox Q5/medical, LimeSurvey Q5[SQ001]") {
  is(R("Q5/medical"), Kind::option, "Q5", 0, opt("Q5", "medical"));
  is(R("group_about/Q5/labour"), Kind::option, "Q5", 0, opt("Q5", "labour"));
  is(R("Q5[SQ001]"), Kind::option, "Q5", 0, opt("Q5", "medical"));
  is(R("Q5[SQ002]"), Kind::option, "Q5", 0, opt("Q5", "legal"));
  is(R("Q5[legal]"), Kind::option, "Q5", 0, opt("Q5", "legal"));
  is(R("Q5[other]"), Kind::option, "Q5", 0, opt("Q5", "other"));  // LimeSurvey: the text of "other"
  is(R("Q5_other"), Kind::text, "Q5", 0, opt("Q5", "other"));     // KoboToolbox: the specify question
  is(R("Q23:ukraine_vulnerability"), Kind::text, "Q23", 1, opt("Q23", "vulnerability"));
  is(R("Q20:ukraine/survey"), Kind::option, "Q20", 1, opt("Q20", "survey"));
  is(R("Q23[SQ008comment]"), Kind::text, "Q23", 0, opt("Q23", "vulnerability"));
  // Likert rows
  is(R("Q38[SQ001]"), Kind::option, "Q38", 0, opt("Q38", "monitor"));
  is(R("Q38/harmonise"), Kind::option, "Q38", 0, opt("Q38", "harmonise"));
}

TEST_CASE("headers as labels, in English, French or Dutch, with option or answer column in brackets") {
  is(R("In which domain(s) is your organisation active?"), Kind::value, "Q5", 0, -1);
  is(R("5. Dans quel(s) domaine(s) votre organisation est-elle active ?"), Kind::value, "Q5", 0, -1);
  is(R("In welk(e) domein(en) is uw organisatie actief?"), Kind::value, "Q5", 0, -1);
  is(R("In which domain(s) is your organisation active? [Justice and legal affairs]"), Kind::option, "Q5", 0,
     opt("Q5", "legal"));
  is(R("Dans quel(s) domaine(s) votre organisation est-elle active ? [Justice et affaires juridiques]"), Kind::option,
     "Q5", 0, opt("Q5", "legal"));
  // KoboToolbox labels: "question/option", where labels may hold '/' themselves
  is(R("In which domain(s) is your organisation active?/Financial/material support (including housing, allowances)"),
     Kind::option, "Q5", 0, opt("Q5", "material"));
  is(R("Are your data publicly available? [Persons displaced from Ukraine (including third-country nationals)]"),
     Kind::value, "Q25", 1, -1);
  is(R("Vos données sont-elles accessibles au public ? [L'ensemble des bénéficiaires de l'organisation]"), Kind::value,
     "Q25", 0, -1);
}

TEST_CASE("metadata columns of survey tools, unknown columns, mapping files") {
  CHECK(R("id").meta == "respondent");
  CHECK(R("_uuid").meta == "respondent");
  CHECK(R("org").meta == "org");
  CHECK(R("startlanguage").meta == "language");
  CHECK(R("territories").meta == "territories");
  CHECK(R("submitdate").kind == Kind::ignore);
  CHECK(R("_submission_time").kind == Kind::ignore);
  CHECK(R("Timestamp").kind == Kind::ignore);
  CHECK(R("Q99").kind == Kind::unknown);
  auto t = R("Q5/nonsense");
  CHECK(t.kind == Kind::unknown);
  CHECK(t.why == "'nonsense' is neither an option nor an answer column of Q5");
  CHECK(R("Q25:nowhere").why == "Q25 has no answer column 'nowhere'");
  Mapping m{{"Langue de travail", {"Q3", {}}}, {"Q25b", {"Q25:ukraine", {}}}, {"Q5", {"ignore", {}}}};
  is(R("Langue de travail", &m), Kind::value, "Q3", 0, -1);
  is(R("Q25b", &m), Kind::value, "Q25", 1, -1);
  CHECK(R("Q5", &m).kind == Kind::ignore);
  auto file = read_mapping(survey_test::fixture("limesurvey-mapping.csv"));
  CHECK(file.at("Q27a[comment]").first == "Q27:all[comment]");
}

TEST_CASE("the canonical header of every question, answer column and option reads back the same") {
  const auto& q = builtin();
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const auto& qq = q.questions[i];
    for (std::size_t s = 0; s < qq.scopes.size(); ++s) {
      ColumnTarget t{Kind::value, "", static_cast<int>(i), static_cast<int>(s), -1, ""};
      auto back = R(canonical_header(q, t));
      CHECK(back.kind == Kind::value);
      CHECK(back.question == t.question);
      CHECK(back.scope == t.scope);
      for (std::size_t o = 0; o < qq.options.size(); ++o) {
        if (qq.options[o].level || !(qq.type == QuestionType::multiple || qq.type == QuestionType::likert)) continue;
        t.kind = Kind::option;
        t.option = static_cast<int>(o);
        back = R(canonical_header(q, t));
        INFO(canonical_header(q, t));
        CHECK(back.kind == Kind::option);
        CHECK(back.option == t.option);
        CHECK(back.scope == t.scope);
        if (!qq.options[o].text) continue;
        t.kind = Kind::text;
        back = R(canonical_header(q, t));
        CHECK(back.kind == Kind::text);
        CHECK(back.option == t.option);
      }
    }
  }
}
