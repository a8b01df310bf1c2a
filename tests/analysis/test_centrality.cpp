// Every centrality against networkx 2.8 (cross-checked with igraph) on the classic networks
// and seeded random directed graphs of tests/fixtures/analytics.
#include <doctest/doctest.h>

#include <cmath>

#include "analysis/centrality.hpp"
#include "graph/reference_graphs.hpp"

using namespace stakemap;

namespace {

void check_close(const std::vector<double>& got, const std::vector<double>& want, double tolerance,
                 const std::string& what) {
  REQUIRE(got.size() == want.size());
  for (std::size_t v = 0; v < got.size(); ++v) {
    CAPTURE(what);
    CAPTURE(v);
    CHECK(std::fabs(got[v] - want[v]) <= tolerance);
  }
}

// Checks every column the reference has (prefix "w_" for weighted).
void check_centralities(const testing::ReferenceGraph& r, bool weighted) {
  analysis::CentralityOptions o;
  o.weighted = weighted;
  auto c = analysis::centrality(r.graph, o);
  CHECK_FALSE(c.betweenness_info.sampled);
  std::string p = weighted ? "w_" : "";
  for (const char* name : {"in_degree", "out_degree", "degree", "betweenness", "closeness", "out_closeness", "harmonic",
                           "pagerank", "eigenvector", "hub", "authority"}) {
    std::string column = p + name;
    if (!r.has(column)) continue;  // undefined in networkx (no convergence, ambiguous HITS)
    check_close(*c.values(name), r.node.at(column), 1e-9, r.name + " " + column);
  }
  if (!r.has(p + "eigenvector")) CHECK_FALSE(c.eigenvector_converged);  // networkx did not converge either
  else CHECK(c.eigenvector_converged);
}

}  // namespace

TEST_CASE("centralities match networkx on the reference graphs (unweighted)") {
  for (const auto& name : testing::reference_names()) check_centralities(testing::load_reference(name), false);
}

TEST_CASE("centralities match networkx on the reference graphs (weighted, distance 1/weight)") {
  for (const auto& name : testing::reference_names()) check_centralities(testing::load_reference(name), true);
}

TEST_CASE("published values: karate club and Krackhardt's kite") {
  // Zachary's karate club: the instructor (node 0) and the president (node 33).
  auto karate = testing::load_reference("karate");
  auto c = analysis::centrality(karate.graph, {});
  CHECK(c.betweenness[0] == doctest::Approx(0.43763528).epsilon(1e-8));  // 231.07 / C(33,2) undirected
  CHECK(c.betweenness[33] == doctest::Approx(0.30407497).epsilon(1e-8));
  CHECK(c.degree[0] == 32);  // 16 ties, both directions
  // Krackhardt (1990): Heather (7) has the highest betweenness, 14 of the 36 pairs of others.
  auto kite = testing::load_reference("kite");
  auto k = analysis::centrality(kite.graph, {});
  CHECK(k.betweenness[7] == doctest::Approx(14.0 / 36.0).epsilon(1e-12));
  CHECK(k.closeness[5] == doctest::Approx(9.0 / 14.0).epsilon(1e-12));  // Fernando: 9 others at total distance 14
  CHECK(k.closeness[3] == doctest::Approx(0.6).epsilon(1e-12));
}

TEST_CASE("exact betweenness does not depend on the number of threads") {
  auto r = testing::load_reference("random_dense");
  analysis::CentralityOptions one, two;
  one.threads = 1;
  two.threads = 2;
  one.only = two.only = {"betweenness", "closeness"};
  auto a = analysis::centrality(r.graph, one), b = analysis::centrality(r.graph, two);
  check_close(a.betweenness, b.betweenness, 1e-15, "threads");
  check_close(a.closeness, b.closeness, 0, "threads");
}
