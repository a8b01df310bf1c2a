#pragma once
// Internal: the steps of multi-level modularity optimisation on a weighted undirected
// graph — fast local moving (Louvain), refinement (Leiden), aggregation.
#include <cstdint>
#include <vector>

#include "analysis/random.hpp"
#include "graph/digraph.hpp"

namespace stakemap::analysis::detail {

/// A weighted undirected graph, symmetric CSR without self-loops; `loop[v]` is the weight of
/// v's self-loop counted twice (the adjacency diagonal of an aggregated graph).
struct Level {
  int n = 0;
  std::vector<std::int64_t> offset;
  std::vector<int> target;
  std::vector<double> weight, loop, strength;
  double total = 0;  ///< 2M: sum of strengths
};

/// Buffers the steps below reuse from one call to the next (no allocation, no page faults
/// once they have grown); what they hold between calls means nothing.
struct Scratch {
  std::vector<double> values_1, values_2, values_3, values_4;  ///< one per node
  std::vector<int> nodes_1, nodes_2;                           ///< one per node
  std::vector<char> flags;                                     ///< one per node
  std::vector<std::int64_t> starts_1, starts_2;                ///< one per part
  std::vector<int> parts_1, parts_2;                           ///< one per arc
  std::vector<double> weights_1, weights_2;                    ///< one per arc
};

/// The undirected view of `g`, weights summed over both directions (or 1 per tie).
Level level_from(const graph::Digraph& g, bool weighted);

/// Moves single nodes to the neighbouring community that raises modularity most, in a
/// seeded random order, revisiting only nodes whose neighbourhood changed (Traag et al.
/// 2019). `community` is updated in place; returns true when a node moved.
bool fast_local_move(const Level& l, double gamma, Random& rng, std::vector<int>& community, Scratch& scratch);

/// Leiden refinement: inside each community, from singletons, merges each well-connected
/// node into the well-connected sub-community with the best non-negative gain (greedy).
/// Returns the refined partition (every refined community inside one community).
std::vector<int> refine(const Level& l, double gamma, Random& rng, const std::vector<int>& community, Scratch& scratch);

/// Renumbers a partition 0..k-1 in order of first appearance; returns k.
int compact(std::vector<int>& partition);

/// The graph of the `k` parts of `partition`: weights summed, inner weight as self-loops.
/// Written into `a` (its buffers reused; `a` must not be `l`).
void aggregate(const Level& l, const std::vector<int>& partition, int k, Level& a, Scratch& scratch);

}  // namespace stakemap::analysis::detail
