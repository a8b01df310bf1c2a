// Survey answers and questionnaires in the store: written in a batch, reopened, read back.
#include <doctest/doctest.h>

#include "dataset/fixture.hpp"
#include "store/answers.hpp"

using stakemap::store::Store;
using stakemap::store::StoredAnswer;
using stakemap::store::Writer;
namespace store = stakemap::store;

namespace {
std::vector<std::string> rows(const std::vector<StoredAnswer>& answers) {
  std::vector<std::string> out;
  for (const auto& a : answers)
    out.push_back(a.respondent + " " + a.org + " " + a.question + " " + a.scope + " " + a.value + " [" + a.other_text +
                  "]");
  return out;
}
}  // namespace

TEST_CASE("answers: by questionnaire, ordered by respondent then as written; cleared per respondent") {
  test::TempDir dir;
  auto path = dir / "m.db";
  {
    Store s(path, Store::Mode::write);
    CHECK(store::stored_questionnaires(s).empty());
    CHECK_FALSE(store::questionnaire_text(s, "q1"));
    Writer w(s, "survey import", "r.csv");
    store::save_questionnaire(w, "q1", "first text");
    store::save_questionnaire(w, "q1", "questionnaire text");  // replaces the earlier one
    w.put_answer("q1", "r2", "org-b", "Q1", "all", "B", "");
    w.put_answer("q1", "r1", "org-a", "Q5", "all", "legal", "");
    w.put_answer("q1", "r1", "org-a", "Q5", "all", "other", "free text");
    w.put_answer("q1", "r3", "org-c", "Q1", "all", "C", "");
    w.put_answer("q0", "r1", "org-a", "Q1", "ukraine", "A", "");
    w.commit("answers");
  }
  {
    Store s(path, Store::Mode::read);
    CHECK(store::stored_questionnaires(s) == std::vector<std::string>{"q0", "q1"});
    CHECK(store::questionnaire_text(s, "q1") == "questionnaire text");
    CHECK_FALSE(store::questionnaire_text(s, "q0"));
    CHECK(rows(store::answers(s, "q1")) == std::vector<std::string>{"r1 org-a Q5 all legal []",
                                                                    "r1 org-a Q5 all other [free text]",
                                                                    "r2 org-b Q1 all B []", "r3 org-c Q1 all C []"});
    CHECK(rows(store::answers(s, "q0")) == std::vector<std::string>{"r1 org-a Q1 ukraine A []"});
    CHECK(store::answers(s, "none").empty());
  }
  {
    Store s(path, Store::Mode::write);
    Writer w(s, "survey import", "r.csv");
    store::clear_answers(w, "q1", {"r1", "r3", "r1", "nobody"});  // other questionnaires keep theirs
    w.commit("cleared");
  }
  Store s(path, Store::Mode::read);
  CHECK(rows(store::answers(s, "q1")) == std::vector<std::string>{"r2 org-b Q1 all B []"});
  CHECK(rows(store::answers(s, "q0")) == std::vector<std::string>{"r1 org-a Q1 ukraine A []"});
}

TEST_CASE("answers: clearing in a batch that is not committed changes nothing") {
  test::TempDir dir;
  auto path = dir / "m.db";
  Store s(path, Store::Mode::write);
  {
    Writer w(s, "survey import", "r.csv");
    w.put_answer("q1", "r1", "org-a", "Q1", "all", "A", "");
    w.commit("");
  }
  {
    Writer w(s, "survey import", "r.csv");
    store::clear_answers(w, "q1", {"r1"});
    store::save_questionnaire(w, "q1", "text");
  }
  CHECK(store::answers(s, "q1").size() == 1);
  CHECK_FALSE(store::questionnaire_text(s, "q1"));
}
