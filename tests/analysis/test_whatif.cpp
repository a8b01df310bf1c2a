#include <doctest/doctest.h>

#include "analysis/map_comparison.hpp"
#include "analysis/parallel.hpp"
#include "analysis/whatif.hpp"
#include "core/errors.hpp"

using namespace stakemap;

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

// Two pairs a-b and c-d, plus e alone; c and e are willing to share.
model::Map fixture() {
  model::Map m;
  for (const char* id : {"a", "b", "c", "d", "e"}) {
    model::Organisation o;
    o.id = id;
    o.name = std::string("Org ") + id;
    o.willing = (o.id == "c" || o.id == "e" || o.id == "a") ? "yes" : "no";
    m.organisations.push_back(o);
  }
  m.flows = {flow("a", "b"), flow("c", "d"), flow("b", "c", "blocked", {"gdpr"}),
             flow("d", "e", "blocked", {"gdpr", "no-trust"}), flow("e", "a", "desired")};
  m.reindex();
  return m;
}
// Organisations o0 ... o{n-1}, each sharing with the next around a ring.
model::Map ring(int n) {
  model::Map m;
  for (int i = 0; i < n; ++i) {
    model::Organisation o;
    o.id = o.name = "o" + std::to_string(i);
    m.organisations.push_back(o);
    m.flows.push_back(flow(o.id, "o" + std::to_string((i + 1) % n)));
  }
  m.reindex();
  return m;
}
}  // namespace

TEST_CASE("whatif: measures of the fixture") {
  auto m = fixture();
  auto before = analysis::measure(m, graph::Layer{});
  CHECK(before.organisations == 5);
  CHECK(before.flows == 2);
  CHECK(before.weak_components == 3);
  CHECK(before.largest_component_share == doctest::Approx(0.4));
  CHECK(before.average_path_length == doctest::Approx(1.0));
}

TEST_CASE("whatif: a hub of the willing joins their components") {
  auto m = fixture();
  auto r = analysis::what_if(m, analysis::parse_scenarios({"add-hub", "Platform"}), graph::Layer{});
  CHECK(r.after.organisations == 6);
  CHECK(r.after.flows == 2 + 2 * 3);  // a, c, e each share both ways with the hub
  CHECK(r.after.weak_components == 1);
  CHECK(r.after.largest_component_share == doctest::Approx(1.0));
  CHECK(m.organisations.size() == 5);  // the original map is untouched
  const auto* hub = r.map_after.org("hub");
  REQUIRE(hub != nullptr);
  CHECK(hub->name == "Platform");
}

TEST_CASE("whatif: hub members by list, and unknown members") {
  auto m = fixture();
  auto r = analysis::what_if(m, analysis::parse_scenarios({"add-hub", "P", "--members", "b,d"}), graph::Layer{});
  CHECK(r.after.weak_components == 2);  // {a, b, c, d, hub} and {e}
  CHECK_THROWS_AS(analysis::what_if(m, analysis::parse_scenarios({"add-hub", "P", "--members", "zz"}), graph::Layer{}),
                  InputError);
}

TEST_CASE("whatif: lift turns active only flows blocked by that obstacle alone") {
  auto m = fixture();
  auto r = analysis::what_if(m, analysis::parse_scenarios({"lift", "gdpr"}), graph::Layer{});
  CHECK(r.after.flows == 3);            // b -> c only; d -> e is also blocked by no-trust
  CHECK(r.after.weak_components == 2);  // {a, b, c, d} and {e}
  CHECK_THROWS_AS(analysis::what_if(m, analysis::parse_scenarios({"lift", "nonsense"}), graph::Layer{}), InputError);
}

TEST_CASE("whatif: activate-desired and remove compose in order") {
  auto m = fixture();
  auto r = analysis::what_if(m, analysis::parse_scenarios({"activate-desired", "remove", "b"}), graph::Layer{});
  CHECK(r.after.organisations == 4);
  CHECK(r.after.flows == 2);  // c -> d and e -> a remain active
  CHECK(r.after.weak_components == 2);
  CHECK_THROWS_AS(analysis::what_if(m, analysis::parse_scenarios({"remove", "zz"}), graph::Layer{}), InputError);
}

TEST_CASE("whatif: scenario words are checked") {
  CHECK_THROWS_AS(analysis::parse_scenarios({}), UsageError);
  CHECK_THROWS_AS(analysis::parse_scenarios({"explode"}), UsageError);
  CHECK_THROWS_AS(analysis::parse_scenarios({"remove"}), UsageError);
  auto s = analysis::parse_scenarios({"add-hub", "X", "--members=all", "activate-desired"});
  REQUIRE(s.size() == 2);
  CHECK(s[0].members == "all");
  CHECK(s[1].kind == analysis::Scenario::Kind::activate_desired);
}

TEST_CASE("whatif: stop-sharing drops only outgoing flows; the organisations cut off are listed") {
  // A chain a -> b -> c -> d, with d -> c back: b is the bridge of the largest component.
  model::Map m;
  for (const char* id : {"a", "b", "c", "d"}) {
    model::Organisation o;
    o.id = o.name = id;
    m.organisations.push_back(o);
  }
  m.flows = {flow("a", "b"), flow("b", "c"), flow("c", "d"), flow("d", "c")};
  m.reindex();
  auto stop = analysis::what_if(m, analysis::parse_scenarios({"stop-sharing", "b"}), graph::Layer{});
  CHECK(stop.after.flows == 3);  // a -> b stays: b still receives
  CHECK(stop.map_after.flows.size() == 3);
  CHECK(stop.cut_off == std::vector<std::string>{"c", "d"});  // two pairs: the largest is a-b (ties: first node)
  auto removed = analysis::what_if(m, analysis::parse_scenarios({"remove", "c"}), graph::Layer{});
  CHECK(removed.cut_off == std::vector<std::string>{"d"});  // c itself is gone, not listed
  auto none = analysis::what_if(m, analysis::parse_scenarios({"stop-sharing", "d"}), graph::Layer{});
  CHECK(none.cut_off.empty());
  CHECK_THROWS_AS(analysis::what_if(m, analysis::parse_scenarios({"stop-sharing", "zz"}), graph::Layer{}), InputError);
}

TEST_CASE("whatif: parts left out are not computed, and the rest is the same") {
  auto m = fixture();
  const auto scenarios = analysis::parse_scenarios({"activate-desired", "remove", "b"});
  auto all = analysis::what_if(m, scenarios, graph::Layer{});
  CHECK(all.after.organisations == 4);
  CHECK_FALSE(all.changes.empty());
  analysis::WhatIfParts measures_only;
  measures_only.moves = false;
  auto no_moves = analysis::what_if(m, scenarios, graph::Layer{}, 10, {}, measures_only);
  CHECK(no_moves.before == all.before);
  CHECK(no_moves.after == all.after);
  CHECK(no_moves.changes.empty());
  CHECK(no_moves.cut_off == all.cut_off);
  analysis::WhatIfParts cut_off_only;
  cut_off_only.measures = cut_off_only.moves = false;
  auto cut = analysis::what_if(m, scenarios, graph::Layer{}, 10, {}, cut_off_only);
  CHECK(cut.after == analysis::WhatIfMeasures{});
  CHECK(cut.cut_off == all.cut_off);
  CHECK(cut.map_after.flows.size() == all.map_after.flows.size());
}

TEST_CASE("whatif: before and after measured at once equal each measured alone") {
  // A ring of 40 with chords, then one organisation removed: betweenness moves everywhere.
  auto m = ring(40);
  for (int i = 0; i < 40; i += 7)
    m.flows.push_back(flow("o" + std::to_string(i), "o" + std::to_string((i * 3 + 11) % 40)));
  m.reindex();
  auto r = analysis::what_if(m, analysis::parse_scenarios({"remove", "o5"}), graph::Layer{});
  const analysis::StateParts every;
  const auto was = analysis::measure_state(m, graph::Layer{}, {}, every);
  const auto is = analysis::measure_state(r.map_after, graph::Layer{}, {}, every);
  CHECK(r.before == was.headline.network);
  CHECK(r.after == is.headline.network);
  CHECK(r.before == analysis::measure(m, graph::Layer{}));
  const auto moves = analysis::position_changes(m, was, r.map_after, is, 10);
  REQUIRE(r.changes.size() == moves.size());
  REQUIRE_FALSE(moves.empty());
  for (std::size_t i = 0; i < moves.size(); ++i) {
    CHECK(r.changes[i].org == moves[i].org);
    CHECK(r.changes[i].betweenness_before == moves[i].betweenness_before);  // bit for bit
    CHECK(r.changes[i].betweenness_after == moves[i].betweenness_after);
  }
  CHECK_FALSE(r.betweenness_after.sampled);
  CHECK_FALSE(r.paths_after.sampled);
}

TEST_CASE("whatif: above the exact budget, betweenness and path lengths are estimates and say so") {
  auto m = ring(30);
  analysis::WhatIfParts parts;
  parts.exact_path_work = 10;  // far below 30 × 30
  auto r = analysis::what_if(m, analysis::parse_scenarios({"remove", "o3"}), graph::Layer{}, 10, {}, parts);
  CHECK(r.betweenness_before.sampled);
  CHECK(r.betweenness_after.sampled);
  CHECK(r.betweenness_after.samples > 0);
  // The path measures sample only when fewer sources than the component (4096 by default).
  auto exact = analysis::what_if(m, analysis::parse_scenarios({"remove", "o3"}), graph::Layer{});
  CHECK_FALSE(exact.betweenness_before.sampled);
  CHECK_FALSE(exact.paths_before.sampled);
}

TEST_CASE("whatif: under a cap of one thread, both maps are measured on that one thread") {
  // Large enough for two threads of betweenness (16 sources each at least): measured on two,
  // the sums would add up in another order and differ in their last bits.
  auto m = ring(400);
  for (int i = 0; i < 400; i += 3)
    m.flows.push_back(flow("o" + std::to_string(i), "o" + std::to_string((i * 7 + 101) % 400)));
  m.reindex();
  auto after = m;
  analysis::apply_scenarios(after, analysis::parse_scenarios({"remove", "o5"}));
  const analysis::StateParts every;
  const analysis::detail::ThreadCap one(1);
  const auto [was, is] = analysis::measure_states(m, after, graph::Layer{}, {}, every);
  const auto alone = analysis::measure_state(after, graph::Layer{}, {}, every);
  REQUIRE(is.positions.betweenness.size() == alone.positions.betweenness.size());
  for (std::size_t v = 0; v < alone.positions.betweenness.size(); ++v)
    CHECK(is.positions.betweenness[v] == alone.positions.betweenness[v]);  // bit for bit
  CHECK(was.positions.betweenness == analysis::measure_state(m, graph::Layer{}, {}, every).positions.betweenness);
}
