#pragma once
// Louvain communities of the undirected view of a layer.
#include <vector>

#include "graph/digraph.hpp"

namespace stakemap::analysis {

/// Louvain settings.
struct LouvainOptions {
  bool weighted = false;    ///< edge weight = sum of both directions' weights (else 1)
  double resolution = 1.0;  ///< gamma of modularity; > 1 gives smaller communities
  unsigned seed = 1;        ///< order in which nodes are visited; same seed, same result
  double threshold = 1e-7;  ///< iterations stop when one gains less modularity than this
  /// Iterations per run, each starting from the previous partition; 0 = automatic: up to 20
  /// on small maps (nodes + ties < 20,000), 3 on larger ones (docs/metrics.md).
  int iterations = 0;
  /// Independent runs (the best is kept); 0 = automatic: 10 on small maps, else 1.
  int restarts = 0;
};

/// A partition of the nodes.
struct Communities {
  std::vector<int> membership;  ///< community of each node, 0 = largest
  int count = 0;
  double modularity = 0;  ///< of `membership`, with the options' resolution and weights
};

/// Multi-level Louvain (Blondel et al. 2008) on the undirected view of `g`, with the fast
/// local moving and refinement of Leiden (Traag et al. 2019) and iterations that start from
/// the previous partition; the best of `restarts` runs is kept. Communities are numbered
/// by decreasing size (ties: smallest member first); isolated nodes form their own.
/// Deterministic for a seed. Complexity about O(m) per level.
Communities louvain(const graph::Digraph& g, const LouvainOptions& options);

/// Modularity of `membership` on the undirected view of `g` (networkx's `modularity`).
double modularity(const graph::Digraph& g, const std::vector<int>& membership, bool weighted, double resolution = 1.0);

}  // namespace stakemap::analysis
