// Reading a survey export with the tiny questionnaire: answers of every type, metadata
// columns, and each problem reported at file:line:column.
#include <doctest/doctest.h>

#include <sstream>

#include "survey/reader.hpp"
#include "survey_helpers.hpp"
#include "tiny_questionnaire.hpp"

using namespace stakemap;
using namespace stakemap::survey;
using survey_test::tiny;

namespace {
ResponseFile read(const std::string& csv, dataset::Diagnostics& d) {
  std::istringstream in(csv);
  return read_responses(in, "r.csv", tiny(), nullptr, d);
}
}  // namespace

TEST_CASE("survey reader: answers of every type, metadata, and columns as read") {
  dataset::Diagnostics d;
  auto f = read(
      "respondent,org,language,Q1,Q2,Q3:all,Q3:ukraine,Q4,Q5:ukraine,Q6\n"
      "r1,org-a,FR,\"  Name, \"\"A\"\" \",yes,medical|legal,legal,speed=high;cost=low,b,Shelter Aid;nobody\n"
      "r2,,,=cmd,,,,,,\n",
      d);
  CHECK(survey_test::text_of(d) == "");
  REQUIRE(f.responses.size() == 2);
  REQUIRE(f.columns.size() == 10);
  CHECK(f.columns[3].first == "Q1");
  CHECK(f.columns[3].second.question == 0);
  CHECK(f.columns[6].second.scope == 1);
  const auto& r = f.responses[0];
  CHECK(r.line == 2);
  CHECK(r.respondent == "r1");
  CHECK(r.org == "org-a");
  CHECK(r.language == "fr");
  CHECK(r.at(0).text == "Name, \"A\"");  // trimmed
  CHECK(r.at(1).options == std::vector<int>{0});
  CHECK(r.at(2, 0).options == std::vector<int>{0, 1});
  CHECK(r.at(2, 1).options == std::vector<int>{1});
  CHECK(r.at(3).levels == std::map<int, int>{{0, 3}, {1, 2}});
  CHECK(r.at(4, 1).options == std::vector<int>{1});
  CHECK_FALSE(r.at(4, 0).given);
  CHECK(r.at(5).options == std::vector<int>{0});
  CHECK(r.at(5).items == std::vector<std::string>{"Shelter Aid"});
  CHECK(r.at(2, 0).where.str() == "r.csv:2:34");  // the first cell of the answer
  const auto& r2 = f.responses[1];
  CHECK(r2.line == 3);
  CHECK(r2.respondent == "r2");
  CHECK(r2.org.empty());
  CHECK(r2.at(0).text == "=cmd");
}

TEST_CASE("survey reader: answers the skip logic did not ask are errors that say why") {
  dataset::Diagnostics d;
  read(
      "Q2,Q3:all,Q5:all,Q5:ukraine\n"
      "no,medical,a,b\n",
      d);
  CHECK(survey_test::text_of(d) ==
        "r.csv:2:4: error: Q3 [all] is answered but was not asked: Q2 = no (skip logic: asked only if Q2=yes)\n"
        "r.csv:2:12: error: Q5 [all] is answered but was not asked: Q3 [all] was not asked either (skip logic: asked "
        "only if all: Q3=medical; ukraine: Q2!=no)\n"
        "r.csv:2:14: error: Q5 [ukraine] is answered but was not asked: Q2 = no (skip logic: asked only if all: "
        "Q3=medical; ukraine: Q2!=no)\n");
}

TEST_CASE("survey reader: bad values, two answers to a single question, extra fields") {
  dataset::Diagnostics d;
  auto f = read(
      "Q1,Q2,Q3:all\n"
      "A,maybe,medical\n"
      "B,yes|no,\n"
      "C,yes,medical,extra\n",
      d);
  CHECK(f.responses.size() == 3);
  auto text = survey_test::text_of(d);
  CAPTURE(text);
  CHECK(text.find("r.csv:2:3: error: ") != std::string::npos);
  CHECK(text.find("maybe") != std::string::npos);
  CHECK(text.find("r.csv:3:3: error: ") != std::string::npos);
  CHECK(text.find("r.csv:4:15: error: record has 4 fields but the header has 3\n") != std::string::npos);
  CHECK(d.errors() == 3);
}

TEST_CASE("survey reader: header problems") {
  {
    dataset::Diagnostics d;
    auto f = read("", d);
    CHECK(survey_test::text_of(d) == "r.csv:1: error: empty file: a header row is needed\n");
    CHECK(f.responses.empty());
  }
  {
    dataset::Diagnostics d;
    auto f = read("respondent,colour\nr1,blue\n", d);
    auto text = survey_test::text_of(d);
    CHECK(text.find("r.csv:1:12: warning: column 'colour' is not read: ") != std::string::npos);
    CHECK(text.find("r.csv:1: error: no column of the header is a question of questionnaire 'tiny' (see `stakemap "
                    "survey questions`)\n") != std::string::npos);
    CHECK(f.responses.empty());
  }
  {
    dataset::Diagnostics d;
    read("Q2,Q1,q2\nyes,A,yes\n", d);
    CHECK(survey_test::text_of(d).find("r.csv:1:7: error: column 'q2' holds the same answer as column 1 ('Q2')") !=
          std::string::npos);
  }
}
