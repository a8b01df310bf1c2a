#pragma once
// What-if: network measures before and after scenarios applied to a copy of the map.
#include <string>
#include <vector>

#include "analysis/centrality.hpp"
#include "analysis/coverage.hpp"
#include "analysis/path_budget.hpp"
#include "analysis/scenario.hpp"
#include "analysis/silos.hpp"
#include "analysis/structure.hpp"
#include "graph/digraph.hpp"
#include "graph/layer.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// The measures a what-if compares (definitions: docs/coordination.md).
struct WhatIfMeasures {
  int organisations = 0;
  long flows = 0;  ///< flows of the layer
  int weak_components = 0;
  double largest_component_share = 0;
  double average_path_length = 0;  ///< of the largest weak component
  int silos = 0;                   ///< organisations with at least one silo reason
  int uncovered_cells = 0;         ///< leaf territory × domain cells nobody covers
  int siloed_cells = 0;            ///< cells whose local actors share voluntarily with nobody there
  int keyplayer_reach = 0;         ///< others reached in 1 hop by the top 3 key players

  bool operator==(const WhatIfMeasures&) const = default;
};

/// How the average path length of a state was obtained (Structure's fields of that name).
struct PathSampling {
  bool sampled = false;
  long sources = 0;                      ///< BFS sources used
  double average_path_length_error = 0;  ///< bound, with probability 1 - StructureOptions::delta
};

/// An organisation whose position changes most.
struct OrgChange {
  std::string org, name;
  double betweenness_before = 0, betweenness_after = 0;
  double degree_before = 0, degree_after = 0;
};

struct WhatIfResult {
  WhatIfMeasures before, after;
  std::vector<std::string> log;    ///< what the scenarios did
  std::vector<OrgChange> changes;  ///< largest betweenness changes first (at most `top`)
  /// Organisations (ids, map order) in the largest weak component before and outside it
  /// after, e.g. those a remove or stop-sharing cuts off (a removed one is not listed).
  std::vector<std::string> cut_off;
  model::Map map_after;
  /// How the betweenness of `changes` was obtained on each map (sampled on large maps).
  BetweennessInfo betweenness_before, betweenness_after;
  /// How the average path length was obtained on each map (sampled on large maps).
  PathSampling paths_before, paths_after;
};

/// Measures of `map` on `layer`. Dominated by the average path length (a BFS from every
/// node, O(n·m); see structure()) and the top-3 key players in reach mode (O(R·n·(n + m)),
/// see key_players()); the silos take O(F log F) for F flows, the coverage O(P·c + F) (see
/// coverage()).
/// `survey` adds the organisations that said they work in silo to the silos (see find_silos()).
WhatIfMeasures measure(const model::Map& map, const graph::Layer& layer, const SiloSurvey& survey = {});
/// The same measures from results a caller already holds for one layer: `g` and `s` its
/// graph and structure(), `silos` the organisations find_silos() lists, `cells` coverage(),
/// `keyplayer_reach` the reach of the top 3 key players (0 when g.n <= 3). O(1) apart from
/// counting the cells; measure() is this after computing each result.
WhatIfMeasures measures_of(const graph::Digraph& g, const Structure& s, std::size_t silos, const CoverageMatrix& cells,
                           int keyplayer_reach);
/// The key players whose reach the measures quote: the top 3 (KeyPlayerOptions defaults).
inline constexpr int measured_key_players = 3;
/// What what_if() computes besides the changed map, its log and the cut-off list.
struct WhatIfParts {
  bool measures = true;  ///< `before` and `after` (else left at zero)
  bool moves = true;     ///< `changes`: exact betweenness of both maps (else left empty)
  /// Nodes × arcs above which betweenness and path lengths are estimated (0 = always exact).
  double exact_path_work = kExactPathWork;
  /// Where exact betweenness is kept between runs (analysis/kept_betweenness.hpp); null: nowhere.
  const ResultCache* kept = nullptr;
};

/// Applies `scenarios` to a copy of `map` and compares. `map` is not modified. measure()
/// and betweenness (exact up to `parts.exact_path_work`, O(n·m)) of each map, one map per thread at the same time, each
/// map's graph built once; `parts` leaves out what the caller does not show (the weak
/// components for `cut_off`, O(n + m), are always computed). Memory one map copy.
WhatIfResult what_if(const model::Map& map, const std::vector<Scenario>& scenarios, const graph::Layer& layer,
                     int top = 10, const SiloSurvey& survey = {}, const WhatIfParts& parts = {});

}  // namespace stakemap::analysis
