#pragma once
// Needs against services: for each territory and need (needs.csv, a service code), the
// organisations offering that service there; unmet and thinly met needs ranked by weight.
#include <optional>
#include <string>
#include <vector>

#include "analysis/presence.hpp"
#include "core/table.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// unmet: nobody offers the service there; thin: fewer than NeedsOptions::thin_below do.
enum class NeedStatus { unmet, thin, met };
/// "unmet", "thin", "met".
const char* need_status_code(NeedStatus s);

/// Options of needs_gaps(); defaults give `stakemap gaps needs`.
struct NeedsOptions {
  ActorFilter actors;  ///< who counts as offering (--role, --population)
  int thin_below = 2;  ///< a need met by fewer organisations than this (but > 0) is thin
};

/// One territory × need (rows of needs.csv for the same pair are merged).
struct NeedGap {
  int territory = -1;                    ///< territory index
  std::string need;                      ///< service code
  std::optional<double> weight;          ///< largest weight reported for the pair, if any
  std::vector<std::string> reported_by;  ///< reporting organisations, as given, each once
  std::vector<int> orgs;                 ///< organisations offering the service there
  int local = 0;                         ///< of which present locally (Presence::local)
  NeedStatus status = NeedStatus::met;
};

/// All needs of the map, ranked: weight descending (unweighted last), then unmet before
/// thin before met, then territory and need.
struct NeedsGaps {
  std::vector<NeedGap> rows;
  int thin_below = 2;
};

/// Matches every need against the `services` of organisations reaching its territory.
/// Needs on unknown territories are skipped (the store never holds them). Throws
/// UsageError on bad options.
NeedsGaps needs_gaps(const model::Map& map, const NeedsOptions& options = {});

/// territory, territory_name, need, label, weight, offering, local, status, reported_by
/// (and orgs when `with_orgs`); only unmet and thin needs unless `all`.
Table needs_table(const model::Map& map, const NeedsGaps& g, const std::string& lang, bool all = false,
                  bool with_orgs = false);

}  // namespace stakemap::analysis
