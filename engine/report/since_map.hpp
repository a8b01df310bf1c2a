#pragma once
// Internal to the report: the map of what changed since a round, as the changes view draws it.
#include <vector>

#include "model/map.hpp"
#include "render/render_input.hpp"

namespace stakemap::report {

/// Two states of a map merged for drawing: the map now, then the organisations and flows that
/// existed only in the earlier state, each record marked as added, removed or the same.
struct MergedStates {
  model::Map map;                          ///< indexed; now's records first, in now's order
  std::vector<render::Change> flows;       ///< per flow of `map`
  std::vector<render::Change> orgs;        ///< per organisation of `map`
  int flows_added = 0, flows_removed = 0;  ///< among the flows of the layer, self-loops left out
  int orgs_added = 0, orgs_removed = 0;
  [[nodiscard]] bool changed() const { return flows_added + flows_removed + orgs_added + orgs_removed > 0; }
};

/// Merges `then` and `now` (both indexed). Flows are matched by their stable id, organisations
/// by id; the flows counted are those `layer` matches. O(organisations + flows).
MergedStates merge_states(const model::Map& then, const model::Map& now, const graph::Layer& layer);

}  // namespace stakemap::report
