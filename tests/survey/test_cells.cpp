// Cells of survey exports -> answers: separators, codes, labels in three languages, tool codes, errors.
#include <doctest/doctest.h>

#include <algorithm>

#include "survey/cells.hpp"
#include "survey_helpers.hpp"

using namespace stakemap;
using namespace stakemap::survey;
using survey_test::builtin;

namespace {
const Question& Q(const std::string& id) { return builtin().questions[static_cast<std::size_t>(builtin().find(id))]; }

// The option codes a cell gives, sorted; or "error: ..." when the cell is refused.
std::string codes(const std::string& q, const std::string& cell) {
  Answer a;
  auto problem = parse_value(Q(q), cell, a);
  if (problem.empty()) problem = finish_answer(Q(q), a);
  if (!problem.empty()) return "error: " + problem;
  std::vector<std::string> out;
  for (int o : a.options) out.push_back(Q(q).options[static_cast<std::size_t>(o)].code);
  std::sort(out.begin(), out.end());
  std::string s;
  for (const auto& c : out) s += (s.empty() ? "" : ",") + c;
  for (const auto& [o, t] : a.texts) s += " [" + Q(q).options[static_cast<std::size_t>(o)].code + ": " + t + "]";
  return s;
}
}  // namespace

TEST_CASE("multiple choice: codes or labels joined by ';', '|', ',', line breaks or spaces") {
  CHECK(codes("Q5", "medical;social") == "medical,social");
  CHECK(codes("Q5", "medical | social") == "medical,social");
  CHECK(codes("Q5", "medical social labour") == "labour,medical,social");  // KoboToolbox select_multiple
  CHECK(codes("Q5", "medical\nsocial") == "medical,social");
  CHECK(codes("Q5", "Justice and legal affairs, Social services and social orientation") == "legal,social");
  // labels holding the separator are read whole (Google Forms joins with ", ")
  CHECK(codes("Q5", "Financial/material support (including housing, allowances), Justice and legal affairs") ==
        "legal,material");
  CHECK(codes("Q40", "Lack of trust between actors: reluctance to share info, etc., No leadership") ==
        "no-leadership,no-trust");
  CHECK(codes("Q7", "Only children Only women") == "children,women");
  // French and Dutch labels, any case and accents
  CHECK(codes("Q3", "Français; Néerlandais") == "fr,nl");
  CHECK(codes("Q3", "francais, neerlandais") == "fr,nl");
  CHECK(codes("Q3", "Frans|Duits") == "de,fr");
  // LimeSurvey positional codes
  CHECK(codes("Q5", "SQ001;SQ003") == "medical,social");
  // other, please specify
  CHECK(codes("Q5", "social; other: research and statistics") == "other,social [other: research and statistics]");
  CHECK(codes("Q5", "social; medicall") ==
        "error: Q5: 'medicall' is not an option (allowed: medical, legal, social, education, labour, material, other; "
        "give other answers as 'other: TEXT')");
  CHECK(codes("Q16", "none;beneficiaries") == "error: Q16: 'none' cannot be combined with other options");
  CHECK(codes("Q5", "") == "");
}

TEST_CASE("single choice and scales: code, label, LimeSurvey codes, Y/N, text after a colon") {
  CHECK(codes("Q8", "yes") == "yes");
  CHECK(codes("Q8", "Y") == "yes");
  CHECK(codes("Q8", "Non") == "no");
  CHECK(codes("Q10", "A2") == "secondary");
  CHECK(codes("Q10", "Ja, als eerstelijnsorganisatie") == "first-line");
  CHECK(codes("Q42", "Very favorable") == "very-favourable");
  CHECK(codes("Q27", "yes: Federal statistical office; Federal crisis centre") ==
        "yes [yes: Federal statistical office; Federal crisis centre]");
  CHECK(codes("Q24", "-oth-") == "other");
  CHECK(codes("Q8", "maybe") == "error: Q8: 'maybe' is not an option (allowed: yes, no)");
  // data text in messages cannot drive the terminal: control characters are shown as symbols
  CHECK(codes("Q8", "\x1b[2Jno\x07") == "error: Q8: '\u241b[2Jno\u2407' is not an option (allowed: yes, no)");
  CHECK(codes("Q8", "no: we are too small") == "error: Q8: 'no: we are too small' is not an option (allowed: yes, no)");
}

TEST_CASE("Likert matrix in one column: row=level pairs") {
  Answer a;
  CHECK(parse_value(Q("Q38"),
                    "monitor=very-important; policy=A2; Harmonize actions carried out for this target "
                    "audience (to avoid duplication)=4",
                    a) == "");
  CHECK(a.levels.size() == 3);
  CHECK(Q("Q38").options[static_cast<std::size_t>(a.levels.at(Q("Q38").option("policy")))].code == "important");
  CHECK(Q("Q38").options[static_cast<std::size_t>(a.levels.at(Q("Q38").option("harmonise")))].code ==
        "not-important-at-all");
  Answer b;
  CHECK(parse_value(Q("Q38"), "monitor=crucial", b) ==
        "Q38 [monitor]: 'crucial' is not a level (allowed: very-important, important, not-important, "
        "not-important-at-all)");
  CHECK(parse_value(Q("Q38"), "weather=important", b) ==
        "Q38: 'weather' is not a row (allowed: monitor, policy, short-term-effect, advocacy, vulnerable-groups, "
        "referral, "
        "know-stakeholders, news, access-data, best-practices, synergies, visibility, harmonise, other)");
}

TEST_CASE("one column per option: 1/0, Y, True, the option itself, or the text of a specify option") {
  Answer a;
  bool no = false;
  int medical = Q("Q5").option("medical"), other = Q("Q5").option("other");
  CHECK(parse_option_cell(Q("Q5"), medical, "0", a, no) == "");
  CHECK(no);
  CHECK_FALSE(a.given);
  for (const char* yes : {"1", "Y", "True", "x", "medical"}) {
    Answer b;
    CHECK(parse_option_cell(Q("Q5"), medical, yes, b, no) == "");
    CHECK(b.has(medical));
  }
  CHECK(parse_option_cell(Q("Q5"), medical, "perhaps", a, no) == "Q5 [medical]: 'perhaps' is neither 1/0 nor Y/N");
  CHECK(parse_option_cell(Q("Q5"), other, "research", a, no) == "");  // LimeSurvey Q5[other]: the text
  CHECK(a.texts.at(other) == "research");
  int monitor = Q("Q38").option("monitor");
  Answer c;
  CHECK(parse_option_cell(Q("Q38"), monitor, "A1", c, no) == "");
  CHECK(Q("Q38").options[static_cast<std::size_t>(c.levels.at(monitor))].code == "very-important");
}

TEST_CASE("finishing an answer: comments go to the option chosen; texts need an option that takes one") {
  Answer a;
  a.choose(Q("Q27").option("yes"));
  a.texts[-1] = "Federal statistical office";
  CHECK(finish_answer(Q("Q27"), a) == "");
  CHECK(a.texts.at(Q("Q27").option("yes")) == "Federal statistical office");
  Answer b;
  b.texts[Q("Q8").option("no")] = "why";
  CHECK(finish_answer(Q("Q8"), b) == "Q8: option 'no' takes no text, but 'why' is given");
  Answer c;
  c.texts[Q("Q5").option("other")] = "research";
  CHECK(finish_answer(Q("Q5"), c) == "");
  CHECK(c.has(Q("Q5").option("other")));  // a text chooses its option
  Answer d;
  d.choose(0);
  d.choose(1);
  CHECK(finish_answer(Q("Q8"), d) == "Q8 takes one answer, but 2 are given (yes, no)");
}
