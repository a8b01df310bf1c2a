// What a `feeds` cell means, and which questions may feed what.
#include <doctest/doctest.h>

#include "survey/feeds.hpp"
#include "tiny_questionnaire.hpp"

using namespace stakemap::survey;
using K = Feed::Kind;

namespace {
Feed parsed(const std::string& cell) {
  Feed f;
  auto problem = parse_feed(cell, f);
  CHECK_MESSAGE(problem.empty(), problem);
  return f;
}
std::string problem_of(const std::string& cell) {
  Feed f;
  return parse_feed(cell, f);
}
Question question(QuestionType type, std::vector<std::string> option_feeds = {}) {
  Question q;
  q.id = "Q";
  q.type = type;
  for (const auto& f : option_feeds) {
    Option o;
    o.code = "o-" + f;
    o.feeds = f;
    q.options.push_back(o);
  }
  return q;
}
std::string check(const Question& q, const std::string& feeds) {
  const Option* bad = nullptr;
  return check_feed(q, parsed(feeds), &bad);
}
}  // namespace

TEST_CASE("feeds: every kind of feed cell") {
  CHECK(parsed("").kind == K::none);
  Feed flows = parsed("flows:on-request");
  CHECK(flows.kind == K::flows);
  CHECK(flows.basis == "on-request");
  Feed reg = parsed("regularity");
  CHECK(reg.kind == K::regularity);
  CHECK(reg.facet == "regularity");
  Feed domains = parsed("domains");
  CHECK(domains.kind == K::codes);
  CHECK(domains.column == "domains");
  CHECK(domains.facet == "domain");
  CHECK(parsed("support_role").kind == K::code);
  CHECK(parsed("willing_to_share").kind == K::code);
  CHECK(parsed("territories").kind == K::territories);
  CHECK(parsed("name").kind == K::name);
  Feed attr = parsed("reason.monitor");
  CHECK(attr.kind == K::attribute);
  CHECK(attr.column == "reason.monitor");
  CHECK(attr.facet.empty());
  CHECK(parsed("obstacle").facet == "obstacle");  // an attribute named after a facet holds its codes
  // A parse starts afresh.
  Feed f = parsed("flows:voluntary");
  parse_feed("", f);
  CHECK(f.kind == K::none);
  CHECK(f.basis.empty());
}

TEST_CASE("feeds: bad feed cells say what is wrong") {
  CHECK(problem_of("flows:sometimes") == "unknown flow basis 'sometimes' (allowed: mandatory, voluntary, on-request)");
  CHECK(problem_of("id") == "column 'id' cannot be fed by a survey answer (ids, aliases and contacts are not asked)");
  CHECK(problem_of("contact_email").starts_with("column 'contact_email' cannot be fed"));
  CHECK(problem_of("Budget!") ==
        "'Budget!' is not a model field: use an organisations.csv column, flows:BASIS, regularity, or an attribute "
        "name (lower-case letters, digits, '_', '.', '-')");
  CHECK_FALSE(problem_of("1abc").empty());
}

TEST_CASE("feeds: which question types may feed what") {
  CHECK(check(question(QuestionType::open), "name").empty());
  CHECK(check(question(QuestionType::single), "name") == "only an open question can feed the name");
  CHECK(check(question(QuestionType::multiple), "domains").empty());
  CHECK(check(question(QuestionType::open), "domains") ==
        "an open question cannot feed 'domains' (use single or multiple)");
  CHECK(check(question(QuestionType::likert), "territories") ==
        "a likert question cannot feed 'territories' (use single or multiple)");
  Question multi = question(QuestionType::multiple);
  multi.feeds = "support_role";
  CHECK(check(multi, "support_role") ==
        "a multiple question cannot feed 'support_role' (one value: use single or scale)");
  CHECK(check(question(QuestionType::scale), "regularity").empty());
  CHECK(check(question(QuestionType::partners), "my.attribute") == "a partners question feeds flows, not an attribute");
  CHECK(check(question(QuestionType::likert), "my.attribute").empty());
  CHECK(check(question(QuestionType::partners), "flows:voluntary").empty());
  CHECK(check(question(QuestionType::multiple), "flows:voluntary") ==
        "only a partners question, or a single question whose option takes a text, can feed flows");
  Question two = question(QuestionType::partners);
  two.scopes = {"all", "refugees"};
  CHECK(check(two, "flows:mandatory") ==
        "a question feeding flows needs answer columns that are population codes, not 'refugees'");
}

TEST_CASE("feeds: option feeds must be codes of the facet; the bad option is named") {
  Question q = question(QuestionType::multiple, {"medical", "", "astrology"});
  const Option* bad = nullptr;
  auto problem = check_feed(q, parsed("domains"), &bad);
  CHECK(problem.starts_with("option 'o-astrology' feeds 'astrology', which is not a domain code (allowed: medical, "));
  REQUIRE(bad != nullptr);
  CHECK(bad == &q.options[2]);
  q.options.pop_back();
  CHECK(check_feed(q, parsed("domains"), &bad).empty());
  CHECK(bad == nullptr);
  Question levels = question(QuestionType::likert, {"astrology"});
  levels.options[0].level = true;  // Likert levels feed nothing
  CHECK(check_feed(levels, parsed("obstacle"), &bad).empty());
}

TEST_CASE("feeds: feed_of reads the question's own cell") {
  CHECK(feed_of(survey_test::tiny().questions[0]).kind == K::name);
  CHECK(feed_of(survey_test::tiny().questions[2]).kind == K::codes);
  CHECK(feed_of(survey_test::tiny().questions[1]).kind == K::none);
}
