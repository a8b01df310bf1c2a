#pragma once
// Distance-based centralities: closeness (Wasserman–Faust corrected) and harmonic, over
// incoming distances as networkx computes them on a directed graph, and out-closeness.
#include <vector>

#include "graph/digraph.hpp"

namespace stakemap::analysis {

/// Closeness and harmonic centrality of every node.
struct Closeness {
  std::vector<double> closeness;  ///< (r-1)/sum d(u,v) · (r-1)/(n-1) over the r nodes u reaching v
  std::vector<double> harmonic;   ///< sum over u != v of 1/d(u,v) (not normalised)
};

/// incoming = true: distances from others to the node (networkx `closeness_centrality` and
/// `harmonic_centrality` on a DiGraph); false: distances from the node to others
/// (out-closeness: how fast an organisation's data reaches the others). Weighted: the length
/// of an arc is 1/weight. Unweighted uses bit-parallel BFS (64 sources per pass), both cores.
Closeness closeness(const graph::Digraph& g, bool incoming, bool weighted, int threads);

}  // namespace stakemap::analysis
