// Core numbers (Boost.Graph behind analysis/structure.cpp): known answers and the
// definition checked by peeling on random graphs.
#include <doctest/doctest.h>

#include <random>
#include <tuple>
#include <utility>
#include <vector>

#include "analysis/structure.hpp"

using namespace stakemap;

namespace {

graph::Digraph digraph(int n, const std::vector<std::pair<int, int>>& arcs) {
  std::vector<std::tuple<int, int, double>> a;
  for (auto [u, v] : arcs) a.emplace_back(u, v, 1.0);
  return graph::Digraph::from_arcs(n, std::move(a));
}

// Core numbers by definition: node v is in the k-core when it survives repeatedly removing
// every node with fewer than k remaining neighbours (undirected simple view).
std::vector<int> peeled(const graph::Digraph& g) {
  graph::Digraph u = graph::undirected(g);
  std::vector<int> core(u.n, 0);
  for (int k = 1; k <= u.n; ++k) {
    std::vector<bool> in(u.n, true);
    for (bool changed = true; changed;) {
      changed = false;
      for (int v = 0; v < u.n; ++v) {
        if (!in[v]) continue;
        int degree = 0;
        for (int w : u.out(v)) degree += in[w];
        if (degree < k) {
          in[v] = false;
          changed = true;
        }
      }
    }
    for (int v = 0; v < u.n; ++v)
      if (in[v]) core[v] = k;
  }
  return core;
}

}  // namespace

TEST_CASE("core numbers: a clique with a tail, a cycle and an isolate") {
  // K4 on 0..3 (arcs one way or both), 4 hangs on 0, 5 on 4; 6..9 a cycle; 10 alone.
  auto g = digraph(11, {{0, 1}, {1, 0}, {0, 2}, {0, 3}, {2, 1}, {1, 3}, {3, 2}, {4, 0}, {4, 5},
                        {6, 7}, {7, 8}, {8, 9}, {9, 6}});
  CHECK(analysis::core_numbers(g) == std::vector<int>{3, 3, 3, 3, 1, 1, 2, 2, 2, 2, 0});
  CHECK(analysis::structure(g).max_core == 3);
}

TEST_CASE("core numbers: empty graph, self-loops ignored") {
  CHECK(analysis::core_numbers(digraph(0, {})).empty());
  CHECK(analysis::core_numbers(digraph(2, {{0, 0}, {1, 1}})) == std::vector<int>{0, 0});
}

TEST_CASE("core numbers: the definition, on random graphs") {
  std::mt19937 rng(5);
  for (int round = 0; round < 200; ++round) {
    int n = 1 + static_cast<int>(rng() % 14);
    std::uniform_int_distribution<int> node(0, n - 1);
    std::vector<std::pair<int, int>> arcs;
    for (int i = 0, m = static_cast<int>(rng() % (3 * n + 1)); i < m; ++i) arcs.emplace_back(node(rng), node(rng));
    auto g = digraph(n, arcs);
    CAPTURE(round);
    CHECK(analysis::core_numbers(g) == peeled(g));
  }
}
