#pragma once
// The candidate pairs of recommend_links(), found without visiting every pair of
// organisations: an inverted index of territory x domain, then a bounded selection of the
// best pairs (docs/gaps.md, "Recommended links", "Bound").
#include <cstddef>
#include <vector>

#include "model/map.hpp"
#include "model/territory_graph.hpp"

namespace stakemap::analysis {

/// One qualifying pair (a < b, organisation indexes) and its score.
struct ScoredPair {
  int a = -1, b = -1;
  double score = 0;
};

/// |A∩B| / |A∪B| from the sizes (0 when both sets are empty).
double jaccard(std::ptrdiff_t shared, std::ptrdiff_t a, std::ptrdiff_t b);

/// The ranking order of recommended links: score descending, then a, then b.
bool ranks_before(const ScoredPair& x, const ScoredPair& y);

/// What candidate_pairs() needs to know: who may take part, how to score.
struct CandidateRules {
  std::vector<char> eligible;  ///< per organisation
  double min_score = 0;
  double weight_territory = 1, weight_domain = 1, weight_public = 1, weight_service = 1;
  /// Keep the best `limit` pairs overall (exact), or with 0 the best `per_organisation` pairs
  /// of each organisation (a pair is kept when it is among the best of either side).
  std::size_t limit = 0;
  std::size_t per_organisation = 50;
};

/// The kept pairs, in ranking order, and how many qualified.
struct CandidatePairs {
  std::vector<ScoredPair> kept;
  /// Pairs that passed every filter, kept or not: limit 0 only (with a limit, pairs that
  /// cannot enter the best `limit` are passed over without being counted).
  long long qualified = 0;
  long long cut = 0;  ///< qualified pairs left out by the per-organisation bound (limit 0 only)
};

/// Pairs with no flow between them that share a leaf, a domain and a public (codes `other`
/// ignored), scored by the weighted mean of the four Jaccards. Organisations are indexed by
/// (leaf set, domain): each looks only at the sets that share one of its leaves, for its own
/// domains. A pair is scored only when an upper bound of its score (each facet's Jaccard at
/// most min/max of the sizes) could still enter the kept pairs; with a limit, the sets are
/// visited closest first and the search stops at the first whose territory Jaccard alone
/// cannot (docs/gaps.md, "Bound"). Time O(Σ candidates per organisation + map) at worst, far
/// less with a limit; memory O(map + kept pairs), the kept pairs at most `limit`, or
/// n · per_organisation with limit 0.
CandidatePairs candidate_pairs(const model::Map& map, const model::TerritoryGraph& tg, const CandidateRules& rules);

}  // namespace stakemap::analysis
