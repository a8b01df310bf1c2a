// The questionnaire model: the built-in Annex I questionnaire, and the checks on a team's own file.
#include <doctest/doctest.h>

#include "survey/feeds.hpp"
#include "survey_helpers.hpp"

using namespace stakemap;
using namespace stakemap::survey;
using survey_test::builtin;

namespace {
std::string qid(std::size_t n) {  // "Q" + n (built up in steps: GCC 12 warns falsely on "Q" + std::to_string)
  std::string s = "Q";
  s += std::to_string(n);
  return s;
}

const Question& Q(const std::string& id) { return builtin().questions[static_cast<std::size_t>(builtin().find(id))]; }

const std::string kHeader = "question,option,section,type,scopes,asked_if,feeds,flags,label_en,label_fr,label_nl\n";

std::string problems(const std::string& body) {
  try {
    Questionnaire::parse(kHeader + body, "q.csv", "q");
  } catch (const InputError& e) { return e.what(); }
  return "";
}
}  // namespace

TEST_CASE("built-in questionnaire: the 57 questions of Annex I, in order, in three languages") {
  const auto& q = builtin();
  CHECK(q.id == "be-needs-assessment-2022");
  REQUIRE(q.questions.size() == 57);
  for (std::size_t i = 0; i < 57; ++i) {
    const auto& qq = q.questions[i];
    CHECK(qq.id == qid(i + 1));
    CHECK_FALSE(qq.label.en.empty());
    CHECK_FALSE(qq.label.fr.empty());
    CHECK_FALSE(qq.label.nl.empty());
    for (const auto& o : qq.options) CHECK((!o.label.en.empty() && !o.label.fr.empty() && !o.label.nl.empty()));
  }
  CHECK(q.sections.size() == 4);
  CHECK(Q("Q16").section == "II");
  CHECK(Q("Q34").section == "III");
  CHECK(Q("Q42").section == "IV");
  CHECK(q.partner_types.size() == 11);
}

TEST_CASE("built-in questionnaire: types, options, answer columns and fields fed") {
  CHECK(Q("Q1").type == QuestionType::open);
  CHECK(Q("Q1").feeds == "name");
  CHECK(Q("Q3").type == QuestionType::multiple);
  CHECK(Q("Q3").options.size() == 5);
  CHECK(Q("Q3").other_option() == 4);
  CHECK(Q("Q5").options.size() == 7);
  CHECK(Q("Q7").options.size() == 14);
  CHECK(Q("Q8").type == QuestionType::single);
  CHECK(Q("Q42").type == QuestionType::scale);
  CHECK(Q("Q38").type == QuestionType::likert);
  CHECK(Q("Q38").rows().size() == 14);
  CHECK(Q("Q38").levels().size() == 4);
  CHECK(Q("Q29").type == QuestionType::partners);
  CHECK(Q("Q16").options[static_cast<std::size_t>(Q("Q16").option("none"))].exclusive);
  CHECK(Q("Q23").options[static_cast<std::size_t>(Q("Q23").option("vulnerability"))].text);
  for (std::size_t i = 19; i <= 29; ++i) CHECK(Q(qid(i)).scopes == std::vector<std::string>{"all", "ukraine"});
  for (const char* id : {"Q34", "Q35", "Q36", "Q37"}) CHECK(Q(id).scopes.size() == 2);
  CHECK(Q("Q18").scopes == std::vector<std::string>{"all"});
  // the model field each answer feeds
  CHECK(feed_of(Q("Q3")).kind == Feed::Kind::codes);
  CHECK(feed_of(Q("Q4")).kind == Feed::Kind::territories);
  CHECK(feed_of(Q("Q10")).kind == Feed::Kind::code);
  CHECK(feed_of(Q("Q40")).facet == "obstacle");
  CHECK(feed_of(Q("Q38")).kind == Feed::Kind::attribute);
  CHECK(feed_of(Q("Q38")).facet == "reason");
  CHECK(feed_of(Q("Q27")).kind == Feed::Kind::flows);
  CHECK(feed_of(Q("Q27")).basis == "mandatory");
  CHECK(feed_of(Q("Q29")).basis == "voluntary");
  CHECK(feed_of(Q("Q28")).kind == Feed::Kind::regularity);
  CHECK(feed_of(Q("Q12")).kind == Feed::Kind::attribute);
}

TEST_CASE("built-in questionnaire: skip logic") {
  auto clause = [](const std::string& id, std::size_t scope = 0) { return Q(id).asked_if[scope]; };
  REQUIRE(clause("Q9").size() == 1);
  CHECK(clause("Q9")[0].question == builtin().find("Q8"));
  CHECK(clause("Q9")[0].values == std::vector<int>{Q("Q8").option("yes")});
  CHECK(clause("Q11")[0].negate);
  CHECK(clause("Q13")[0].values == std::vector<int>{Q("Q10").option("none")});
  CHECK(clause("Q17")[0].question == builtin().find("Q16"));
  CHECK(clause("Q17")[0].negate);
  CHECK(clause("Q18")[0].question == builtin().find("Q17"));
  // the two answer columns of Q19-Q29: all beneficiaries (Q16) and persons displaced from Ukraine (Q17)
  CHECK(clause("Q25", 0)[0].question == builtin().find("Q16"));
  CHECK(clause("Q25", 0)[0].values == std::vector<int>{Q("Q16").option("beneficiaries")});
  CHECK(clause("Q25", 1)[0].question == builtin().find("Q17"));
  CHECK(clause("Q23", 1).size() == 2);  // Q17=yes and Q22=yes, in the Ukraine column
  CHECK(clause("Q33")[0].question == builtin().find("Q32"));
  CHECK(clause("Q43")[0].values.size() == 2);
  CHECK(clause("Q45")[0].question == builtin().find("Q44"));
  CHECK(clause("Q51")[0].question == builtin().find("Q50"));
  CHECK(clause("Q55")[0].question == builtin().find("Q54"));
  CHECK(clause("Q34").empty());  // section III is asked to everyone
}

TEST_CASE("questionnaire files: every problem reported with its position") {
  CHECK(problems("Q1,,I,mystery,,,,,Name,,\n").find("q.csv:2:7: error: unknown question type 'mystery'") !=
        std::string::npos);
  CHECK(problems("Q1,,,single,,Q2=yes,,,A,,\nQ1,yes,,,,,,,Yes,,\nQ2,,,single,,,,,B,,\nQ2,yes,,,,,,,Yes,,\n")
            .find("condition refers to 'Q2', which is not a question defined above") != std::string::npos);
  CHECK(problems("Q1,,,single,,,,,A,,\nQ1,yes,,,,,,,Yes,,\nQ2,,,open,,Q1=maybe,,,B,,\n")
            .find("q.csv:4:12: error: Q2: condition value 'maybe' is not an option of Q1") != std::string::npos);
  CHECK(problems("Q1,,,multiple,,,domains,,D,,\nQ1,med,,,,,medicine,,Medicine,,\n")
            .find("q.csv:3: error: Q1: option 'med' feeds 'medicine', which is not a domain code") !=
        std::string::npos);
  CHECK(problems("Q9,x,,,,,,,X,,\n").find("option 'x' of question 'Q9', which is not defined above") !=
        std::string::npos);
  CHECK(problems("Q1,,,likert,,,,,L,,\nQ1,row,,,,,,,Row,,\n")
            .find("needs row options and at least two options flagged 'level'") != std::string::npos);
  CHECK(problems("Q1,,,single,,,,,S,,\nQ1,a,,,,,,exclusive,A,,\n")
            .find("exclusive, which only a multiple question needs") != std::string::npos);
  CHECK(problems("Q1,,,single,,,,,S,,\nQ1,a,,,,,,,A,,\nQ1,a,,,,,,,A again,,\n")
            .find("option 'a' of Q1 is defined twice") != std::string::npos);
  CHECK(problems("Q1,,,open,,,Name!,,N,,\n").find("'Name!' is not a model field") != std::string::npos);
  CHECK(problems("Q1,,,single,,,flows:mandatory,,S,,\nQ1,yes,,,,,,,Yes,,\n")
            .find("feeds flows but no option takes a text") != std::string::npos);
  CHECK(problems("Q1,,,open,,,contact_email,,E,,\n").find("cannot be fed by a survey answer") != std::string::npos);
  CHECK(problems("Q1,,,single,a|b,c: Q0=x,,,S,,\nQ1,x,,,,,,,X,,\n")
            .find("answer column 'c', which the question does not have") != std::string::npos);
  CHECK(
      problems("*partner,feds,,,,,kind:galaxy,,Feds,,\nQ1,,,open,,,,,N,,\n").find("expected kind:CODE or level:CODE") !=
      std::string::npos);
  CHECK(problems("Q1,,,open,,,,,N,,\n").empty());
}

TEST_CASE("questionnaires load by built-in id or from a file; anything else is an input error") {
  CHECK(Questionnaire::builtin_ids() == std::vector<std::string>{"be-needs-assessment-2022"});
  CHECK_THROWS_WITH_AS(
      Questionnaire::load("no-such-questionnaire"),
      doctest::Contains("is neither a built-in questionnaire (be-needs-assessment-2022) nor a questionnaire file"),
      InputError);
  auto q =
      Questionnaire::load(std::string(STAKEMAP_SOURCE_DIR) + "/models/questionnaires/be-needs-assessment-2022.csv");
  CHECK(q.id == "be-needs-assessment-2022");
  CHECK(q.questions.size() == 57);
}
