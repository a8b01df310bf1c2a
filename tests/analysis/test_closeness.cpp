// The bit-parallel BFS used for closeness and path lengths switches to wider passes (128
// and 512 sources) on larger graphs: checked against one Dijkstra per node.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "analysis/closeness.hpp"

using namespace stakemap;

namespace {
graph::Digraph random_graph(int n, int m, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<std::tuple<int, int, double>> arcs;
  for (int i = 0; i < m; ++i) arcs.emplace_back(static_cast<int>(rng() % n), static_cast<int>(rng() % n), 1.0);
  auto g = graph::Digraph::from_arcs(n, std::move(arcs));
  std::fill(g.out_weight.begin(), g.out_weight.end(), 1.0);  // merged parallels summed their weights
  std::fill(g.in_weight.begin(), g.in_weight.end(), 1.0);
  return g;
}
}  // namespace

TEST_CASE("bit-parallel closeness equals per-node Dijkstra with unit lengths, at every pass width") {
  for (int n : {100, 300, 1300}) {
    auto g = random_graph(n, 3 * n, static_cast<unsigned>(n));
    for (bool incoming : {true, false}) {
      auto fast = analysis::closeness(g, incoming, false, 2);
      auto slow = analysis::closeness(g, incoming, true, 2);  // weights are all 1: length 1
      CAPTURE(n);
      CAPTURE(incoming);
      for (int v = 0; v < n; ++v) {
        CHECK(fast.closeness[v] == doctest::Approx(slow.closeness[v]).epsilon(1e-12));
        CHECK(fast.harmonic[v] == doctest::Approx(slow.harmonic[v]).epsilon(1e-12));
      }
    }
  }
}

TEST_CASE("sampled closeness and harmonic stay within their Hoeffding bound") {
  int n = 3000;
  auto g = random_graph(n, 4 * n, 11);
  for (bool incoming : {true, false}) {
    auto exact = analysis::closeness(g, incoming, false, 2);
    long k = 1024;
    auto est = analysis::closeness_sampled(g, incoming, false, k, 3, 2);
    double eps = analysis::closeness_sample_error(n, k, 0.1);
    CHECK(eps < 0.1);
    double worst_harmonic = 0, worst_closeness = 0;
    for (int v = 0; v < n; ++v) {
      worst_harmonic = std::max(worst_harmonic, std::fabs(est.harmonic[v] - exact.harmonic[v]) / (n - 1));
      worst_closeness = std::max(worst_closeness, std::fabs(est.closeness[v] - exact.closeness[v]));
    }
    CAPTURE(incoming);
    CHECK(worst_harmonic <= eps);
    CHECK(worst_harmonic > 0);
    CHECK(worst_closeness < 0.05);  // no stated bound (a ratio of estimates), but close
  }
  // The weighted estimate uses Dijkstra and must agree with the unweighted one at weight 1.
  auto a = analysis::closeness_sampled(g, true, false, 600, 5, 2),
       b = analysis::closeness_sampled(g, true, true, 600, 5, 2);
  for (int v = 0; v < n; ++v) CHECK(a.closeness[v] == doctest::Approx(b.closeness[v]).epsilon(1e-12));
  CHECK(analysis::closeness_sample_size(n, 0.05, 0.1) % 512 == 0);
  CHECK(analysis::closeness_sample_size(100, 0.05, 0.1) == 100);  // never more than n
}
