#include <doctest/doctest.h>

#include <algorithm>

#include "analysis/keyplayers.hpp"
#include "core/errors.hpp"

using namespace stakemap;

namespace {
graph::Digraph make(int n, std::vector<std::pair<int, int>> edges) {
  std::vector<std::tuple<int, int, double>> arcs;
  for (auto [u, v] : edges) arcs.emplace_back(u, v, 1.0);
  return graph::Digraph::from_arcs(n, std::move(arcs));
}

std::vector<int> members(const analysis::KeyPlayerResult& r) {
  std::vector<int> out;
  for (const auto& m : r.members) out.push_back(m.org);
  std::sort(out.begin(), out.end());
  return out;
}

// Two 4-cliques {0..3} and {4..7} joined by the bridge 3 - 4.
graph::Digraph two_cliques() {
  std::vector<std::pair<int, int>> e;
  for (int base : {0, 4})
    for (int i = 0; i < 4; ++i)
      for (int j = i + 1; j < 4; ++j) e.emplace_back(base + i, base + j);
  e.emplace_back(3, 4);
  return make(8, e);
}
}  // namespace

TEST_CASE("keyplayers: the centre of a star reaches everyone and its removal fragments all") {
  auto g = make(6, {{0, 1}, {0, 2}, {0, 3}, {4, 0}, {5, 0}});  // direction does not matter
  analysis::KeyPlayerOptions o;
  o.k = 1;
  auto reach = analysis::key_players(g, o);
  CHECK(members(reach) == std::vector<int>{0});
  CHECK(reach.reached == 5);
  CHECK(reach.distance_reach == doctest::Approx(1.0));
  o.mode = analysis::KeyPlayerMode::fragment;
  auto frag = analysis::key_players(g, o);
  CHECK(members(frag) == std::vector<int>{0});
  CHECK(frag.fragmentation == doctest::Approx(1.0));  // five isolates remain
  CHECK(frag.baseline == doctest::Approx(1 - (5 * 2 * 1.0 + 20 * 0.5) / 30.0));
}

TEST_CASE("keyplayers: reach mode measures the fragmentation only when asked") {
  auto g = two_cliques();
  analysis::KeyPlayerOptions o;
  o.k = 2;
  auto quick = analysis::key_players(g, o);
  CHECK(quick.fragmentation == 0);  // the BFS from every organisation was not run
  o.fragmentation = true;
  auto full = analysis::key_players(g, o);
  CHECK(members(full) == members(quick));
  CHECK(full.reached == quick.reached);
  CHECK(full.fragmentation == doctest::Approx(analysis::fragmentation(graph::undirected(g), members(full))));
  CHECK(full.fragmentation > 0);
}

TEST_CASE("keyplayers: two cliques joined by a bridge") {
  auto g = two_cliques();
  analysis::KeyPlayerOptions o;
  o.k = 1;
  o.hops = 2;
  auto reach = analysis::key_players(g, o);
  // A bridge end reaches its clique at 1 hop and the other bridge end plus... within 2 hops:
  // from 3: 0,1,2,4 at 1; 5,6,7 at 2 -> all 7.
  CHECK((members(reach) == std::vector<int>{3} || members(reach) == std::vector<int>{4}));
  CHECK(reach.reached == 7);
  o.k = 2;
  o.hops = 1;
  auto two = analysis::key_players(g, o);
  CHECK(two.reached == 6);  // one node per clique reaches the rest of both cliques
  o.mode = analysis::KeyPlayerMode::fragment;
  o.k = 1;
  auto frag = analysis::key_players(g, o);
  CHECK((members(frag) == std::vector<int>{3} || members(frag) == std::vector<int>{4}));
  // Removing 3 leaves a triangle {0,1,2} and the clique {4..7} (4 still attached): pairs at
  // distance 1 only within components: 3*2 + 4*3 ordered pairs = 18 of 7*6 = 42.
  CHECK(frag.fragmentation == doctest::Approx(1 - 18.0 / 42.0));
}

TEST_CASE("keyplayers: the middle of a path fragments it most") {
  auto g = make(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
  analysis::KeyPlayerOptions o;
  o.k = 1;
  o.mode = analysis::KeyPlayerMode::fragment;
  auto r = analysis::key_players(g, o);
  CHECK(members(r) == std::vector<int>{2});
  CHECK(r.fragmentation == doctest::Approx(1 - 4.0 / 12.0));
  CHECK(r.objective >= r.objective_greedy);
  CHECK(r.members[0].gain == doctest::Approx(r.fragmentation - r.baseline));
}

TEST_CASE("keyplayers: swap pass improves a greedy start that is not optimal") {
  // Hub 0 touches 7 leaves (3, 4, 5, 8, 9, 10, 13); A = 1 touches 3..7, B = 2 touches 8..12.
  // Greedy takes the hub first (7), then A or B (9 in all); the pair {A, B} reaches 10.
  std::vector<std::pair<int, int>> e;
  for (int leaf : {3, 4, 5, 8, 9, 10, 13}) e.emplace_back(0, leaf);
  for (int leaf = 3; leaf <= 7; ++leaf) e.emplace_back(1, leaf);
  for (int leaf = 8; leaf <= 12; ++leaf) e.emplace_back(2, leaf);
  auto g = make(14, e);
  analysis::KeyPlayerOptions o;
  o.k = 2;
  auto r = analysis::key_players(g, o);
  CHECK(members(r) == std::vector<int>{1, 2});
  CHECK(r.reached == 10);
  CHECK(r.swaps >= 1);
  CHECK(r.objective > r.objective_greedy);
  double gains = 0;
  for (const auto& m : r.members) gains += m.gain;
  CHECK(gains == doctest::Approx(10.0));  // organisations newly reached, member by member
}

TEST_CASE("keyplayers: constraints are honoured and checked") {
  auto g = make(6, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}});
  analysis::KeyPlayerOptions o;
  o.k = 1;
  o.candidate.assign(6, true);
  o.candidate[0] = false;
  auto r = analysis::key_players(g, o);
  CHECK(members(r) != std::vector<int>{0});
  o.candidate.assign(6, true);
  o.k = 2;
  o.must = {5};
  r = analysis::key_players(g, o);
  CHECK(members(r) == std::vector<int>{0, 5});
  o.k = 0;
  CHECK_THROWS_AS(analysis::key_players(g, o), UsageError);
  o.k = 7;
  o.must.clear();
  CHECK_THROWS_AS(analysis::key_players(g, o), UsageError);
}

TEST_CASE("keyplayers: empty and edgeless graphs") {
  auto g = make(3, {});
  analysis::KeyPlayerOptions o;
  o.k = 1;
  auto r = analysis::key_players(g, o);
  CHECK(r.reached == 0);
  CHECK(analysis::fragmentation(g, {}) == doctest::Approx(1.0));
}

TEST_CASE("keyplayers: a star plus isolated organisations gives one key player, not k") {
  // Centre 0 with leaves 1..4; 5, 6 and 7 have no tie at all.
  auto g = make(8, {{0, 1}, {0, 2}, {0, 3}, {4, 0}});
  analysis::KeyPlayerOptions o;
  o.k = 3;
  auto reach = analysis::key_players(g, o);
  CHECK(members(reach) == std::vector<int>{0});
  CHECK(reach.members[0].gain == 4);
  CHECK(reach.requested == 3);
  CHECK(reach.dropped == 2);
  CHECK(reach.reached == 4);  // the measures are the kept set's
  o.mode = analysis::KeyPlayerMode::fragment;
  auto frag = analysis::key_players(g, o);
  CHECK(members(frag) == std::vector<int>{0});  // once the centre is gone, nothing is left to cut
  CHECK(frag.dropped == 2);
  CHECK(frag.fragmentation == doctest::Approx(1.0));
  // A must member is kept even when it adds nothing.
  o.mode = analysis::KeyPlayerMode::reach;
  o.must = {6};
  auto forced = analysis::key_players(g, o);
  CHECK(members(forced) == std::vector<int>{0, 6});
  CHECK(forced.dropped == 1);
}

TEST_CASE("keyplayers: an edgeless graph recommends nobody") {
  analysis::KeyPlayerOptions o;
  o.k = 2;
  auto r = analysis::key_players(make(4, {}), o);
  CHECK(r.members.empty());
  CHECK(r.dropped == 2);
}
