// Gould-Fernandez brokerage roles against a brute force over all triples, and on a hand-made chain.
#include <doctest/doctest.h>

#include "analysis/brokerage.hpp"
#include "graph/reference_graphs.hpp"

using namespace stakemap;

TEST_CASE("Gould-Fernandez roles match a brute force over all triples") {
  for (const auto& name : testing::reference_names()) {
    auto r = testing::load_reference(name);
    std::vector<int> group(r.graph.n);
    for (int v = 0; v < r.graph.n; ++v) group[v] = static_cast<int>(r.node.at("group")[v]);
    auto roles = analysis::brokerage_roles(r.graph, group);
    CAPTURE(name);
    const std::pair<const char*, const std::vector<long>*> columns[] = {{"coordinator", &roles.coordinator},
                                                                        {"consultant", &roles.consultant},
                                                                        {"gatekeeper", &roles.gatekeeper},
                                                                        {"representative", &roles.representative},
                                                                        {"liaison", &roles.liaison}};
    for (const auto& column : columns) {
      const char* role = column.first;  // a plain variable: clang 14 cannot capture a structured binding
      for (int v = 0; v < r.graph.n; ++v) {
        CAPTURE(role);
        CHECK((*column.second)[v] == r.node.at(role)[v]);
      }
    }
  }
}

TEST_CASE("Gould-Fernandez roles on a hand-made chain") {
  // a(0) -> b(1) -> c(2), groups decide the role of b; a -> c closes the path.
  auto chain = graph::Digraph::from_arcs(3, {{0, 1, 1}, {1, 2, 1}});
  auto role_of_b = [&](std::vector<int> g) {
    auto r = analysis::brokerage_roles(chain, g);
    return std::vector<long>{r.coordinator[1], r.consultant[1], r.gatekeeper[1], r.representative[1], r.liaison[1]};
  };
  CHECK(role_of_b({0, 0, 0}) == std::vector<long>{1, 0, 0, 0, 0});
  CHECK(role_of_b({0, 1, 0}) == std::vector<long>{0, 1, 0, 0, 0});
  CHECK(role_of_b({0, 1, 1}) == std::vector<long>{0, 0, 1, 0, 0});
  CHECK(role_of_b({0, 0, 1}) == std::vector<long>{0, 0, 0, 1, 0});
  CHECK(role_of_b({0, 1, 2}) == std::vector<long>{0, 0, 0, 0, 1});
  CHECK(role_of_b({0, -1, 0}) == std::vector<long>{0, 0, 0, 0, 0});  // unknown group: not counted
  auto closed = graph::Digraph::from_arcs(3, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}});
  CHECK(analysis::brokerage_roles(closed, {0, 0, 0}).coordinator[1] == 0);  // a reaches c directly
}
