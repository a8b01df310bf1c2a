// The steps of Louvain/Leiden on small graphs: the undirected level, local moving (a local
// optimum of modularity, checked by brute force), refinement, renumbering and aggregation.
#include <doctest/doctest.h>

#include <set>

#include "analysis/community_moves.hpp"

using namespace stakemap;
using analysis::detail::Level;
using analysis::detail::Random;

namespace {

graph::Digraph graph_of(int n, std::vector<std::tuple<int, int, double>> arcs) {
  return graph::Digraph::from_arcs(n, std::move(arcs));
}

/// Two triangles {0,1,2} and {3,4,5}, joined by the edge 2-3 when `bridge`.
graph::Digraph two_triangles(bool bridge) {
  std::vector<std::tuple<int, int, double>> arcs{{0, 1, 1}, {1, 2, 1}, {2, 0, 1}, {3, 4, 1}, {4, 5, 1}, {5, 3, 1}};
  if (bridge) arcs.emplace_back(2, 3, 1);
  return graph_of(6, arcs);
}

/// Modularity of `community` on `l` (self-loops included), straight from its definition.
double modularity(const Level& l, const std::vector<int>& community, double gamma) {
  std::vector<double> inner(l.n, 0.0), tot(l.n, 0.0);
  for (int v = 0; v < l.n; ++v) {
    tot[community[v]] += l.strength[v];
    inner[community[v]] += l.loop[v];
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e)
      if (community[l.target[e]] == community[v]) inner[community[v]] += l.weight[e];
  }
  double q = 0;
  for (int c = 0; c < l.n; ++c) q += inner[c] / l.total - gamma * (tot[c] / l.total) * (tot[c] / l.total);
  return q;
}

/// Same partition up to the numbering of its parts.
bool same_partition(std::vector<int> a, std::vector<int> b) {
  analysis::detail::compact(a);
  analysis::detail::compact(b);
  return a == b;
}

std::vector<int> singletons(int n) {
  std::vector<int> c(n);
  for (int v = 0; v < n; ++v) c[v] = v;
  return c;
}

}  // namespace

TEST_CASE("community moves: level_from sums both directions, or counts 1 per tie") {
  auto g = graph_of(3, {{0, 1, 2}, {1, 0, 3}, {1, 2, 1}});
  Level w = analysis::detail::level_from(g, true);
  CHECK(w.n == 3);
  CHECK(w.offset == std::vector<std::int64_t>{0, 1, 3, 4});
  CHECK(w.target == std::vector<int>{1, 0, 2, 1});
  CHECK(w.weight == std::vector<double>{5, 5, 1, 1});
  CHECK(w.strength == std::vector<double>{5, 6, 1});
  CHECK(w.loop == std::vector<double>{0, 0, 0});
  CHECK(w.total == 12);
  Level u = analysis::detail::level_from(g, false);
  CHECK(u.weight == std::vector<double>{1, 1, 1, 1});
  CHECK(u.strength == std::vector<double>{1, 2, 1});
  CHECK(u.total == 4);
}

TEST_CASE("community moves: compact renumbers in order of first appearance") {
  std::vector<int> p{4, 4, 2, 0, 2};  // labels below the size
  CHECK(analysis::detail::compact(p) == 3);
  CHECK(p == std::vector<int>{0, 0, 1, 2, 1});
  std::vector<int> none;
  CHECK(analysis::detail::compact(none) == 0);
}

TEST_CASE("community moves: aggregate keeps inner weight as self-loops and sums the rest") {
  Level l = analysis::detail::level_from(two_triangles(true), false);
  std::vector<int> part{0, 0, 0, 1, 1, 1};
  analysis::detail::Scratch scratch;
  Level a, b;
  analysis::detail::aggregate(l, part, 2, a, scratch);
  CHECK(a.n == 2);
  CHECK(a.offset == std::vector<std::int64_t>{0, 1, 2});
  CHECK(a.target == std::vector<int>{1, 0});
  CHECK(a.weight == std::vector<double>{1, 1});
  CHECK(a.loop == std::vector<double>{6, 6});  // three inner edges, counted twice
  CHECK(a.strength == std::vector<double>{7, 7});
  CHECK(a.total == 14);
  // Modularity is the same on the aggregated graph with parts as nodes.
  CHECK(modularity(a, {0, 1}, 1.0) == doctest::Approx(modularity(l, part, 1.0)));
  CHECK(modularity(a, {0, 0}, 1.0) == doctest::Approx(0.0));

  // Aggregating again carries the loops through.
  analysis::detail::aggregate(a, {0, 0}, 1, b, scratch);
  CHECK(b.n == 1);
  CHECK(b.target.empty());
  CHECK(b.loop == std::vector<double>{14});
  CHECK(b.strength == std::vector<double>{14});

  // Written over a level that held a larger graph, with the same buffers: the same result.
  Level reused = l;
  analysis::detail::aggregate(l, part, 2, reused, scratch);
  CHECK(reused.n == a.n);
  CHECK(reused.offset == a.offset);
  CHECK(reused.target == a.target);
  CHECK(reused.weight == a.weight);
  CHECK(reused.loop == a.loop);
  CHECK(reused.strength == a.strength);
}

TEST_CASE("community moves: local moving finds the two disjoint triangles from any seed") {
  analysis::detail::Scratch scratch;
  Level l = analysis::detail::level_from(two_triangles(false), false);
  for (std::uint64_t seed : {1u, 2u, 3u, 42u, 1000u}) {
    CAPTURE(seed);
    Random rng(seed);
    auto c = singletons(6);
    CHECK(analysis::detail::fast_local_move(l, 1.0, rng, c, scratch));
    CHECK(same_partition(c, {0, 0, 0, 1, 1, 1}));
    CHECK_FALSE(analysis::detail::fast_local_move(l, 1.0, rng, c, scratch));  // nothing left to move
  }
}

TEST_CASE("community moves: after local moving no single node can raise modularity") {
  analysis::detail::Scratch scratch;
  // Triangles joined by a bridge, plus a pendant node 6 on 5 and a weighted pair 7-8.
  auto g = graph_of(
      9,
      {{0, 1, 1}, {1, 2, 1}, {2, 0, 1}, {3, 4, 1}, {4, 5, 1}, {5, 3, 1}, {2, 3, 1}, {5, 6, 1}, {7, 8, 3}, {8, 6, 0.5}});
  Level l = analysis::detail::level_from(g, true);
  for (double gamma : {0.5, 1.0, 2.0})
    for (std::uint64_t seed : {7u, 8u, 9u}) {
      CAPTURE(gamma);
      CAPTURE(seed);
      Random rng(seed);
      auto c = singletons(l.n);
      analysis::detail::fast_local_move(l, gamma, rng, c, scratch);
      double q = modularity(l, c, gamma);
      CHECK(q > modularity(l, singletons(l.n), gamma));
      for (int v = 0; v < l.n; ++v)
        for (int target = 0; target < l.n; ++target) {
          auto moved = c;
          moved[v] = c[target];
          CHECK(modularity(l, moved, gamma) <= q + 1e-12);
        }
    }
}

TEST_CASE("community moves: refinement splits a disconnected community and stays inside communities") {
  analysis::detail::Scratch scratch;
  // Two separate edges put in one community: the refinement separates them.
  Level l = analysis::detail::level_from(graph_of(4, {{0, 1, 1}, {2, 3, 1}}), false);
  Random rng(5);
  auto r = analysis::detail::refine(l, 1.0, rng, {0, 0, 0, 0}, scratch);
  CHECK(same_partition(r, {0, 0, 1, 1}));

  // Well-connected triangles merge back whole; singletons stay singletons.
  Level t = analysis::detail::level_from(two_triangles(true), false);
  for (std::uint64_t seed : {1u, 2u, 3u}) {
    CAPTURE(seed);
    Random a(seed), b(seed);
    auto refined = analysis::detail::refine(t, 1.0, a, {0, 0, 0, 1, 1, 1}, scratch);
    CHECK(same_partition(refined, {0, 0, 0, 1, 1, 1}));
    CHECK(analysis::detail::refine(t, 1.0, b, singletons(6), scratch) == singletons(6));
  }

  // Every refined part lies inside one community, whatever the communities.
  std::vector<int> community{0, 1, 0, 1, 0, 1};
  Random rng2(11);
  auto refined = analysis::detail::refine(t, 1.0, rng2, community, scratch);
  for (int v = 0; v < 6; ++v)
    for (int w = 0; w < 6; ++w)
      if (refined[v] == refined[w]) CHECK(community[v] == community[w]);
}
