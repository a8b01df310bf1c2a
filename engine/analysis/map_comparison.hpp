#pragma once
// Two states of one map compared on their headline measures: the rounds of a consultation
// (`diff --view analysis`, `report --since`) and the what-if scenarios (analysis/whatif.hpp).
#include <string>
#include <vector>

#include "analysis/silos.hpp"
#include "analysis/whatif.hpp"
#include "graph/layer.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// The headline measures of one state of a map (definitions: docs/history.md).
struct HeadlineMeasures {
  WhatIfMeasures network;                     ///< as what-if measures them, on the layer
  long active = 0, desired = 0, blocked = 0;  ///< every flow of the map by status
  int articulation_points = 0;                ///< of the layer, undirected view
  int federal_only_cells = 0;                 ///< territory × domain cells covered only nationally
};

/// Headline measures of `map`: measure() plus the counts above. Same cost as measure().
HeadlineMeasures headline_measures(const model::Map& map, const graph::Layer& layer, const SiloSurvey& survey = {});

/// The organisations present in both maps, largest change in betweenness first (ties in map
/// order), at most `top`, without those whose betweenness and degree did not change. Exact
/// betweenness on both maps (O(n·m) each).
std::vector<OrgChange> position_changes(const model::Map& before, const model::Map& after, const graph::Layer& layer,
                                        int top);

/// Ids (in `before`'s order) of the organisations in the largest weak component of `before`
/// and outside that of `after`; one removed from the map is not listed.
std::vector<std::string> cut_off(const model::Map& before, const model::Map& after, const graph::Layer& layer);

/// Two states of a map compared.
struct MapComparison {
  HeadlineMeasures before, after;
  std::vector<OrgChange> moves;  ///< the largest moves in betweenness (position_changes())
  /// Flows (stable ids, matched by id) blocked before and present but not blocked after, and
  /// blocked after but absent or not blocked before.
  std::vector<long long> unblocked, newly_blocked;
};

/// Compares `before` and `after` (flows matched by their stable id): twice headline_measures()
/// plus position_changes() with `top` moves.
MapComparison compare_maps(const model::Map& before, const model::Map& after, const graph::Layer& layer, int top = 5,
                           const SiloSurvey& survey = {});

}  // namespace stakemap::analysis
