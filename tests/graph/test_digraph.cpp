// The reference-graph loader, and the Digraph built from its edges.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "graph/reference_graphs.hpp"

namespace stakemap::testing {

namespace {
std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ',')) cells.push_back(cell);
    if (!line.empty() && line.back() == ',') cells.emplace_back();
    rows.push_back(cells);
  }
  return rows;
}
}  // namespace

const std::vector<std::string>& reference_names() {
  static const std::vector<std::string> names{"karate",       "florentine",    "kite",
                                              "random_dense", "random_sparse", "random_forest"};
  return names;
}

double ReferenceGraph::measure(const std::string& key) const {
  auto it = network.find(key);
  if (it == network.end()) throw std::runtime_error(name + ": no measure " + key);
  return std::stod(it->second);
}

bool ReferenceGraph::has(const std::string& column) const {
  auto it = node.find(column);
  if (it == node.end()) return false;
  for (double v : it->second)
    if (std::isnan(v)) return false;
  return true;
}

ReferenceGraph load_reference(const std::string& name) {
  std::string base = std::string(STAKEMAP_FIXTURES) + "/analytics/" + name;
  ReferenceGraph r;
  r.name = name;
  auto nodes = read_csv(base + ".reference.csv");
  const auto& header = nodes.at(0);
  for (std::size_t row = 1; row < nodes.size(); ++row) {
    r.node_names.push_back(nodes[row].at(1));
    for (std::size_t c = 2; c < header.size(); ++c) {
      const std::string& cell = nodes[row].at(c);
      r.node[header[c]].push_back(cell.empty() ? NAN : std::stod(cell));
    }
  }
  int n = static_cast<int>(nodes.size()) - 1;
  std::vector<std::tuple<int, int, double>> arcs;
  auto edges = read_csv(base + ".edges.csv");
  for (std::size_t row = 1; row < edges.size(); ++row)
    arcs.emplace_back(std::stoi(edges[row].at(0)), std::stoi(edges[row].at(1)), std::stod(edges[row].at(2)));
  r.graph = graph::Digraph::from_arcs(n, std::move(arcs));
  auto network = read_csv(base + ".network.csv");
  for (std::size_t row = 1; row < network.size(); ++row)
    r.network[network[row].at(0)] = network[row].size() > 1 ? network[row][1] : "";
  return r;
}

}  // namespace stakemap::testing

using stakemap::testing::load_reference;

TEST_CASE("reference graphs load with the arcs networkx saw") {
  for (const auto& name : stakemap::testing::reference_names()) {
    auto r = load_reference(name);
    CAPTURE(name);
    CHECK(r.graph.n == static_cast<int>(r.measure("organisations")));
    CHECK(r.graph.arcs() == static_cast<long>(r.measure("arcs")));
    CHECK(r.graph.merged_parallel == 0);
    CHECK(r.graph.self_loops == 0);
  }
}

TEST_CASE("Digraph merges parallel flows, adding weights, and drops self-loops") {
  using stakemap::graph::Digraph;
  auto g = Digraph::from_arcs(3, {{0, 1, 2.0}, {0, 1, 0.5}, {1, 1, 9.0}, {2, 0, 1.0}, {1, 0, 1.0}});
  CHECK(g.arcs() == 3);
  CHECK(g.flows == 4);
  CHECK(g.self_loops == 1);
  CHECK(g.merged_parallel == 1);
  CHECK(g.out_w(0)[0] == doctest::Approx(2.5));
  CHECK(g.has_arc(0, 1));
  CHECK_FALSE(g.has_arc(1, 1));
  auto u = stakemap::graph::undirected(g);
  CHECK(u.arcs() == 4);                          // {0,1} and {0,2}, both ways
  CHECK(u.out_w(0)[0] == doctest::Approx(3.5));  // 2.5 one way + 1 back
}
