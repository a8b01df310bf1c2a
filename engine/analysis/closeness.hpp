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
/// of an arc is 1/weight. Unweighted uses bit-parallel BFS (up to 512 sources per pass), both cores.
Closeness closeness(const graph::Digraph& g, bool incoming, bool weighted, int threads);

/// The same, estimated from `sources` distinct sources drawn uniformly (seeded): for each
/// node, the organisations reaching it, their total distance and harmonic sum are scaled
/// up from the sampled ones (n/K times), then combined as above. Complexity O(K·m).
Closeness closeness_sampled(const graph::Digraph& g, bool incoming, bool weighted, long sources, unsigned seed,
                            int threads);

/// Hoeffding bound of closeness_sampled: with probability 1 - delta every node's share of
/// others reaching it, (r-1)/(n-1), and its harmonic/(n-1) are within this of their exact
/// values: n/(n-1) · sqrt(ln(4n/delta) / (2K)).
double closeness_sample_error(int n, long sources, double delta);

/// Sources needed for error `epsilon` (rounded up to a multiple of 512, at most n).
long closeness_sample_size(int n, double epsilon, double delta);

}  // namespace stakemap::analysis
