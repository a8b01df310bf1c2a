#pragma once
// Every analysis a report, its maps, its key findings and `stakemap demo` read, computed once
// as one bundle: the report's sections, render_view() and key_findings() take it instead of
// running the analyses again.
#include <optional>
#include <string>
#include <vector>

#include "analysis/centrality.hpp"
#include "analysis/coverage.hpp"
#include "analysis/flow_gaps.hpp"
#include "analysis/keyplayers.hpp"
#include "analysis/map_comparison.hpp"
#include "analysis/needs_gaps.hpp"
#include "analysis/obstacles.hpp"
#include "analysis/structure.hpp"
#include "analysis/whatif.hpp"
#include "graph/digraph.hpp"
#include "render/map_analyses.hpp"
#include "report/report.hpp"

namespace stakemap::report {

/// The report's what-if: a coordination platform that the willing organisations join.
struct HubScenario {
  std::string description;  ///< analysis::Scenario::describe()
  analysis::WhatIfMeasures before, after;
};

/// The analyses of one map on one layer (ReportOptions::layer), each run once by analyse().
struct Analyses {
  graph::Digraph graph;             ///< the layer
  analysis::Centrality centrality;  ///< in_degree, out_degree, betweenness, pagerank
  analysis::Structure structure;
  /// What the maps draw (silos, recommended links, nodes sized by betweenness); the silos
  /// and recommended links are also the report's own tables.
  render::MapAnalyses drawn;
  analysis::CoverageMatrix coverage;
  analysis::NeedsGaps needs;
  analysis::FlowGaps flow_gaps;
  analysis::ObstaclePrevalence obstacles;
  analysis::KeyPlayerResult key_players;  ///< empty when the layer has too few organisations
  HubScenario hub;
  /// The map now compared with options.since's map (when given): headline measures, moves,
  /// flows unblocked and newly blocked.
  std::optional<analysis::MapComparison> since;
};

/// The options of the maps' analyses for `options`: no communities, nodes sized by
/// betweenness, the best `options.top` recommended links with reasons in `options.lang`.
render::MapAnalysesOptions drawn_options(const ReportOptions& options);

/// Runs every analysis of the report on `map` (indexed), once. The what-if's "before"
/// measures are taken from the bundle's own results; only the map after the scenario is
/// measured again. Cost: dominated by betweenness and the average path length (O(n·m)
/// each), the key players and the what-if's second measure() (see whatif.hpp); with
/// options.since, compare_maps() of that round's map and this one. Throws what
/// the analyses throw.
Analyses analyse(const model::Map& map, const ReportOptions& options);

}  // namespace stakemap::report
