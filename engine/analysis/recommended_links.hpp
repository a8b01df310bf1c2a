#pragma once
// Recommended links: pairs of organisations that serve the same territory, domain and
// public but exchange nothing, ranked by an overlap score, with the reason in words.
#include <string>
#include <vector>

#include "analysis/presence.hpp"
#include "core/table.hpp"
#include "i18n/lang.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// Options of recommend_links(). The score is the weighted mean of the four Jaccard
/// similarities (docs/gaps.md, "Recommended links").
struct RecommendOptions {
  ActorFilter actors;      ///< both organisations must pass it
  double min_score = 0.0;  ///< drop pairs scoring below
  std::size_t limit = 0;   ///< keep the best `limit` pairs (0 = all, within the bound below)
  /// With limit 0, the bound on memory: each organisation keeps its best `per_organisation`
  /// pairs, and a pair is listed when it is among the best of either side (so at most
  /// n · per_organisation pairs). With limit > 0 the list is exact whatever the bound.
  std::size_t per_organisation = 50;
  i18n::Lang lang = i18n::Lang::en;  ///< language of the reason
  double weight_territory = 1, weight_domain = 1, weight_public = 1, weight_service = 1;
};

/// One pair (a < b, organisation indexes) with no flow of any status between them.
struct RecommendedLink {
  int a = -1, b = -1;
  double score = 0;
  double territory = 0, domain = 0, publics = 0, services = 0;               ///< Jaccard of each facet
  std::vector<int> shared_leaves;                                            ///< territory indexes
  std::vector<std::string> shared_domains, shared_publics, shared_services;  ///< taxonomy order
  std::string reason;  ///< "both work in … for … in …; they exchange nothing"
};

/// How many pairs qualified and how many of them the per-organisation bound left out (both
/// only with limit 0: with a limit, pairs that cannot be among the best are not counted).
struct RecommendCounts {
  long long qualified = 0;
  long long cut = 0;  ///< the links returned are the qualified minus these
};

/// Candidate pairs share at least one leaf, one domain and one public (`other` codes are
/// ignored). Ranked by score descending, then a, then b. Candidates come from an index of
/// territory × domain, never from all pairs: time O(candidate pairs + map), memory O(map +
/// links returned) (docs/gaps.md, "Bound"). Throws UsageError on bad weights or a zero bound.
std::vector<RecommendedLink> recommend_links(const model::Map& map, const RecommendOptions& options = {},
                                             RecommendCounts* counts = nullptr);

/// a, b (organisation ids), score, territory, domain, public, service (the Jaccards), reason.
Table recommended_links_table(const model::Map& map, const std::vector<RecommendedLink>& links);

}  // namespace stakemap::analysis
