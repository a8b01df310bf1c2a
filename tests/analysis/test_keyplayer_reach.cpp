// Key players in reach mode with incremental gains against the same search evaluating every
// candidate set from scratch, on random graphs: the same members, gains, swaps and measures.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "analysis/keyplayer_reach.hpp"
#include "analysis/keyplayers.hpp"

using namespace stakemap;

namespace {

/// G(n, m) with some nodes left isolated (so some sets reach only part of the graph).
graph::Digraph random_graph(std::mt19937& rng, int n, int m) {
  std::vector<std::tuple<int, int, double>> arcs;
  const int linked = std::max(2, n - n / 5);
  for (int i = 0; i < m; ++i) arcs.emplace_back(rng() % linked, rng() % linked, 1.0);
  return graph::Digraph::from_arcs(n, std::move(arcs));
}

}  // namespace

TEST_CASE("keyplayer reach: incremental gains choose as evaluating every set from scratch") {
  std::mt19937 rng(19);
  int compared = 0, swapped = 0;
  for (int trial = 0; trial < 60; ++trial) {
    const int n = 8 + static_cast<int>(rng() % 60);
    const auto g = random_graph(rng, n, static_cast<int>(rng() % (2 * n)));
    analysis::KeyPlayerOptions o;
    o.k = 1 + static_cast<int>(rng() % 5);
    o.hops = 1 + static_cast<int>(rng() % 3);
    if (trial % 3 == 0) o.must = {static_cast<int>(rng() % n)};
    if (trial % 4 == 1) {
      o.candidate.assign(n, true);
      for (int v = 0; v < n; v += 3) o.candidate[v] = false;
    }
    INFO("trial " << trial << ": n " << n << ", k " << o.k << ", hops " << o.hops);
    o.incremental = false;
    const auto want = analysis::key_players(g, o);
    o.incremental = true;
    const auto got = analysis::key_players(g, o);
    REQUIRE(got.members.size() == want.members.size());
    for (std::size_t i = 0; i < got.members.size(); ++i) {
      CHECK(got.members[i].org == want.members[i].org);
      CHECK(got.members[i].gain == want.members[i].gain);
    }
    CHECK(got.objective_greedy == want.objective_greedy);
    CHECK(got.objective == want.objective);
    CHECK(got.swaps == want.swaps);
    CHECK(got.dropped == want.dropped);
    CHECK(got.reached == want.reached);
    CHECK(got.distance_reach == want.distance_reach);
    ++compared;
    swapped += got.swaps > 0;
  }
  CHECK(compared == 60);
  CHECK(swapped > 0);  // the swap pass was exercised, not only the greedy start
}

TEST_CASE("keyplayer reach: the gain of one more organisation equals the objective from scratch") {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 40; ++trial) {
    const int n = 5 + static_cast<int>(rng() % 40);
    const auto g = graph::undirected(random_graph(rng, n, static_cast<int>(rng() % (3 * n))));
    std::vector<int> base;
    for (int v = 0; v < n; ++v)
      if (rng() % 6 == 0) base.push_back(v);
    const int hops = 1 + static_cast<int>(rng() % 3);
    analysis::ReachGains gains(g, hops);
    gains.rebase(base);
    for (int v = 0; v < n; ++v) {
      if (std::find(base.begin(), base.end(), v) != base.end()) continue;
      auto with = base;
      with.push_back(v);
      INFO("trial " << trial << ", v " << v);
      CHECK(gains.with(v) == analysis::reach_objective(g, with, hops));
    }
  }
}
