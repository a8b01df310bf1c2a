#pragma once
// Internal to key_players(): the reach objective of a base set plus one more organisation,
// for every candidate in turn, without a BFS over the whole graph per candidate.
#include <vector>

#include "graph/digraph.hpp"

namespace stakemap::analysis {

/// The reach objective from the histogram of distances of the non-members: `hist[d]`
/// organisations at distance d (1 <= d <= max_distance), `others` non-members in all
/// (unreached ones included). Returns reached-within-`hops` + distance-weighted reach / 2.
/// Summed by distance, so two ways of counting the same distances give the same bits.
double reach_value(const std::vector<long>& hist, int max_distance, long others, int hops, int* reached = nullptr,
                   double* distance_reach = nullptr);

/// Marginal reach of each candidate against one base set. rebase() runs one multi-source BFS
/// (O(n + m)); with(v) runs a BFS from v that expands only the organisations v brings strictly
/// closer (every node on a shortest path from v to such an organisation is itself brought
/// closer), so its cost is the part of the graph that changes. Memory O(n).
class ReachGains final {
 public:
  ReachGains(const graph::Digraph& undirected, int hops);
  /// Distances from `base` (members at 0, -1 unreached) and their histogram.
  void rebase(const std::vector<int>& base);
  /// reach_objective(base ∪ {v}) for a `v` not in the base.
  double with(int v);
  /// Organisations other than the members reached within `hops` from base ∪ {v}: the whole
  /// part of with(v) above 1 (the distance-weighted rest is at most 1/2). A BFS from v at most
  /// `hops` deep, expanding only what v brings closer.
  int reached_with(int v);

 private:
  const graph::Digraph& g_;
  int hops_;
  std::vector<int> dist_;
  std::vector<long> hist_;
  int max_distance_ = 0;
  long others_ = 0;
  long reached_ = 0;  ///< non-members within hops of the base
  // Scratch of with(): visit stamps, distances from v, the queue, the changed histogram bins.
  std::vector<int> seen_, near_, queue_, touched_;
  std::vector<long> delta_, merged_;
  int stamp_ = 0;
};

}  // namespace stakemap::analysis
