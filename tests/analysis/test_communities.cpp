// Louvain communities: modularity checked independently and against networkx/igraph.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "analysis/communities.hpp"
#include "graph/reference_graphs.hpp"

using namespace stakemap;

namespace {

// Newman's modularity straight from the definition, over all ordered pairs:
// Q = 1/2m sum_ij [A_ij - gamma k_i k_j / 2m] delta(c_i, c_j), A the undirected view.
double modularity_by_definition(const graph::Digraph& g, const std::vector<int>& c, double gamma) {
  int n = g.n;
  std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
  for (int u = 0; u < n; ++u)
    for (int v : g.out(u)) a[u][v] = a[v][u] = 1;
  std::vector<double> k(n, 0.0);
  double m2 = 0;
  for (int u = 0; u < n; ++u)
    for (int v = 0; v < n; ++v) {
      k[u] += a[u][v];
      m2 += a[u][v];
    }
  double q = 0;
  for (int u = 0; u < n; ++u)
    for (int v = 0; v < n; ++v)
      if (c[u] == c[v]) q += a[u][v] - gamma * k[u] * k[v] / m2;
  return q / m2;
}

}  // namespace

TEST_CASE("modularity of a fixed partition equals networkx's") {
  for (const auto& name : testing::reference_names()) {
    auto r = testing::load_reference(name);
    std::vector<int> mod3(r.graph.n);
    for (int v = 0; v < r.graph.n; ++v) mod3[v] = v % 3;
    CAPTURE(name);
    CHECK(analysis::modularity(r.graph, mod3, false) == doctest::Approx(r.measure("modularity_mod3")).epsilon(1e-12));
    CHECK(analysis::modularity(r.graph, mod3, false, 0.5) ==
          doctest::Approx(r.measure("modularity_mod3_gamma05")).epsilon(1e-12));
  }
}

TEST_CASE("Louvain: reported modularity is the partition's, and reaches networkx's") {
  for (const auto& name : testing::reference_names()) {
    auto r = testing::load_reference(name);
    CAPTURE(name);
    double best = -1;
    for (unsigned seed = 1; seed <= 10; ++seed) {
      analysis::LouvainOptions o;
      o.seed = seed;
      auto c = analysis::louvain(r.graph, o);
      CHECK(c.modularity == doctest::Approx(modularity_by_definition(r.graph, c.membership, 1.0)).epsilon(1e-12));
      CHECK(*std::max_element(c.membership.begin(), c.membership.end()) == c.count - 1);
      best = std::max(best, c.modularity);
      // Mean over seeds within 0.01 of networkx's mean; every run within 0.03 of its best.
      CHECK(c.modularity >= r.measure("networkx_louvain_best") - 0.03);
    }
    CHECK(best >= r.measure("networkx_louvain_best") - 1e-3);
    CHECK(best >= r.measure("igraph_multilevel") - 1e-9);
  }
}

TEST_CASE("Louvain on the karate club reaches its known optimum range") {
  auto r = testing::load_reference("karate");
  auto c = analysis::louvain(r.graph, {});  // seed 1
  CHECK(c.modularity >= 0.4156);            // Brandes et al.: the optimum is 0.4198 (4 communities)
  CHECK(c.count >= 3);
  CHECK(c.count <= 5);
}

TEST_CASE("Louvain is deterministic for a seed and numbers communities by decreasing size") {
  auto r = testing::load_reference("random_sparse");
  analysis::LouvainOptions o;
  o.seed = 42;
  auto a = analysis::louvain(r.graph, o), b = analysis::louvain(r.graph, o);
  CHECK(a.membership == b.membership);
  std::vector<int> size(a.count, 0);
  for (int c : a.membership) ++size[c];
  for (int c = 1; c < a.count; ++c) CHECK(size[c - 1] >= size[c]);
}

TEST_CASE("Louvain resolution: higher gamma, more communities") {
  auto r = testing::load_reference("karate");
  analysis::LouvainOptions low, high;
  low.resolution = 0.3;
  high.resolution = 3.0;
  auto a = analysis::louvain(r.graph, low), b = analysis::louvain(r.graph, high);
  CHECK(a.count < b.count);
  CHECK(a.modularity == doctest::Approx(modularity_by_definition(r.graph, a.membership, 0.3)).epsilon(1e-12));
  CHECK(b.modularity == doctest::Approx(modularity_by_definition(r.graph, b.membership, 3.0)).epsilon(1e-12));
}
