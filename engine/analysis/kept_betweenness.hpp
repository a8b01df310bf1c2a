#pragma once
// Exact betweenness kept between runs (in the map file: store/layout_cache.hpp), so that a
// command on an unchanged map, or a what-if of it, does not compute it again.
#include <vector>

#include "core/result_cache.hpp"
#include "graph/digraph.hpp"

namespace stakemap::analysis {

/// betweenness_exact(g, weighted, threads), read from `cache` when it holds the result for this
/// very graph, else computed and kept there (`cache` may be null: computed). The key digests the
/// graph's arcs (and weights when weighted) and betweenness_exact_identity(), which together fix
/// the result to the last bit whatever `threads`; a kept value of the wrong size, or holding a value that is not a
/// normalised betweenness (not finite, below 0 or above 1), is computed again. The digest
/// reads O(n + m) bytes, next to O(n·m) for the computation.
std::vector<double> kept_betweenness(const graph::Digraph& g, bool weighted, int threads, const ResultCache* cache);

}  // namespace stakemap::analysis
