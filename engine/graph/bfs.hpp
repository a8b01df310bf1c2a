#pragma once
// Breadth-first hop distances on a Digraph: the one plain BFS of the engine (key players'
// reach and fragmentation, the rendered ego view). The path-counting searches of betweenness
// (analysis/shortest_paths.hpp, betweenness_sampled.cpp) are not plain BFS: they also count
// shortest paths, in a branch-free inner loop tuned for speed, and stay separate (measured:
// the plain loop of this BFS in their place made `stakemap centrality --exact` on a random
// 10k-node, 50k-arc map 25-40 % slower, 16.7-17.8 s against 21.2-24.8 s).
#include <limits>
#include <vector>

#include "graph/digraph.hpp"

namespace stakemap::graph {

/// Multi-source BFS along out-arcs (use undirected() for both directions), with buffers
/// allocated once and reused by every run. Each run is O(n + m') for the m' arcs leaving
/// the nodes it expands; memory O(n).
class Bfs {
 public:
  explicit Bfs(const Digraph& g);

  /// Hop distances from the nearest of `sources` (0 for a source, -1 when unreached), valid
  /// until the next run. Nodes with a nonzero entry in `blocked` (size n) are neither
  /// sources nor traversed; nodes at distance `max_depth` are reached but not expanded.
  const std::vector<int>& run(const std::vector<int>& sources, const std::vector<char>* blocked = nullptr,
                              int max_depth = std::numeric_limits<int>::max());

 private:
  const Digraph& g_;
  std::vector<int> dist_;
  std::vector<int> queue_;
};

}  // namespace stakemap::graph
