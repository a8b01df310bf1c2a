// PageRank, eigenvector and HITS (analysis/spectral.cpp): closed-form answers on small graphs.
#include <doctest/doctest.h>

#include <cmath>
#include <tuple>
#include <vector>

#include "analysis/spectral.hpp"

using namespace stakemap;

namespace {

graph::Digraph digraph(int n, std::vector<std::tuple<int, int, double>> arcs) {
  return graph::Digraph::from_arcs(n, std::move(arcs));
}

}  // namespace

TEST_CASE("pagerank: uniform on a cycle; closed forms with a dangling node and with weights") {
  auto cycle = analysis::pagerank(digraph(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 0, 1}}), false);
  CHECK(cycle.converged);
  for (double x : cycle.values) CHECK(x == doctest::Approx(0.25).epsilon(1e-12));
  // 0 -> 1, 1 dangling: r0 = 0.075 + 0.425 r1, r0 + r1 = 1.
  auto dangling = analysis::pagerank(digraph(2, {{0, 1, 1}}), false);
  CHECK(dangling.values[0] == doctest::Approx(0.5 / 1.425).epsilon(1e-12));
  CHECK(dangling.values[1] == doctest::Approx(1 - 0.5 / 1.425).epsilon(1e-12));
  // 0 -> 1 (3), 0 -> 2 (1), 1 -> 0, 2 -> 0: r0 = 0.05 + 0.85 (1 - r0).
  auto g = digraph(3, {{0, 1, 3}, {0, 2, 1}, {1, 0, 1}, {2, 0, 1}});
  auto w = analysis::pagerank(g, true);
  double r0 = 0.9 / 1.85;
  CHECK(w.values[0] == doctest::Approx(r0).epsilon(1e-12));
  CHECK(w.values[1] == doctest::Approx(0.05 + 0.85 * 0.75 * r0).epsilon(1e-12));
  CHECK(w.values[2] == doctest::Approx(0.05 + 0.85 * 0.25 * r0).epsilon(1e-12));
  auto u = analysis::pagerank(g, false);  // unweighted: 1 and 2 share equally
  CHECK(u.values[1] == u.values[2]);
}

TEST_CASE("eigenvector: uniform on a cycle, not converged on a path") {
  auto cycle = analysis::eigenvector(digraph(3, {{0, 1, 1}, {1, 2, 1}, {2, 0, 1}}), false);
  CHECK(cycle.converged);
  for (double x : cycle.values) CHECK(x == doctest::Approx(1 / std::sqrt(3.0)).epsilon(1e-12));
  CHECK_FALSE(analysis::eigenvector(digraph(3, {{0, 1, 1}, {1, 2, 1}}), false, 1e-13, 50).converged);
}

TEST_CASE("hits: a star feeds its leaves; weights tilt the authorities") {
  auto star = analysis::hits(digraph(4, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}}), false);
  CHECK(star.converged);
  CHECK(star.hub == std::vector<double>{1, 0, 0, 0});
  for (int v = 1; v < 4; ++v) CHECK(star.authority[v] == doctest::Approx(1.0 / 3).epsilon(1e-12));
  // A^T A on {1, 2} is [[4, 2], [2, 1]]: principal vector (2, 1).
  auto w = analysis::hits(digraph(3, {{0, 1, 2}, {0, 2, 1}}), true);
  CHECK(w.authority[1] == doctest::Approx(2.0 / 3).epsilon(1e-12));
  CHECK(w.authority[2] == doctest::Approx(1.0 / 3).epsilon(1e-12));
  CHECK(w.hub[0] == doctest::Approx(1.0).epsilon(1e-12));
  auto none = analysis::hits(digraph(2, {}), false);  // no arc: all 0
  CHECK(none.hub == std::vector<double>{0, 0});
  CHECK(none.authority == std::vector<double>{0, 0});
}

TEST_CASE("spectral measures of an empty graph are empty") {
  CHECK(analysis::pagerank(digraph(0, {}), false).values.empty());
  CHECK(analysis::eigenvector(digraph(0, {}), false).values.empty());
  CHECK(analysis::hits(digraph(0, {}), false).hub.empty());
}
