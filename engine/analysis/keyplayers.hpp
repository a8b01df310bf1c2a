#pragma once
// Key players (Borgatti 2006): the k organisations whose convening reaches the most others
// (KPP-Pos, "reach") or whose absence fragments the network the most (KPP-Neg, "fragment").
// Greedy start, then a swap-improvement pass. See docs/coordination.md.
#include <string>
#include <vector>

#include "graph/digraph.hpp"

namespace stakemap::analysis {

enum class KeyPlayerMode { reach, fragment };

struct KeyPlayerOptions {
  int k = 3;  ///< size of the set (>= 1)
  KeyPlayerMode mode = KeyPlayerMode::reach;
  int hops = 1;                 ///< reach: an organisation is reached within this many hops
  std::vector<int> must;        ///< always in the set
  std::vector<bool> candidate;  ///< empty = every node may be chosen; else only where true
  int max_swap_rounds = 50;     ///< bound on improvement rounds
  /// Reach mode: each candidate's gain by a BFS from it that expands only what it brings
  /// closer. false: every candidate set evaluated from scratch (the reference; same result).
  bool incremental = true;
  /// Reach mode: also measure the final set's fragmentation (KeyPlayerResult::fragmentation,
  /// a BFS from every organisation: on large maps costlier than the search itself). Fragment
  /// mode always measures it.
  bool fragmentation = false;
};

/// One member of the chosen set.
struct KeyPlayer {
  int org;
  /// Marginal gain when members are added in order of gain: reach mode, organisations newly
  /// reached within `hops`; fragment mode, the rise in fragmentation. Gains add up to the
  /// final set's value minus the empty set's.
  double gain;
};

struct KeyPlayerResult {
  std::vector<KeyPlayer> members;  ///< in rank order
  double objective_greedy = 0;     ///< objective after the greedy start
  double objective = 0;            ///< objective after the swap pass
  double baseline = 0;             ///< objective of the empty set
  int swaps = 0;                   ///< improving swaps made
  int requested = 0;               ///< k asked for
  /// Members of the k found whose gain was not positive, left out of `members` (never a
  /// `must` member): the set stops at the last positive gain.
  int dropped = 0;
  // Both measures for the final set, whatever the mode:
  int reached = 0;            ///< others reached within `hops`
  double distance_reach = 0;  ///< distance-weighted reach in [0, 1]
  /// Distance-weighted fragmentation after removal, in [0, 1]; 0 in reach mode unless
  /// KeyPlayerOptions::fragmentation.
  double fragmentation = 0;
};

/// Objective of reach mode: others reached within `hops` plus, as a tie-break below 1,
/// the distance-weighted reach. `g` is read as undirected (a tie either way lets a
/// convener reach a partner). One multi-source BFS: O(n + m).
double reach_objective(const graph::Digraph& undirected, const std::vector<int>& set, int hops, int* reached = nullptr,
                       double* distance_reach = nullptr);
/// Distance-weighted fragmentation of the undirected graph without `removed`:
/// 1 - sum_{i != j} 1/d(i,j) / (m (m-1)) over the m remaining nodes (0 = fully connected
/// at distance 1, 1 = no ties at all). A BFS from every remaining node, 512 at a time bit-parallel
/// on all cores: O(n/512 · m · diameter) word operations.
double fragmentation(const graph::Digraph& undirected, const std::vector<int>& removed);

/// Chooses the set; members whose marginal gain is 0 (or less) are left out (`dropped`), so
/// fewer than k may be returned, and the measures below are those of the kept set. Throws UsageError when k is out of
/// range or constraints leave too few candidates. Complexity: E objective evaluations, E = k·n (greedy) + R·k·n (R swap
/// rounds, at most max_swap_rounds) + k² (ranking). In fragment mode each is O(n · (n + m)). In reach mode
/// (incremental) each base set costs one BFS, O(n + m), and each candidate a BFS over the part of the graph it brings
/// closer (the whole graph only while the base reaches little); then, when asked, one fragmentation measure (see
/// fragmentation()).
/// Memory O(n + m).
KeyPlayerResult key_players(const graph::Digraph& g, const KeyPlayerOptions& options);

}  // namespace stakemap::analysis
