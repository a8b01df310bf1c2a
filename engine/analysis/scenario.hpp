#pragma once
// What-if scenarios: edits applied to a copy of a map in memory (never to the stored map
// unless the user saves the result). See docs/coordination.md.
#include <string>
#include <vector>

#include "model/map.hpp"

namespace stakemap::analysis {

/// One edit of a what-if.
struct Scenario {
  enum class Kind { add_hub, remove, stop_sharing, lift, activate_desired };
  Kind kind;
  /// add-hub: the hub's name; remove, stop-sharing: the organisation id; lift: the obstacle code.
  std::string argument;
  /// add-hub: "willing", "all", or a '|'-separated list of organisation ids.
  std::string members = "willing";
  /// "add-hub NAME (members: willing)" etc.
  std::string describe() const;
};

/// Parses scenario words: `add-hub NAME [--members willing|all|ID,ID...]`, `remove ORG`,
/// `stop-sharing ORG` (drops only its outgoing flows), `lift OBSTACLE`, `activate-desired`. Throws UsageError on
/// anything else. O(words).
std::vector<Scenario> parse_scenarios(const std::vector<std::string>& words);

/// What applying the scenarios changed, for the report.
struct ScenarioLog {
  std::vector<std::string> lines;
};

/// Applies `scenarios` in order to `map` (reindexed at the end). Throws InputError for an
/// unknown organisation or obstacle code. A hub gets the id `hub`, `hub-2`, ... (the first
/// free one), kind `other`, and an active, voluntary, regular flow each way with every member.
/// Each scenario is one pass over the map's flows (and organisations), then a reindex:
/// O(S · (F + n + N)) for S scenarios, F flows, n organisations, N needs; an add-hub also adds
/// 2 flows per member and merges their territories (O(members · t²) for t territories).
ScenarioLog apply_scenarios(model::Map& map, const std::vector<Scenario>& scenarios);

}  // namespace stakemap::analysis
