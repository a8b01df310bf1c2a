#include "analysis/whatif.hpp"

#include "analysis/coverage.hpp"
#include "analysis/map_comparison.hpp"
#include "analysis/structure.hpp"
#include "graph/digraph.hpp"

namespace stakemap::analysis {

WhatIfMeasures measures_of(const graph::Digraph& g, const Structure& s, std::size_t silos, const CoverageMatrix& cells,
                           int keyplayer_reach) {
  WhatIfMeasures m;
  m.organisations = g.n;
  m.flows = g.flows;
  m.weak_components = s.weak_components;
  m.largest_component_share = s.largest_weak_share;
  m.average_path_length = s.average_path_length;
  m.silos = static_cast<int>(silos);
  m.uncovered_cells = static_cast<int>(cells.count(CellClass::gap));
  m.siloed_cells = static_cast<int>(cells.count(CellClass::siloed));
  m.keyplayer_reach = keyplayer_reach;
  return m;
}

WhatIfMeasures measure(const model::Map& map, const graph::Layer& layer, const SiloSurvey& survey) {
  return headline_measures(map, layer, survey).network;
}

WhatIfResult what_if(const model::Map& map, const std::vector<Scenario>& scenarios, const graph::Layer& layer, int top,
                     const SiloSurvey& survey, const WhatIfParts& parts) {
  WhatIfResult r;
  r.map_after = map;
  r.log = apply_scenarios(r.map_after, scenarios).lines;
  StateParts state_parts;
  state_parts.headline = parts.measures;
  state_parts.positions = parts.moves;
  state_parts.exact_path_work = parts.exact_path_work;
  state_parts.kept = parts.kept;
  const auto [was, is] = measure_states(map, r.map_after, layer, survey, state_parts);
  if (parts.measures) {
    r.before = was.headline.network;
    r.after = is.headline.network;
    r.paths_before = was.paths;
    r.paths_after = is.paths;
  }
  r.cut_off = cut_off(map, was, r.map_after, is);
  if (parts.moves) {
    r.changes = position_changes(map, was, r.map_after, is, top);
    r.betweenness_before = was.positions.betweenness_info;
    r.betweenness_after = is.positions.betweenness_info;
  }
  return r;
}

}  // namespace stakemap::analysis
