// What-if scenarios: the words parsed, each edit applied to a map in memory (hub ids, flows
// and territories, removals with their flows and needs, lifted obstacles, desired flows made
// active and merged with the active ones), the log, and the error messages.
#include <doctest/doctest.h>

#include "analysis/scenario.hpp"
#include "core/errors.hpp"

using namespace stakemap;
using analysis::Scenario;

namespace {

model::Flow flow(const std::string& from, const std::string& to, const std::string& status = "active",
                 std::vector<std::string> obstacles = {}) {
  model::Flow f;
  f.from = from;
  f.to = to;
  f.status = status;
  f.obstacles = std::move(obstacles);
  return f;
}

model::Map fixture() {
  model::Map m;
  for (const char* id : {"a", "b", "c", "hub"}) {
    model::Organisation o;
    o.id = id;
    o.willing = std::string(id) == "b" ? "no" : "yes";
    m.organisations.push_back(o);
  }
  m.organisations[0].territories = {"t1", "t2"};
  m.organisations[1].territories = {"t2", "t3"};
  m.organisations[2].territories = {"t1"};
  m.flows = {flow("a", "b"), flow("b", "c", "blocked", {"gdpr"}), flow("c", "a", "blocked", {"gdpr", "no-trust"}),
             flow("a", "b", "desired"), flow("b", "a", "desired")};
  model::Need n1, n2;
  n1.territory = n2.territory = "t1";
  n1.need = n2.need = "housing";
  n1.reported_by = "b";
  n2.reported_by = "c";
  m.needs = {n1, n2};
  return m;  // not indexed: apply_scenarios indexes it
}

std::vector<std::string> arcs(const model::Map& m) {
  std::vector<std::string> out;
  for (const auto& f : m.flows) out.push_back(f.from + ">" + f.to + ":" + f.status);
  return out;
}

}  // namespace

TEST_CASE("scenario: words parse into scenarios; describe says what each does") {
  auto s = analysis::parse_scenarios({"add-hub", "Platform \"X\"", "--members", "a,b", "remove", "a", "lift", "gdpr",
                                      "activate-desired", "add-hub", "Y", "--members=all", "add-hub", "Z"});
  REQUIRE(s.size() == 6);
  CHECK(s[0].kind == Scenario::Kind::add_hub);
  CHECK(s[0].argument == "Platform \"X\"");
  CHECK(s[0].members == "a|b");
  CHECK(s[0].describe() == "add-hub \"Platform \"X\"\" (members: a|b)");
  CHECK(s[1].describe() == "remove a");
  CHECK(s[2].describe() == "lift gdpr");
  CHECK(s[3].describe() == "activate-desired");
  CHECK(s[4].members == "all");
  CHECK(s[5].members == "willing");
}

TEST_CASE("scenario: bad words are usage errors that say what is missing") {
  CHECK_THROWS_WITH_AS(analysis::parse_scenarios({}), "whatif needs at least one scenario", UsageError);
  CHECK_THROWS_WITH_AS(analysis::parse_scenarios({"remove"}), "remove needs an organisation id", UsageError);
  CHECK_THROWS_WITH_AS(analysis::parse_scenarios({"lift", "--x"}), "lift needs an obstacle code", UsageError);
  CHECK_THROWS_WITH_AS(analysis::parse_scenarios({"add-hub"}), "add-hub needs a NAME", UsageError);
  CHECK_THROWS_WITH_AS(analysis::parse_scenarios({"add-hub", "H", "--members"}),
                       "add-hub needs willing, all or a list of organisation ids", UsageError);
  try {
    analysis::parse_scenarios({"teleport"});
    FAIL("no error");
  } catch (const OptionError& e) {
    CHECK(std::string(e.what()) ==
          "unknown scenario 'teleport' (allowed: add-hub NAME [members willing|all|IDS], remove ORG, stop-sharing ORG, "
          "lift "
          "OBSTACLE, activate-desired)");
    CHECK(e.fields() == std::vector<std::string>{"members"});
  }
}

TEST_CASE("scenario: a hub of the willing takes the first free id, their territories and two flows each") {
  auto m = fixture();
  auto log = analysis::apply_scenarios(
      m, analysis::parse_scenarios({"add-hub", "Platform", "add-hub", "Second", "--members", "b"}));
  REQUIRE(m.organisations.size() == 6);
  const auto& hub = m.organisations[4];
  CHECK(hub.id == "hub-2");  // "hub" is taken
  CHECK(hub.name == "Platform");
  CHECK(hub.kind == "other");
  CHECK(hub.willing == "yes");
  CHECK(hub.territories == std::vector<std::string>{"t1", "t2"});  // a, c and hub: each territory once
  CHECK(m.organisations[5].id == "hub-3");
  CHECK(m.organisations[5].territories == std::vector<std::string>{"t2", "t3"});
  CHECK(m.org_index("hub-3") == 5);  // reindexed
  // The members of the first hub are a, c, hub (willing); hub-2 is willing too but added after.
  auto got = arcs(m);
  CHECK(std::vector<std::string>(got.begin() + 5, got.end()) ==
        std::vector<std::string>{"a>hub-2:active", "hub-2>a:active", "c>hub-2:active", "hub-2>c:active",
                                 "hub>hub-2:active", "hub-2>hub:active", "b>hub-3:active", "hub-3>b:active"});
  const auto& f = m.flows[5];
  CHECK(f.basis == "voluntary");
  CHECK(f.regularity == "regular");
  CHECK(f.source == "whatif");
  CHECK(log.lines == std::vector<std::string>{"added hub 'hub-2' (Platform) with 3 members sharing both ways",
                                              "added hub 'hub-3' (Second) with 1 members sharing both ways"});
  CHECK_THROWS_WITH_AS(analysis::apply_scenarios(m, analysis::parse_scenarios({"add-hub", "H", "--members", "a,zz"})),
                       "add-hub: unknown organisation 'zz' in members", InputError);
}

TEST_CASE("scenario: remove drops the organisation, its flows both ways and the needs it reported") {
  auto m = fixture();
  auto log = analysis::apply_scenarios(m, analysis::parse_scenarios({"remove", "b"}));
  CHECK(m.org_index("b") == -1);
  CHECK(m.org_index("c") == 1);
  CHECK(arcs(m) == std::vector<std::string>{"c>a:blocked"});
  REQUIRE(m.needs.size() == 1);
  CHECK(m.needs[0].reported_by == "c");
  CHECK(log.lines == std::vector<std::string>{"removed 'b' and its 4 flows"});
  CHECK_THROWS_WITH_AS(analysis::apply_scenarios(m, analysis::parse_scenarios({"remove", "b"})),
                       "remove: unknown organisation 'b'", InputError);
}

TEST_CASE("scenario: lift activates only flows blocked by that obstacle alone") {
  auto m = fixture();
  auto log = analysis::apply_scenarios(m, analysis::parse_scenarios({"lift", "gdpr"}));
  CHECK(arcs(m) == std::vector<std::string>{"a>b:active", "b>c:active", "c>a:blocked", "a>b:desired", "b>a:desired"});
  CHECK(m.flows[1].obstacles.empty());
  CHECK(m.flows[2].obstacles == std::vector<std::string>{"gdpr", "no-trust"});
  CHECK(log.lines ==
        std::vector<std::string>{"lifted 'gdpr': 1 blocked flows whose only obstacle it was become active"});
  try {
    analysis::apply_scenarios(m, analysis::parse_scenarios({"lift", "bureaucracy"}));
    FAIL("no error");
  } catch (const InputError& e) {
    std::string what = e.what();
    CHECK(what.starts_with("lift: unknown obstacle 'bureaucracy' (allowed: duplication, no-mission,"));
  }
}

TEST_CASE("scenario: activate-desired merges a flow made active into the same active flow") {
  auto m = fixture();
  m.flows[3].note = "the desired one";
  auto log = analysis::apply_scenarios(m, analysis::parse_scenarios({"activate-desired"}));
  // a>b desired became a duplicate of the active a>b: the first is kept; b>a is new.
  CHECK(arcs(m) == std::vector<std::string>{"a>b:active", "b>c:blocked", "c>a:blocked", "b>a:active"});
  CHECK(m.flows[0].note.empty());
  CHECK(log.lines == std::vector<std::string>{"activated 2 desired flows"});
}

TEST_CASE("scenario: scenarios compose in order") {
  auto m = fixture();
  auto log = analysis::apply_scenarios(m, analysis::parse_scenarios({"remove", "hub", "add-hub", "H", "lift", "gdpr"}));
  CHECK(m.organisations.back().id == "hub");  // the id is free again once removed
  CHECK(log.lines.size() == 3);
  CHECK(log.lines[1] == "added hub 'hub' (H) with 2 members sharing both ways");
}

TEST_CASE("scenario: only flows equal in from, to, status, basis and population merge; the others keep their order") {
  auto m = fixture();
  m.flows.push_back(flow("a", "b", "desired"));
  m.flows.back().basis = "legal";  // differs in basis: stays
  m.flows.push_back(flow("a", "b", "desired"));
  m.flows.back().population = "adults";          // differs in population: stays
  m.flows.push_back(flow("b", "a", "desired"));  // a second b>a: merges into the first
  m.flows.push_back(flow("c", "b", "active"));
  m.flows.back().note = "last";
  analysis::apply_scenarios(m, analysis::parse_scenarios({"activate-desired"}));
  CHECK(arcs(m) == std::vector<std::string>{"a>b:active", "b>c:blocked", "c>a:blocked", "b>a:active", "a>b:active",
                                            "a>b:active", "c>b:active"});
  CHECK(m.flows[4].basis == "legal");
  CHECK(m.flows[5].population == "adults");
  CHECK(m.flows[6].note == "last");
}
