#pragma once
// Flow gaps: desired and blocked flows grouped by the obstacle that holds them up, and
// unconfirmed ties (flows one side claims and the other side does not confirm).
#include <string>
#include <vector>

#include "core/table.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// The desired and blocked flows that name one obstacle ("" = none named).
struct ObstacleGroup {
  std::string obstacle;
  std::vector<int> flows;  ///< flow indexes: blocked first, then desired, each in map order
};

struct FlowGaps {
  /// Most flows first, ties in taxonomy order; a flow naming two obstacles is in both.
  std::vector<ObstacleGroup> by_obstacle;
  int desired = 0, blocked = 0;  ///< distinct desired / blocked flows
  /// Flows whose confirmation is claimed or disputed, in map order.
  std::vector<int> unconfirmed;
};

/// O(flows). The map must be indexed.
FlowGaps flow_gaps(const model::Map& map);

/// obstacle ("none" when the flow names none), from, to, status, basis, population,
/// personal_data, note — one row per (obstacle, flow).
Table blocked_flows_table(const model::Map& map, const FlowGaps& g);
/// from, to, status, basis, confirmation, claimed_by (the flow's source), not_confirmed_by
/// (the other side), note.
Table unconfirmed_table(const model::Map& map, const FlowGaps& g);

}  // namespace stakemap::analysis
