// The questionnaire rule checker, row by row: what each kind of row builds (title, sections,
// answer columns, partner types, questions, options, skip logic per column), and each
// problem reported at the cell it is about.
#include <doctest/doctest.h>

#include "survey/questionnaire_rules.hpp"
#include "survey_helpers.hpp"

using namespace stakemap;
using namespace stakemap::survey;

namespace {

/// Row `line` with each cell at its own column: question 1, option 2, type 4, scopes 5,
/// asked_if 6, feeds 7, flags 8, label 9.
RowPositions at(long line) {
  auto p = [&](long column) { return Position{"q.csv", line, column}; };
  return {p(1), p(2), p(4), p(5), p(6), p(7), p(8), p(9)};
}

struct Row {
  std::string question, option, section, type, scopes, asked_if, feeds, flags, label;
};

/// Runs the checker over `rows` (line 2 onwards) and returns its diagnostics as text.
std::string check(const std::vector<Row>& rows, Questionnaire& q) {
  dataset::Diagnostics d;
  RuleChecker rc(q, d);
  long line = 2;
  for (const auto& r : rows)
    rc.add(r.question, r.option, r.section, r.type, r.scopes, r.asked_if, r.feeds, r.flags, {r.label, "", ""},
           at(line++));
  rc.finish();
  return survey_test::text_of(d);
}

std::string problems(const std::vector<Row>& rows) {
  Questionnaire q;
  return check(rows, q);
}

}  // namespace

TEST_CASE("questionnaire rules: a valid file builds title, headings, partner types, questions and skip logic") {
  Questionnaire q;
  auto text = check({{"*title", "", "", "", "", "", "", "", "My survey"},
                     {"*section", "I", "", "", "", "", "", "", "Profile"},
                     {"*scope", "ukraine", "", "", "", "", "", "", "Displaced from Ukraine"},
                     {"*partner", "feds", "", "", "", "", "kind:federal-service level:federal", "", "Federal services"},
                     {"Q1", "", "I", "single", "", "", "", "required", "Collects?"},
                     {"Q1", "yes", "", "", "", "", "", "", "Yes"},
                     {"Q1", "no", "", "", "", "", "", "", "No"},
                     {"Q2", "", "I", "multiple", "all|ukraine", "Q1!=no; ukraine: Q1=yes", "", "", "What"},
                     {"Q2", "a", "", "", "", "", "", "exclusive", "A"},
                     {"Q2", "other", "", "", "", "", "", "other", "Other"}},
                    q);
  CHECK(text == "");
  CHECK(q.title.en == "My survey");
  REQUIRE(q.sections.size() == 1);
  CHECK(q.sections[0].code == "I");
  CHECK(q.scope_label("ukraine").en == "Displaced from Ukraine");
  REQUIRE(q.partner_types.size() == 1);
  CHECK(q.partner_types[0].kind == "federal-service");
  CHECK(q.partner_types[0].level == "federal");
  REQUIRE(q.questions.size() == 2);
  CHECK(q.questions[0].required);
  CHECK(q.questions[0].line == 6);
  const auto& q2 = q.questions[1];
  CHECK(q2.scopes == std::vector<std::string>{"all", "ukraine"});
  CHECK(q2.asked_if_text == "Q1!=no; ukraine: Q1=yes");
  REQUIRE(q2.asked_if.size() == 2);
  REQUIRE(q2.asked_if[0].size() == 1);  // all: the unprefixed part only
  CHECK(q2.asked_if[0][0].negate);
  CHECK(q2.asked_if[0][0].values == std::vector<int>{1});
  REQUIRE(q2.asked_if[1].size() == 2);  // ukraine: both
  CHECK_FALSE(q2.asked_if[1][1].negate);
  CHECK(q2.asked_if[1][1].values == std::vector<int>{0});
  CHECK(q2.options[0].exclusive);
  CHECK(q2.other_option() == 1);
}

TEST_CASE("questionnaire rules: each problem at the cell it is about") {
  CHECK(problems({{"", "", "", "", "", "", "", "", "x"}, {"Q1", "", "", "open", "", "", "", "", "N"}}) ==
        "q.csv:2:1: error: empty 'question' cell (a question id, or *title, *section, *scope, *partner)\n");
  CHECK(problems({{"*note", "", "", "", "", "", "", "", "x"}, {"Q1", "", "", "open", "", "", "", "", "N"}}) ==
        "q.csv:2:1: error: unknown row kind '*note' (allowed: *title, *section, *scope, *partner)\n");
  CHECK(problems({{"*scope", "", "", "", "", "", "", "", "x"}, {"Q1", "", "", "open", "", "", "", "", "N"}}) ==
        "q.csv:2:2: error: *scope row without a code in column 'option'\n");
  CHECK(problems({{"1Q", "", "", "open", "", "", "", "", "N"}}) ==
        "q.csv:2:1: error: question id '1Q' must start with a letter and hold only letters, digits, '.' and '-'\n");
  CHECK(problems({{"Q1", "", "", "open", "", "", "", "", "N"}, {"q1", "", "", "open", "", "", "", "", "N"}}) ==
        "q.csv:3:1: error: question 'q1' is defined twice\n");
  CHECK(problems({{"Q1", "", "", "open", "", "", "", "", ""}}) == "q.csv:2:9: error: question 'Q1' has no label_en\n");
  CHECK(problems({{"Q1", "", "", "open", "all|All|all", "", "", "", "N"}}) ==
        "q.csv:2:5: error: bad or repeated answer column (scope) 'All'\n"
        "q.csv:2:5: error: bad or repeated answer column (scope) 'all'\n");
  CHECK(problems({{"Q1", "", "", "open", "", "", "", "mandatory", "N"}}) ==
        "q.csv:2:8: error: unknown question flag 'mandatory' (allowed: required)\n");
  CHECK(problems({{"*section", "I", "", "", "", "", "", "", "S"}, {"Q1", "", "II", "open", "", "", "", "", "N"}}) ==
        "q.csv:3:1: error: section 'II' has no *section row\n");
  CHECK(problems({{"Q1", "", "", "single", "", "", "", "", "S"}, {"Q1", "Yes", "", "", "", "", "", "", "Yes"}}) ==
        "q.csv:3:2: error: option code 'Yes' must be lower-case letters and digits joined by '-' or '_'\n");
  CHECK(problems({{"Q1", "", "", "single", "", "", "", "", "S"}, {"Q1", "a", "", "", "", "", "", "bold", "A"}}) ==
        "q.csv:3:8: error: unknown option flag 'bold' (allowed: text, other, exclusive, level)\n");
  CHECK(problems({{"Q1", "", "", "single", "", "", "", "", "S"}, {"Q1", "a", "", "", "", "", "", "", ""}}) ==
        "q.csv:3:9: error: option 'a' of Q1 has no label_en\n");
  CHECK(problems({{"*partner", "Feds", "", "", "", "", "level:federal", "", ""},
                  {"Q1", "", "", "open", "", "", "", "", "N"}}) ==
        "q.csv:2:2: error: partner type code 'Feds' must be lower-case letters and digits joined by '-'\n"
        "q.csv:2:9: error: partner type 'Feds' has no label_en\n");
  CHECK(problems({{"Q1", "", "", "single", "", "", "", "", "S"},
                  {"Q1", "a", "", "", "", "", "", "", "A"},
                  {"Q2", "", "", "open", "", "Q1 yes", "", "", "N"}}) ==
        "q.csv:4:6: error: Q2: cannot read condition 'Q1 yes' (expected e.g. Q8=yes or Q10!=none)\n");
  CHECK(problems({{"Q1", "", "", "open", "", "", "", "", "O"}, {"Q2", "", "", "open", "", "Q1=x", "", "", "N"}}) ==
        "q.csv:3:6: error: Q2: condition on Q1, which is not a choice question\n"
        "q.csv:3:6: error: Q2: condition value 'x' is not an option of Q1\n");
  CHECK(problems({{"Q1", "", "", "single", "", "", "", "", "S"}}) ==
        "q.csv:2:1: error: Q1: a single question needs options\n");
  CHECK(problems({{"Q1", "", "", "open", "", "", "", "", "O"}, {"Q1", "a", "", "", "", "", "", "", "A"}}) ==
        "q.csv:2:1: error: Q1: an open question has no options\n");
  CHECK(problems({{"Q1", "", "", "multiple", "", "", "", "", "S"},
                  {"Q1", "a", "", "", "", "", "", "other", "A"},
                  {"Q1", "b", "", "", "", "", "", "other", "B"}}) ==
        "q.csv:2:1: error: Q1: more than one option flagged 'other'\n");
  CHECK(problems({{"Q1", "", "", "single", "", "", "", "", "S"}, {"Q1", "a", "", "", "", "", "", "level", "A"}}) ==
        "q.csv:2:1: error: Q1: a single question needs options\n"  // a level is not an option to choose
        "q.csv:2:1: error: Q1: only a likert question has options flagged 'level'\n");
  CHECK(problems({{"Q1", "", "", "multiple", "", "", "my attr", "", "S"}, {"Q1", "a", "", "", "", "", "", "", "A"}})
            .starts_with("q.csv:2:7: error: Q1: 'my attr' is not a model field"));
  CHECK(problems({}) == "error: the questionnaire has no question\n");
}
