#pragma once
// Test helper: the reference graphs of tests/fixtures/analytics (written by
// make_reference.py from networkx and igraph) and their expected values.
#include <map>
#include <string>
#include <vector>

#include "graph/digraph.hpp"

namespace stakemap::testing {

/// One reference graph: its edges as a Digraph and networkx's values.
struct ReferenceGraph {
  std::string name;
  graph::Digraph graph;
  std::vector<std::string> node_names;
  /// Per-node columns of <name>.reference.csv; NaN where the cell is empty.
  std::map<std::string, std::vector<double>> node;
  /// measure -> value text of <name>.network.csv.
  std::map<std::string, std::string> network;
  double measure(const std::string& key) const;  ///< network[key] as a number
  bool has(const std::string& column) const;     ///< the column exists and is never empty
};

/// Loads tests/fixtures/analytics/<name>.*; throws when a file is missing.
ReferenceGraph load_reference(const std::string& name);

/// The names of every reference graph.
const std::vector<std::string>& reference_names();

}  // namespace stakemap::testing
