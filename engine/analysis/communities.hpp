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
  double threshold = 1e-7;  ///< a level stops when a pass gains less modularity than this
};

/// A partition of the nodes.
struct Communities {
  std::vector<int> membership;  ///< community of each node, 0 = largest
  int count = 0;
  double modularity = 0;  ///< of `membership`, with the options' resolution and weights
};

/// Multi-level Louvain (Blondel et al. 2008) on the undirected view of `g`; communities
/// are numbered by decreasing size (ties: smallest member first). Isolated nodes form
/// their own communities. Deterministic for a seed. Complexity about O(m) per pass.
Communities louvain(const graph::Digraph& g, const LouvainOptions& options);

/// Modularity of `membership` on the undirected view of `g` (networkx's `modularity`).
double modularity(const graph::Digraph& g, const std::vector<int>& membership, bool weighted,
                  double resolution = 1.0);

}  // namespace stakemap::analysis
