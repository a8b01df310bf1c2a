// Components and cut points (analysis/components.cpp): known answers on
// small graphs, and a brute-force check on random ones.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include "analysis/components.hpp"

using namespace stakemap;

namespace {

using Arcs = std::vector<std::tuple<int, int, double>>;
using Pairs = std::vector<std::pair<int, int>>;

graph::Digraph digraph(int n, const std::vector<std::pair<int, int>>& arcs) {
  Arcs a;
  for (auto [u, v] : arcs) a.emplace_back(u, v, 1.0);
  return graph::Digraph::from_arcs(n, std::move(a));
}

graph::Digraph random_digraph(std::mt19937& rng, int n, int m) {
  std::uniform_int_distribution<int> node(0, n - 1);
  std::vector<std::pair<int, int>> arcs;
  for (int i = 0; i < m; ++i) arcs.emplace_back(node(rng), node(rng));
  return digraph(n, arcs);
}

// Weak components of the undirected view, leaving out node `skip` or the tie {a, b}.
int count_components(const graph::Digraph& g, int skip, std::pair<int, int> tie = {-1, -1}) {
  std::vector<int> parent(g.n);
  for (int v = 0; v < g.n; ++v) parent[v] = v;
  auto find = [&](int v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };
  for (int u = 0; u < g.n; ++u)
    for (int v : g.out(u)) {
      if (u == skip || v == skip) continue;
      if (std::minmax(u, v) == std::minmax(tie.first, tie.second)) continue;
      parent[find(u)] = find(v);
    }
  int count = 0;
  for (int v = 0; v < g.n; ++v)
    if (v != skip && find(v) == v) ++count;
  return count;
}

std::vector<std::vector<bool>> reachability(const graph::Digraph& g) {
  std::vector<std::vector<bool>> reach(g.n, std::vector<bool>(g.n, false));
  for (int s = 0; s < g.n; ++s) {
    std::vector<int> stack{s};
    reach[s][s] = true;
    while (!stack.empty()) {
      int v = stack.back();
      stack.pop_back();
      for (int w : g.out(v))
        if (!reach[s][w]) {
          reach[s][w] = true;
          stack.push_back(w);
        }
    }
  }
  return reach;
}

}  // namespace

TEST_CASE("strong components: known graph, numbered in reverse topological order") {
  // {0, 1, 2} is a cycle that feeds the cycle {3, 4}; 5 is alone.
  auto g = digraph(6, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 3}});
  auto c = analysis::strong_components(g);
  CHECK(c.count() == 3);
  CHECK(c.of == std::vector<int>{1, 1, 1, 0, 0, 2});  // the sink {3, 4} is found first
  CHECK(c.sizes == std::vector<int>{2, 3, 1});
  auto by_size = analysis::by_size(c);
  CHECK(by_size.of == std::vector<int>{0, 0, 0, 1, 1, 2});
  CHECK(by_size.sizes == std::vector<int>{3, 2, 1});
}

TEST_CASE("strong components: an acyclic graph has one per node; an empty one has none") {
  auto c = analysis::strong_components(digraph(4, {{0, 1}, {1, 2}, {0, 3}}));
  CHECK(c.count() == 4);
  CHECK(c.of == std::vector<int>{3, 1, 0, 2});  // successors finish, and are numbered, first
  CHECK(analysis::strong_components(digraph(0, {})).count() == 0);
}

TEST_CASE("strong components: mutual reachability on random graphs") {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    int n = 1 + static_cast<int>(rng() % 12);
    auto g = random_digraph(rng, n, static_cast<int>(rng() % (2 * n + 1)));
    auto c = analysis::strong_components(g);
    auto reach = reachability(g);
    CAPTURE(round);
    for (int u = 0; u < n; ++u) {
      for (int v = 0; v < n; ++v) CHECK((c.of[u] == c.of[v]) == (reach[u][v] && reach[v][u]));
      for (int v : g.out(u)) CHECK(c.of[u] >= c.of[v]);  // reverse topological order
    }
    std::vector<int> sizes(c.count(), 0);
    for (int id : c.of) ++sizes[id];
    CHECK(sizes == c.sizes);
  }
}

TEST_CASE("cut points: known graphs") {
  SUBCASE("two triangles sharing node 2, then a tail 4 - 5 - 6") {
    auto cp = analysis::cut_points(digraph(7, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 2}, {5, 4}, {5, 6}}));
    CHECK(cp.articulation_points == std::vector<int>{2, 4, 5});
    CHECK(cp.bridges == Pairs{{4, 5}, {5, 6}});
  }
  SUBCASE("a path: inner nodes and every tie") {
    auto cp = analysis::cut_points(digraph(4, {{1, 0}, {1, 2}, {3, 2}}));
    CHECK(cp.articulation_points == std::vector<int>{1, 2});
    CHECK(cp.bridges == Pairs{{0, 1}, {1, 2}, {2, 3}});
  }
  SUBCASE("a cycle: none") {
    auto cp = analysis::cut_points(digraph(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
    CHECK(cp.articulation_points.empty());
    CHECK(cp.bridges.empty());
  }
  SUBCASE("a star rooted at its centre; arcs both ways count as one tie") {
    auto cp = analysis::cut_points(digraph(4, {{0, 1}, {1, 0}, {2, 0}, {0, 3}}));
    CHECK(cp.articulation_points == std::vector<int>{0});
    CHECK(cp.bridges == Pairs{{0, 1}, {0, 2}, {0, 3}});
  }
  SUBCASE("one tie, isolates, nothing") {
    auto cp = analysis::cut_points(digraph(4, {{3, 1}}));
    CHECK(cp.articulation_points.empty());
    CHECK(cp.bridges == Pairs{{1, 3}});
    CHECK(analysis::cut_points(digraph(0, {})).bridges.empty());
  }
}

TEST_CASE("cut points: removal disconnects, on random graphs") {
  std::mt19937 rng(11);
  for (int round = 0; round < 200; ++round) {
    int n = 1 + static_cast<int>(rng() % 12);
    auto g = random_digraph(rng, n, static_cast<int>(rng() % (2 * n + 1)));
    auto cp = analysis::cut_points(g);
    CAPTURE(round);
    int whole = count_components(g, -1);
    std::vector<int> expected_points;
    for (int v = 0; v < n; ++v)
      if (count_components(g, v) > whole) expected_points.push_back(v);
    CHECK(cp.articulation_points == expected_points);
    std::set<std::pair<int, int>> ties;
    for (int u = 0; u < n; ++u)
      for (int v : g.out(u)) ties.insert(std::minmax(u, v));
    Pairs expected_bridges;
    for (auto tie : ties)
      if (count_components(g, -1, tie) > whole) expected_bridges.push_back(tie);
    CHECK(cp.bridges == expected_bridges);
  }
}
