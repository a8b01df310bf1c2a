#pragma once
// Burt's structural holes: constraint and effective size, computed on the directed layer
// with mutual weights exactly as networkx 2.8 does on a DiGraph.
#include <vector>

#include "graph/digraph.hpp"

namespace stakemap::analysis {

/// Per node; NaN for a node without any tie (networkx also gives NaN for a node that only
/// receives, see docs/metrics.md — we compute those from the same formula).
struct StructuralHoles {
  std::vector<double> constraint;      ///< sum_j (p_ij + sum_q p_iq p_qj)^2
  std::vector<double> effective_size;  ///< sum_j (1 - sum_q p_iq m_jq)
};

/// Mutual weight a_ij + a_ji (arc counts 1 each unweighted, else their weights); p_ij is it
/// divided by i's total over its neighbours (in or out), m_jq divided by j's largest.
/// Complexity O(sum over nodes of the degrees of their neighbours).
StructuralHoles structural_holes(const graph::Digraph& g, bool weighted);

}  // namespace stakemap::analysis
