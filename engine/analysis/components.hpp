#pragma once
// Connectivity of a layer: weak and strong components, articulation points and bridges.
#include <utility>
#include <vector>

#include "graph/digraph.hpp"

namespace stakemap::analysis {

/// A partition of the nodes into components.
struct Components {
  std::vector<int> of;     ///< component of each node
  std::vector<int> sizes;  ///< size of each component
  int count() const { return static_cast<int>(sizes.size()); }
};

/// Weakly connected components, numbered by decreasing size (ties: smallest node first). O(n + m).
Components weak_components(const graph::Digraph& g);

/// Strongly connected components (Tarjan, iterative) in reverse topological order of the
/// condensation: every arc between components goes from a higher to a lower number. O(n + m).
/// (Boost.Graph's strong_components gives the same numbering but took more time:
/// docs/benchmarks.md, "Boost.Graph and Eigen".)
Components strong_components(const graph::Digraph& g);

/// Renumbers components by decreasing size (ties: smallest node first).
Components by_size(const Components& c);

/// Cut points of the undirected view: articulation points (increasing) and bridges
/// ((smaller, larger), sorted). Iterative DFS, O(n + m) after building the undirected view
/// (O(m log m)). (Boost.Graph's biconnected components give the same answer but took more
/// time: docs/benchmarks.md.)
struct CutPoints {
  std::vector<int> articulation_points;
  std::vector<std::pair<int, int>> bridges;
};
CutPoints cut_points(const graph::Digraph& g);

}  // namespace stakemap::analysis
