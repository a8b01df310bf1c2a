// Recommended links on a hand-made map: which pairs qualify, their Jaccards and scores (by
// hand), the ranking and its ties, the filters and weights, the reason in words.
#include <doctest/doctest.h>

#include "analysis/recommended_links.hpp"
#include "core/errors.hpp"

using namespace stakemap;

namespace {

model::Organisation org(const std::string& id, std::vector<std::string> territories, std::vector<std::string> domains,
                        std::vector<std::string> publics, std::vector<std::string> services = {}) {
  model::Organisation o;
  o.id = id;
  o.name = "Org " + id;
  o.territories = std::move(territories);
  o.domains = std::move(domains);
  o.publics = std::move(publics);
  o.services = std::move(services);
  return o;
}

model::Flow flow(const std::string& from, const std::string& to, const std::string& status) {
  model::Flow f;
  f.from = from;
  f.to = to;
  f.status = status;
  return f;
}

// Area X with leaves x1, x2. Pairs by hand (leaves, domains, publics, services -> score):
//  a-b 1/2, 1/2, 1, 1/2 -> 0.625     b-c 1/2, 1, 1, 0 -> 0.625     b-f 1, 1, 1, 0 -> 0.75
//  c-f 1/2, 1, 1, 0 -> 0.625         e-f 1/2, 1, 1, 0 -> 0.625     a-f 1/2, 1/2, 1, 0 -> 0.5
//  a-c, c-e: no shared leaf; d: no domain but `other`; a-e, b-e: a flow (blocked, desired).
model::Map fixture() {
  model::Map m;
  model::Territory x, x1, x2;
  x.id = "X";
  x.name = "Area X";
  x.name_fr = "Zone X";
  x.kind = "area";
  x1.id = "x1";
  x1.name = "One";
  x1.kind = "municipality";
  x1.parents = {"X"};
  x2.id = "x2";
  x2.name = "Two";
  x2.kind = "municipality";
  x2.parents = {"X"};
  m.territories = {x, x1, x2};
  m.organisations = {org("a", {"x1"}, {"medical", "legal"}, {"refugees"}, {"housing"}),
                     org("b", {"X"}, {"medical"}, {"refugees", "other"}, {"housing", "mobility"}),
                     org("c", {"x2"}, {"medical"}, {"refugees"}),
                     org("d", {"x1"}, {"other"}, {"refugees"}),
                     org("e", {"x1"}, {"medical"}, {"refugees"}),
                     org("f", {"x1", "x2"}, {"medical"}, {"refugees"})};
  m.flows = {flow("a", "e", "blocked"), flow("e", "b", "desired"), flow("a", "ghost", "active")};
  m.reindex();
  return m;
}

std::vector<std::pair<std::string, std::string>> pairs(const model::Map& m,
                                                       const std::vector<analysis::RecommendedLink>& ls) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& l : ls) out.emplace_back(m.organisations[l.a].id, m.organisations[l.b].id);
  return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("recommended links: the qualifying pairs, ranked by score then a then b") {
  auto m = fixture();
  auto links = analysis::recommend_links(m);
  CHECK(pairs(m, links) == Pairs{{"b", "f"}, {"a", "b"}, {"b", "c"}, {"c", "f"}, {"e", "f"}, {"a", "f"}});
  REQUIRE(links.size() == 6);
  CHECK(links[0].score == 0.75);
  const auto& ab = links[1];
  CHECK(ab.score == 0.625);
  CHECK(ab.territory == 0.5);
  CHECK(ab.domain == 0.5);
  CHECK(ab.publics == 1);
  CHECK(ab.services == 0.5);
  CHECK(ab.shared_leaves == std::vector<int>{1});
  CHECK(ab.shared_domains == std::vector<std::string>{"medical"});
  CHECK(ab.shared_publics == std::vector<std::string>{"refugees"});
  CHECK(ab.shared_services == std::vector<std::string>{"housing"});
  CHECK(links[5].score == 0.5);
  CHECK(links[3].services == 0);  // neither offers a service: 0, not a division by zero
}

TEST_CASE("recommended links: the reason names what they share and the place") {
  auto m = fixture();
  auto links = analysis::recommend_links(m);
  // Shared leaves x1 and x2 are exactly the leaves of X: the place is X.
  CHECK(links[0].reason == "both work in medical services for refugees in Area X; they exchange nothing");
  CHECK(links[1].reason ==
        "both work in medical services for refugees in One; both offer housing; they exchange nothing");
  analysis::RecommendOptions fr;
  fr.lang = i18n::Lang::fr;
  auto fr_links = analysis::recommend_links(m, fr);
  CHECK(fr_links[0].reason ==
        "tous deux travaillent en services médicaux pour réfugiés, zone commune : Zone X ; ils n'échangent rien");
}

TEST_CASE("recommended links: shared codes in taxonomy order, several listed with 'and N more'") {
  model::Map m = fixture();
  m.organisations = {org("p", {"x1"}, {"labour", "medical", "legal", "social", "education"}, {"refugees"}),
                     org("q", {"x1"}, {"education", "legal", "medical", "social", "labour"}, {"refugees"})};
  m.flows.clear();
  m.reindex();
  auto links = analysis::recommend_links(m);
  REQUIRE(links.size() == 1);
  CHECK(links[0].score == 1.0 * 3 / 4);  // services 0
  CHECK(links[0].shared_domains == std::vector<std::string>{"medical", "legal", "social", "education", "labour"});
  CHECK(links[0].reason.starts_with(
      "both work in medical services, justice and legal affairs, social services and social orientation and 2 more "
      "for refugees in One"));
}

TEST_CASE("recommended links: minimum score, limit, actor filter and weights") {
  auto m = fixture();
  analysis::RecommendOptions o;
  o.min_score = 0.6;
  CHECK(pairs(m, analysis::recommend_links(m, o)) == Pairs{{"b", "f"}, {"a", "b"}, {"b", "c"}, {"c", "f"}, {"e", "f"}});
  o = {};
  o.limit = 2;
  CHECK(pairs(m, analysis::recommend_links(m, o)) == Pairs{{"b", "f"}, {"a", "b"}});
  o = {};
  m.organisations[1].support_role = "first-line";  // b
  m.organisations[5].support_role = "both";        // f
  m.organisations[0].support_role = "secondary";   // a
  o.actors.role = "first-line";
  CHECK(pairs(m, analysis::recommend_links(m, o)) == Pairs{{"b", "f"}});
  o = {};
  o.weight_service = 0;
  auto w = analysis::recommend_links(m, o);
  // Without services: b-f 1; b-c, c-f, e-f (1/2 + 1 + 1) / 3; a-b, a-f (1/2 + 1/2 + 1) / 3.
  CHECK(pairs(m, w) == Pairs{{"b", "f"}, {"b", "c"}, {"c", "f"}, {"e", "f"}, {"a", "b"}, {"a", "f"}});
  CHECK(w[0].score == 1.0);
  CHECK(w[1].score == doctest::Approx(2.5 / 3.0));
  CHECK(w[4].score == doctest::Approx(2.0 / 3.0));
}

TEST_CASE("recommended links: bad options are usage errors") {
  auto m = fixture();
  analysis::RecommendOptions o;
  o.weight_domain = -1;
  CHECK_THROWS_WITH_AS(analysis::recommend_links(m, o),
                       "recommended-link weights must be non-negative with a positive sum", UsageError);
  o = {};
  o.weight_territory = o.weight_domain = o.weight_public = o.weight_service = 0;
  CHECK_THROWS_AS(analysis::recommend_links(m, o), UsageError);
  o = {};
  o.actors.population = "martians";
  CHECK_THROWS_AS(analysis::recommend_links(m, o), UsageError);
}

TEST_CASE("recommended links: the table has one row per link with ids and numbers") {
  auto m = fixture();
  auto links = analysis::recommend_links(m);
  Table t = analysis::recommended_links_table(m, links);
  CHECK(t.columns == std::vector<std::string>{"a", "b", "score", "territory", "domain", "public", "service", "reason"});
  REQUIRE(t.rows.size() == links.size());
  CHECK(t.rows[1][0] == Cell{std::string("a")});
  CHECK(t.rows[1][1] == Cell{std::string("b")});
  CHECK(t.rows[1][2] == Cell{0.625});
  CHECK(t.rows[1][6] == Cell{0.5});
  CHECK(t.rows[1][7] == Cell{links[1].reason});
  CHECK(analysis::recommended_links_table(m, {}).rows.empty());
}
