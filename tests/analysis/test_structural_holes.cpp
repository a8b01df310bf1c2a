// Structural holes (Burt): constraint and effective size against networkx.
#include <doctest/doctest.h>

#include <cmath>

#include "analysis/structural_holes.hpp"
#include "graph/reference_graphs.hpp"

using namespace stakemap;

TEST_CASE("constraint and effective size match networkx on a DiGraph with mutual weights") {
  for (const auto& name : testing::reference_names()) {
    auto r = testing::load_reference(name);
    for (bool weighted : {false, true}) {
      auto h = analysis::structural_holes(r.graph, weighted);
      std::string p = weighted ? "w_" : "";
      const auto& c = r.node.at(p + "constraint");
      const auto& e = r.node.at(p + "effective_size");
      CAPTURE(name);
      CAPTURE(weighted);
      for (int v = 0; v < r.graph.n; ++v) {
        CAPTURE(v);
        CHECK(std::isnan(h.constraint[v]) == std::isnan(c[v]));  // NaN exactly for isolated nodes
        if (std::isnan(c[v])) continue;
        CHECK(std::fabs(h.constraint[v] - c[v]) <= 1e-9);
        CHECK(std::fabs(h.effective_size[v] - e[v]) <= 1e-9);
      }
    }
  }
}
