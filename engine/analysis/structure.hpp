#pragma once
// Whole-network measures of a layer: size, density, reciprocity, components, cut points,
// k-cores, diameter and average path length.
#include <utility>
#include <vector>

#include "analysis/path_budget.hpp"
#include "graph/digraph.hpp"

namespace stakemap::analysis {

/// Settings of structure().
struct StructureOptions {
  int threads = 0;  ///< for the path measures; 0 = all hardware threads
  /// Path measures are estimated from sampled sources when the largest weak component has
  /// more nodes x arcs (undirected view) than this (0 = always exact).
  double sample_above = kExactPathWork;
  long samples = 4096;  ///< sources sampled then
  unsigned seed = 1;
  double delta = 0.1;  ///< probability that the stated error bound fails
};

/// Network measures; node numbers are indexes of the graph.
struct Structure {
  int organisations = 0;
  long flows = 0;          ///< flows of the layer (parallel ones counted, no self-loops)
  long arcs = 0;           ///< distinct ordered pairs linked
  long edges = 0;          ///< distinct unordered pairs linked
  long self_loops = 0;     ///< left out of every measure
  double density = 0;      ///< arcs / (n (n - 1))
  double reciprocity = 0;  ///< share of arcs whose reverse arc exists
  int weak_components = 0, strong_components = 0;
  int largest_weak = 0, largest_strong = 0;  ///< sizes
  double largest_weak_share = 0;             ///< largest_weak / n
  int isolates = 0;
  int diameter = 0;                          ///< of the largest weak component, undirected, in hops
  double average_path_length = 0;            ///< same component and distances
  bool paths_sampled = false;                ///< diameter and average path length from sampled sources
  long path_sources = 0;                     ///< BFS sources used (the whole component when exact)
  int diameter_upper_bound = 0;              ///< = diameter when exact; else min over sources of 2 ecc
  double average_path_length_error = 0;      ///< empirical-Bernstein bound (probability 1 - delta)
  std::vector<int> articulation_points;      ///< undirected view, increasing
  std::vector<std::pair<int, int>> bridges;  ///< undirected view, (smaller, larger), sorted
  std::vector<int> core;                     ///< k-core number of each node (undirected simple view)
  int max_core = 0;
  std::vector<int> weak_component, strong_component;  ///< component of each node, 0 = largest
};

/// Computes every measure. Complexity O(m) except the path measures: a BFS from every node
/// of the largest weak component (or from sampled ones on large maps, where the diameter is
/// then the largest eccentricity found, a lower bound), 512 at a time (bit-parallel), on
/// both cores.
Structure structure(const graph::Digraph& g, const StructureOptions& options = {});

/// k-core number of each node on the undirected simple view (networkx core_number), by
/// Boost.Graph's bucket algorithm (Batagelj–Zaversnik). O(n + m) after building the
/// undirected view (O(m log m)).
std::vector<int> core_numbers(const graph::Digraph& g);

}  // namespace stakemap::analysis
