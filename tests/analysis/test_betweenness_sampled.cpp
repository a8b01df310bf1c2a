// Sampled betweenness: within its stated bound, deterministic for a seed, automatic on
// large graphs.
#include <doctest/doctest.h>

#include <cmath>

#include "analysis/betweenness.hpp"
#include "analysis/centrality.hpp"
#include "graph/reference_graphs.hpp"

using namespace stakemap;

TEST_CASE("sampled betweenness stays within its Riondato-Kornaropoulos bound") {
  for (const char* name : {"karate", "random_dense", "random_sparse"}) {
    auto r = testing::load_reference(name);
    for (bool weighted : {false, true}) {
      analysis::CentralityOptions o;
      o.only = {"betweenness"};
      o.sample = 20000;
      o.weighted = weighted;
      auto c = analysis::centrality(r.graph, o);
      const auto& info = c.betweenness_info;
      CAPTURE(name);
      CHECK(info.sampled);
      CHECK_FALSE(info.automatic);
      CHECK(info.samples == 20000);
      CHECK(info.epsilon > 0);
      CHECK(info.epsilon < 0.03);
      const auto& exact = r.node.at(weighted ? "w_betweenness" : "betweenness");
      double worst = 0;
      for (int v = 0; v < r.graph.n; ++v) worst = std::max(worst, std::fabs(c.betweenness[v] - exact[v]));
      CHECK(worst <= info.epsilon);
      CHECK(worst > 0);  // it really is an estimate
    }
  }
}

TEST_CASE("sampled betweenness is deterministic for a seed, whatever the threads") {
  auto r = testing::load_reference("random_sparse");
  std::vector<double> runs[3];
  int i = 0;
  for (auto [threads, seed] : {std::pair{1, 5u}, {2, 5u}, {2, 6u}})
    runs[i++] = analysis::betweenness_sampled(r.graph, false, 5000, seed, threads);
  CHECK(runs[0] == runs[1]);
  CHECK(runs[0] != runs[2]);
}

TEST_CASE("vertex-diameter bound holds and sample size follows Riondato-Kornaropoulos") {
  for (const auto& name : testing::reference_names()) {
    auto r = testing::load_reference(name);
    int bound = analysis::vertex_diameter_bound(r.graph);
    CAPTURE(name);
    // The undirected diameter of the largest weak component is no upper bound of directed
    // distances, but on the symmetric classic graphs directed = undirected distances.
    if (r.measure("reciprocity") == 1.0) CHECK(bound >= r.measure("diameter") + 1);
    CHECK(bound <= r.graph.n);
  }
  // r = (0.5 / eps^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta)) with VD = 10, eps 0.01, delta 0.1.
  CHECK(analysis::betweenness_sample_size(0.01, 0.1, 10) ==
        static_cast<long>(std::ceil(5000 * (3 + 1 + std::log(10.0)))));
}

TEST_CASE("automatic sampling above the size threshold") {
  auto r = testing::load_reference("random_dense");
  analysis::CentralityOptions o;
  o.only = {"betweenness"};
  o.auto_sample_above = 100;  // n * arcs = 50 * 250
  o.epsilon = 0.02;
  auto c = analysis::centrality(r.graph, o);
  CHECK(c.betweenness_info.sampled);
  CHECK(c.betweenness_info.automatic);
  CHECK(c.betweenness_info.samples == analysis::betweenness_sample_size(0.02, 0.1, c.betweenness_info.vertex_diameter));
  for (int v = 0; v < r.graph.n; ++v)
    CHECK(std::fabs(c.betweenness[v] - r.node.at("betweenness")[v]) <= c.betweenness_info.epsilon);
}
