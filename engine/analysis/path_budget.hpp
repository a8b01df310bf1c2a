#pragma once
// When path-based measures stop being exact by default (docs/metrics.md, "Exact and sampled
// values"): one budget for centrality and the network's path measures.

namespace stakemap::analysis {

/// Nodes × arcs above which betweenness, closeness, harmonic centrality, the diameter and the
/// average path length are estimated (announced, with their error bound) unless --exact:
/// exact Brandes costs about 6.5 ns per node × arc on this project's two cores, so 10⁹ is a few
/// seconds, while a 20 000-organisation map with 200 000 flows (4·10⁹) took 26 s.
inline constexpr double kExactPathWork = 1e9;

}  // namespace stakemap::analysis
