// Answers in memory and the skip logic: asked, not asked or unknown per question and answer
// column, and why a question was not asked.
#include <doctest/doctest.h>

#include "survey/response.hpp"
#include "tiny_questionnaire.hpp"

using namespace stakemap::survey;
using survey_test::tiny;

namespace {
constexpr int Q2 = 1, Q3 = 2, Q5 = 4;
constexpr int kAll = 0, kUkraine = 1;

Response fresh() { return Response{}; }
}  // namespace

TEST_CASE("response: only the answers given are held; choose adds once") {
  Response r = fresh();
  const Response& seen = r;
  CHECK_FALSE(seen.at(Q3, kUkraine).given);  // reading does not add an answer
  CHECK(r.answers.empty());
  CHECK(r.find(Q3, kUkraine) == nullptr);
  Answer& a = r.at(Q3, kUkraine);
  CHECK_FALSE(a.given);
  a.choose(1);
  a.choose(0);
  a.choose(1);
  CHECK(a.given);
  CHECK(a.options == std::vector<int>{1, 0});
  CHECK(a.has(0));
  CHECK_FALSE(a.has(2));
  CHECK(r.find(Q3, kUkraine) == &a);
  CHECK_FALSE(seen.at(Q3, kAll).given);
  CHECK(r.answers.size() == 1);
}

TEST_CASE("response: nothing answered leaves the conditional questions unknown, hence asked") {
  Response r = fresh();
  auto st = asked(tiny(), r);
  CHECK(st[0][0] == Asked::yes);
  CHECK(st[Q3] == std::vector<Asked>{Asked::unknown, Asked::unknown});
  CHECK(st[Q5] == std::vector<Asked>{Asked::unknown, Asked::unknown});
  CHECK(why_not_asked(tiny(), r, Q3, kAll, st) == "skip logic");  // it was not ruled out
}

TEST_CASE("response: a 'no' rules out the questions below it, in each column") {
  Response r = fresh();
  r.at(Q2).choose(1);  // no
  auto st = asked(tiny(), r);
  CHECK(st[Q3] == std::vector<Asked>{Asked::no, Asked::no});
  CHECK(st[Q5] == std::vector<Asked>{Asked::no, Asked::no});
  CHECK(why_not_asked(tiny(), r, Q3, kAll, st) == "Q2 = no");
  CHECK(why_not_asked(tiny(), r, Q5, kAll, st) == "Q3 [all] was not asked either");
  CHECK(why_not_asked(tiny(), r, Q5, kUkraine, st) == "Q2 = no");  // Q2 != no is false
}

TEST_CASE("response: a clause looks at the same answer column of the question it tests") {
  Response r = fresh();
  r.at(Q2).choose(0);        // yes
  r.at(Q3, kAll).choose(1);  // legal only
  r.at(Q3, kUkraine).choose(0);
  auto st = asked(tiny(), r);
  CHECK(st[Q3] == std::vector<Asked>{Asked::yes, Asked::yes});
  CHECK(st[Q5] == std::vector<Asked>{Asked::no, Asked::yes});
  CHECK(why_not_asked(tiny(), r, Q5, kAll, st) == "Q3 [all] = legal");
  r.at(Q3, kAll).choose(2);
  CHECK(why_not_asked(tiny(), r, Q5, kAll, asked(tiny(), r)) == "Q3 [all] = legal|other");
  r.at(Q3, kAll).choose(0);  // medical too
  CHECK(asked(tiny(), r)[Q5][kAll] == Asked::yes);
}

TEST_CASE("response: an answer given with no option (a text only) counts as unknown") {
  Response r = fresh();
  r.at(Q2).given = true;  // e.g. only a comment
  auto st = asked(tiny(), r);
  CHECK(st[Q3][kAll] == Asked::unknown);
}
