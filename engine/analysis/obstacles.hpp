#pragma once
// Obstacle prevalence: the share of organisations perceiving each obstacle (as the
// report's Q40 chart), overall or per group, and the flows each obstacle blocks or hinders.
#include <string>
#include <vector>

#include "core/table.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// What obstacle prevalence groups organisations by (the `by` option).
enum class ObstacleGrouping { none, level, kind, territory };
/// Parses "", "none", "level", "kind" or "territory"; throws UsageError otherwise.
ObstacleGrouping parse_grouping(const std::string& by);

/// Organisations of one group perceiving one obstacle.
struct ObstacleShare {
  std::string group;      ///< "all", a level, a kind or a territory id ("" values: "unknown")
  std::string obstacle;   ///< obstacle code
  int organisations = 0;  ///< organisations of the group that perceive it
  int base = 0;           ///< organisations in the group
  double share = 0;       ///< organisations / base (0 when base is 0)
};

/// Flows naming one obstacle, by status (flow indexes in map order).
struct ObstacleFlows {
  std::string obstacle;
  std::vector<int> blocked, desired, active;
};

struct ObstaclePrevalence {
  ObstacleGrouping by = ObstacleGrouping::none;
  /// Groups in order of first appearance (territory: map order), obstacles in taxonomy
  /// order then any other code met, one row per group × obstacle (zeros included).
  std::vector<ObstacleShare> rows;
  /// One entry per obstacle, same obstacle order.
  std::vector<ObstacleFlows> flows;
};

/// Counts perceived obstacles (Organisation::obstacles, each code once per organisation).
/// By territory, an organisation counts in each territory it lists. O(orgs · obstacles + flows).
ObstaclePrevalence obstacles(const model::Map& map, ObstacleGrouping by = ObstacleGrouping::none);

/// [group,] obstacle, label, organisations, base, percent (+ blocked_flows, desired_flows
/// when not grouped).
Table obstacles_table(const model::Taxonomy& tax, const ObstaclePrevalence& p, const std::string& lang);
/// obstacle, effect (blocks: a blocked flow; hinders: a desired or active flow naming it),
/// from, to, status, basis.
Table obstacle_flows_table(const model::Map& map, const ObstaclePrevalence& p);

}  // namespace stakemap::analysis
