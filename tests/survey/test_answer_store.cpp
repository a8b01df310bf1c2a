// Survey answers in the map file: every kind of answer written and read back the same, a
// respondent's answers replaced, the questionnaire kept, and a missing one named.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "store/store.hpp"
#include "store/writer.hpp"
#include "survey/answer_store.hpp"
#include "tiny_questionnaire.hpp"

using namespace stakemap;
using namespace stakemap::survey;
using survey_test::tiny;

namespace {

Response respondent_one() {
  Response r;
  r.respondent = "r1";
  r.org = "org-a";
  r.at(0).given = true;
  r.at(0).text = "Name with \"quotes\", | bars; and\nlines — ünïcode";
  r.at(1).choose(0);
  r.at(2, 0).choose(0);
  r.at(2, 0).choose(2);
  r.at(2, 0).texts[2] = "Research, surveys";
  r.at(2, 1).choose(1);
  r.at(3).levels = {{0, 3}, {1, 2}};  // speed high, cost low
  r.at(3).choose(0);
  r.at(3).choose(1);
  r.at(5).given = true;
  r.at(5).items = {"Shelter Aid", "Someone"};
  r.at(5).resolved = {"org:red-cross", ""};
  return r;
}

Response respondent_two() {
  Response r;
  r.respondent = "r0";
  r.at(1).choose(1);
  r.at(5).choose(0);  // nobody
  return r;
}

void write(store::Store& s, const std::vector<Response>& rs) {
  store::Writer w(s, "test", "");
  save_questionnaire(w, tiny());
  write_answers(w, tiny(), rs);
  w.commit("answers");
}

void check_same(const Answer& got, const Answer& want) {
  CHECK(got.given == want.given);
  CHECK(got.options == want.options);
  CHECK(got.texts == want.texts);
  CHECK(got.levels == want.levels);
  CHECK(got.text == want.text);
  CHECK(got.items == want.items);
}

}  // namespace

TEST_CASE("answer store: every kind of answer reads back as written, respondents in order") {
  auto s = store::Store::in_memory();
  write(s, {respondent_one(), respondent_two()});
  auto back = load_answers(s, tiny());
  REQUIRE(back.size() == 2);
  CHECK(back[0].respondent == "r0");  // ordered by respondent
  CHECK(back[1].respondent == "r1");
  CHECK(back[1].org == "org-a");
  const Response one = respondent_one(), two = respondent_two();
  const auto& got = back;
  for (int q = 0; q < static_cast<int>(tiny().questions.size()); ++q)
    for (int sc = 0; sc < static_cast<int>(tiny().questions[static_cast<std::size_t>(q)].scopes.size()); ++sc) {
      CAPTURE(q);
      CAPTURE(sc);
      check_same(got[1].at(q, sc), one.at(q, sc));
      check_same(got[0].at(q, sc), two.at(q, sc));
    }
  // A partner item that was not resolved is stored and read as "unresolved".
  CHECK(back[1].at(5).resolved == std::vector<std::string>{"org:red-cross", "unresolved"});
}

TEST_CASE("answer store: writing a respondent again replaces its answers, others stay") {
  auto s = store::Store::in_memory();
  write(s, {respondent_one(), respondent_two()});
  Response changed;
  changed.respondent = "r1";
  changed.at(1).choose(1);
  write(s, {changed});
  auto back = load_answers(s, tiny());
  REQUIRE(back.size() == 2);
  CHECK(back[1].at(1).options == std::vector<int>{1});
  CHECK_FALSE(back[1].at(0).given);
  CHECK_FALSE(back[1].at(3).given);
  CHECK(back[0].at(5).options == std::vector<int>{0});
}

TEST_CASE("answer store: answers to questions or options the questionnaire lacks are skipped") {
  auto s = store::Store::in_memory();
  {
    store::Writer w(s, "test", "");
    w.put_answer("tiny", "r1", "", "Q99", "all", "x", "");
    w.put_answer("tiny", "r1", "", "Q3", "elsewhere", "medical", "");
    w.put_answer("tiny", "r1", "", "Q4", "all", "speed|nope", "");
    w.put_answer("tiny", "r1", "", "Q4", "all", "speed", "");
    w.put_answer("tiny", "r1", "", "q2", "all", "yes", "");  // question ids are case-insensitive
    w.commit("odd rows");
  }
  auto back = load_answers(s, tiny());
  REQUIRE(back.size() == 1);
  CHECK(back[0].at(1).options == std::vector<int>{0});
  CHECK(back[0].at(3).levels.empty());
  CHECK_FALSE(back[0].at(2, 0).given);
  CHECK_FALSE(back[0].at(2, 1).given);
}

TEST_CASE("answer store: the questionnaire is kept in the map; a missing one is named") {
  auto s = store::Store::in_memory();
  write(s, {});
  Questionnaire q = load_saved_questionnaire(s, "tiny");
  CHECK(q.id == "tiny");
  CHECK(q.source == survey_test::kTinyQuestionnaire);
  CHECK(q.questions.size() == 6);
  CHECK(q.questions[3].type == QuestionType::likert);
  CHECK_THROWS_WITH_AS(load_saved_questionnaire(s, "other"),
                       doctest::Contains(": the questionnaire 'other' is not stored in this map; give questionnaire"),
                       InputError);
}
