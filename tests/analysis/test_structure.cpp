// Network structure (analysis/structure.cpp): the measures against networkx, core numbers
// (known answers, and the definition checked by peeling on random graphs), sampled path
// lengths within their bound, and the edge cases every analysis of the network must survive.
#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <sstream>
#include <tuple>
#include <utility>
#include <vector>

#include "analysis/centrality.hpp"
#include "analysis/communities.hpp"
#include "analysis/metrics.hpp"
#include "analysis/structural_holes.hpp"
#include "analysis/structure.hpp"
#include "core/errors.hpp"
#include "graph/reference_graphs.hpp"

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

std::string ids(const std::vector<int>& v) {
  std::string s;
  for (int x : v) {
    if (!s.empty()) s += '|';
    s += std::to_string(x);
  }
  return s;
}
std::string pairs(const std::vector<std::pair<int, int>>& v) {
  std::string s;
  for (auto [a, b] : v) {
    if (!s.empty()) s += '|';
    s += std::to_string(a);
    s += '-';
    s += std::to_string(b);
  }
  return s;
}

}  // namespace

TEST_CASE("core numbers: a clique with a tail, a cycle and an isolate") {
  // K4 on 0..3 (arcs one way or both), 4 hangs on 0, 5 on 4; 6..9 a cycle; 10 alone.
  auto g = digraph(
      11, {{0, 1}, {1, 0}, {0, 2}, {0, 3}, {2, 1}, {1, 3}, {3, 2}, {4, 0}, {4, 5}, {6, 7}, {7, 8}, {8, 9}, {9, 6}});
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

TEST_CASE("sampled path lengths: diameter bounds and average within the stated error") {
  std::mt19937 rng(21);
  std::vector<std::pair<int, int>> arcs;
  for (int i = 0; i < 9000; ++i) arcs.emplace_back(static_cast<int>(rng() % 3000), static_cast<int>(rng() % 3000));
  auto g = digraph(3000, arcs);
  auto exact = analysis::structure(g);
  CHECK_FALSE(exact.paths_sampled);
  CHECK(exact.diameter_upper_bound == exact.diameter);
  CHECK(exact.path_sources == exact.largest_weak);
  analysis::StructureOptions o;
  o.sample_above = 1;
  o.samples = 700;
  auto est = analysis::structure(g, o);
  CHECK(est.paths_sampled);
  CHECK(est.path_sources == 700);
  CHECK(est.diameter <= exact.diameter);
  CHECK(est.diameter_upper_bound >= exact.diameter);
  CHECK(est.average_path_length_error > 0);
  CHECK(std::fabs(est.average_path_length - exact.average_path_length) <= est.average_path_length_error);
}

TEST_CASE("network measures match networkx on the reference graphs") {
  for (const auto& name : testing::reference_names()) {
    auto r = testing::load_reference(name);
    auto s = analysis::structure(r.graph);
    CAPTURE(name);
    CHECK(s.organisations == r.measure("organisations"));
    CHECK(s.arcs == r.measure("arcs"));
    CHECK(s.edges == r.measure("edges"));
    CHECK(s.density == doctest::Approx(r.measure("density")).epsilon(1e-12));
    CHECK(s.reciprocity == doctest::Approx(r.measure("reciprocity")).epsilon(1e-12));
    CHECK(s.weak_components == r.measure("weak_components"));
    CHECK(s.strong_components == r.measure("strong_components"));
    CHECK(s.largest_weak == r.measure("largest_weak"));
    CHECK(s.largest_strong == r.measure("largest_strong"));
    CHECK(s.diameter == r.measure("diameter"));
    CHECK(s.average_path_length == doctest::Approx(r.measure("average_path_length")).epsilon(1e-12));
    CHECK(ids(s.articulation_points) == r.network.at("articulation_points"));
    CHECK(pairs(s.bridges) == r.network.at("bridges"));
    const auto& core = r.node.at("core");
    for (int v = 0; v < r.graph.n; ++v) CHECK(s.core[v] == core[v]);
  }
}

TEST_CASE("components are numbered by decreasing size") {
  auto r = testing::load_reference("random_forest");
  auto s = analysis::structure(r.graph);
  std::vector<int> size(s.weak_components, 0);
  for (int c : s.weak_component) ++size[c];
  for (int c = 1; c < s.weak_components; ++c) CHECK(size[c - 1] >= size[c]);
  CHECK(size[0] == s.largest_weak);
}

TEST_CASE("edge case: empty graph") {
  graph::Digraph g = graph::Digraph::from_arcs(0, {});
  auto c = analysis::centrality(g, {});
  CHECK(c.betweenness.empty());
  CHECK(c.pagerank.empty());
  auto s = analysis::structure(g);
  CHECK(s.organisations == 0);
  CHECK(s.weak_components == 0);
  CHECK(s.density == 0);
  auto com = analysis::louvain(g, {});
  CHECK(com.count == 0);
  CHECK(com.modularity == 0);
  CHECK(analysis::org_metric(g, "constraint", false).empty());
}

TEST_CASE("edge case: a single organisation") {
  graph::Digraph g = graph::Digraph::from_arcs(1, {});
  auto c = analysis::centrality(g, {});
  CHECK(c.betweenness == std::vector<double>{0.0});
  CHECK(c.closeness == std::vector<double>{0.0});
  CHECK(c.pagerank == std::vector<double>{1.0});
  CHECK(c.eigenvector == std::vector<double>{1.0});
  auto s = analysis::structure(g);
  CHECK(s.weak_components == 1);
  CHECK(s.isolates == 1);
  CHECK(s.diameter == 0);
  CHECK(std::isnan(analysis::org_metric(g, "constraint", false)[0]));
  auto com = analysis::louvain(g, {});
  CHECK(com.count == 1);
}

TEST_CASE("edge case: self-loops are left out, parallel flows merge with weights added") {
  // 0 -> 1 twice (weights 1 and 3), 1 -> 1 self-loop, 1 -> 2.
  auto g = graph::Digraph::from_arcs(3, {{0, 1, 1.0}, {0, 1, 3.0}, {1, 1, 5.0}, {1, 2, 2.0}});
  analysis::CentralityOptions o;
  auto plain = analysis::centrality(g, o);
  CHECK(plain.out_degree[0] == 1);                      // one partner, not two flows
  CHECK(plain.in_degree[1] == 1);                       // the self-loop does not count
  CHECK(plain.betweenness[1] == doctest::Approx(0.5));  // 0 -> 2 goes through 1: 1/((3-1)(3-2))
  o.weighted = true;
  auto weighted = analysis::centrality(g, o);
  CHECK(weighted.out_degree[0] == 4);  // 1 + 3
  CHECK(weighted.in_degree[1] == 4);
  auto s = analysis::structure(g);
  CHECK(s.flows == 3);
  CHECK(s.arcs == 2);
  CHECK(s.self_loops == 1);
}

TEST_CASE("edge case: disconnected layer with isolates") {
  // Two triangles both ways and an isolated node 6.
  std::vector<std::tuple<int, int, double>> arcs;
  for (int base : {0, 3})
    for (int a = 0; a < 3; ++a)
      for (int b = 0; b < 3; ++b)
        if (a != b) arcs.emplace_back(base + a, base + b, 1.0);
  auto g = graph::Digraph::from_arcs(7, arcs);
  auto s = analysis::structure(g);
  CHECK(s.weak_components == 3);
  CHECK(s.strong_components == 3);
  CHECK(s.isolates == 1);
  CHECK(s.largest_weak == 3);
  CHECK(s.diameter == 1);
  CHECK(s.average_path_length == 1);
  auto c = analysis::centrality(g, {});
  // networkx: (r-1)/total * (r-1)/(n-1) with r = 3 reached, total 2 -> 1 * 2/6.
  CHECK(c.closeness[0] == doctest::Approx(1.0 / 3));
  CHECK(c.closeness[6] == 0);
  CHECK(c.harmonic[0] == 2);
  // The isolate is dangling: x6 = 0.15/7 + 0.85 x6/7; the others share the rest equally.
  double x6 = (0.15 / 7) / (1 - 0.85 / 7);
  CHECK(c.pagerank[6] == doctest::Approx(x6).epsilon(1e-12));
  CHECK(c.pagerank[0] == doctest::Approx((1 - x6) / 6).epsilon(1e-12));
  double total = 0;
  for (double p : c.pagerank) total += p;
  CHECK(total == doctest::Approx(1.0));
  auto com = analysis::louvain(g, {});
  CHECK(com.count == 3);
  CHECK(com.membership[0] == com.membership[2]);
  CHECK(com.membership[0] != com.membership[3]);
  CHECK(com.membership[6] == 2);  // singletons come last
}
