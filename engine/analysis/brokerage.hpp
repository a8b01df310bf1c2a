#pragma once
// Gould–Fernandez brokerage roles: how often an organisation sits in the middle of a
// two-step flow a -> b -> c between organisations not linked directly, by group.
#include <vector>

#include "graph/digraph.hpp"

namespace stakemap::analysis {

/// Counts per node of the open two-paths a -> v -> c (a != c, no arc a -> c) by the
/// groups of a, v and c. Two-paths through a node without group are not counted.
struct BrokerageRoles {
  std::vector<long> coordinator;     ///< a, v, c in one group
  std::vector<long> consultant;      ///< a and c in one group, v in another (itinerant broker)
  std::vector<long> gatekeeper;      ///< v and c in one group, a outside
  std::vector<long> representative;  ///< a and v in one group, c outside
  std::vector<long> liaison;         ///< three different groups
};

/// `group[v]` >= 0, or -1 for unknown. Complexity O(sum over v of in(v)·out(v)·log d).
BrokerageRoles brokerage_roles(const graph::Digraph& g, const std::vector<int>& group);

}  // namespace stakemap::analysis
