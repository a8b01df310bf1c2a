#pragma once
// Two states of one map compared on their headline measures: the rounds of a consultation
// (`diff --view analysis`, `report --since`) and the what-if scenarios (analysis/whatif.hpp).
#include <string>
#include <utility>
#include <vector>

#include "analysis/centrality.hpp"
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

/// What measure_state() computes besides the weak components (always there, O(n + m)).
struct StateParts {
  bool headline = true;   ///< headline_measures(): O(n·m), see measure()
  bool positions = true;  ///< betweenness and degree for position_changes(): O(n·m)
  /// Nodes × arcs above which betweenness and the path lengths are estimated from samples
  /// (see kExactPathWork; 0 = always exact).
  double exact_path_work = kExactPathWork;
  /// Where exact betweenness is kept between runs (analysis/kept_betweenness.hpp); null: nowhere.
  const ResultCache* kept = nullptr;
};

/// One state of a map measured on a layer; node numbers are the map's organisation indexes.
struct MapState {
  HeadlineMeasures headline;        ///< when StateParts::headline
  Centrality positions;             ///< betweenness and degree, when StateParts::positions
  std::vector<int> weak_component;  ///< of each organisation, 0 = the largest
  PathSampling paths;               ///< when StateParts::headline
};

/// Measures `map` on `layer`, building its graph once for every part asked.
MapState measure_state(const model::Map& map, const graph::Layer& layer, const SiloSurvey& survey,
                       const StateParts& parts);

/// measure_state() of `before` and of `after` at the same time, one thread each (each
/// analysis inside keeps its own thread count, so the results are those of one after the
/// other); one after the other on the calling thread when it may use one thread only (one
/// core, or under a detail::ThreadCap of 1, as the report's analyses beside its maps).
/// Rethrows an exception of either.
std::pair<MapState, MapState> measure_states(const model::Map& before, const model::Map& after,
                                             const graph::Layer& layer, const SiloSurvey& survey,
                                             const StateParts& parts);

/// The organisations present in both maps, largest change in betweenness first (ties in map
/// order), at most `top`, without those whose betweenness and degree did not change. `was`
/// and `is`: measure_state() of each map with positions. O(n log n).
std::vector<OrgChange> position_changes(const model::Map& before, const MapState& was, const model::Map& after,
                                        const MapState& is, int top);

/// Ids (in `before`'s order) of the organisations in the largest weak component of `before`
/// and outside that of `after`; one removed from the map is not listed. `was` and `is`:
/// measure_state() of each map. O(n).
std::vector<std::string> cut_off(const model::Map& before, const MapState& was, const model::Map& after,
                                 const MapState& is);

/// Two states of a map compared.
struct MapComparison {
  HeadlineMeasures before, after;
  std::vector<OrgChange> moves;  ///< the largest moves in betweenness (position_changes())
  /// Flows (stable ids, matched by id) blocked before and present but not blocked after, and
  /// blocked after but absent or not blocked before.
  std::vector<long long> unblocked, newly_blocked;
};

/// Compares `before` and `after` (flows matched by their stable id): measure_states() with
/// every part, then position_changes() with `top` moves. `kept`: as StateParts::kept.
MapComparison compare_maps(const model::Map& before, const model::Map& after, const graph::Layer& layer, int top = 5,
                           const SiloSurvey& survey = {}, const ResultCache* kept = nullptr);

}  // namespace stakemap::analysis
