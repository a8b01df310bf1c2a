// survey/voluntary_sharing: the questions that say who shares voluntarily and who works in silo
// are found by what they feed, not by their ids; a map without answers says nothing.
#include <doctest/doctest.h>

#include "store/writer.hpp"
#include "survey/answer_store.hpp"
#include "survey/voluntary_sharing.hpp"

using namespace stakemap;

TEST_CASE("voluntary sharing: the bundled questionnaire's Q28 and Q29") {
  auto q = survey::Questionnaire::load("be-needs-assessment-2022");
  auto found = survey::sharing_questions(q);
  REQUIRE(found.reason >= 0);
  REQUIRE(found.sharing >= 0);
  CHECK(q.questions[found.reason].id == "Q29");
  CHECK(q.questions[found.sharing].id == "Q28");
}

TEST_CASE("voluntary sharing: a questionnaire without those questions, and a map without answers") {
  auto q = survey::Questionnaire::load("be-needs-assessment-2022");
  for (auto& question : q.questions) question.feeds.clear();
  auto found = survey::sharing_questions(q);
  CHECK(found.reason == -1);
  CHECK(found.sharing == -1);
  auto s = store::Store::in_memory();
  auto said = survey::voluntary_sharing(s);
  CHECK(said.said_silo.empty());
  CHECK(said.shares.empty());
}

TEST_CASE("voluntary sharing: who said work in silo, who says it shares, from the stored answers") {
  auto q = survey::Questionnaire::load("be-needs-assessment-2022");
  auto found = survey::sharing_questions(q);
  const auto& reason = q.questions[found.reason];
  const auto& sharing = q.questions[found.sharing];
  auto respondent = [&](const std::string& id, const std::string& org) {
    survey::Response r;
    r.respondent = id;
    r.org = org;
    return r;
  };
  auto silo = respondent("r1", "org-silo");  // "work in silo" in the ukraine column only
  silo.at(found.reason, reason.scope("ukraine")).choose(reason.option("silo"));
  auto regular = respondent("r2", "org-shares");
  regular.at(found.sharing, 0).choose(sharing.option("regular"));
  auto no = respondent("r3", "org-no");
  no.at(found.sharing, 0).choose(sharing.option("no"));
  no.at(found.reason, 0).choose(reason.option("gdpr"));
  auto s = store::Store::in_memory();
  store::Writer w(s, "test", "");
  survey::save_questionnaire(w, q);
  survey::write_answers(w, q, {silo, regular, no});
  w.commit("answers");
  auto said = survey::voluntary_sharing(s);
  CHECK(said.said_silo == std::set<std::string>{"org-silo"});
  CHECK(said.shares == std::set<std::string>{"org-shares"});
}
