#pragma once
// The analyses a map draws besides its flows (silo outlines, communities, the size metric,
// recommended links): computed and put into a RenderInput by this one piece of code, which
// `stakemap render` and the report (engine/report/) both use.
#include <cstddef>
#include <string>
#include <vector>

#include "analysis/centrality.hpp"
#include "analysis/communities.hpp"
#include "analysis/recommended_links.hpp"
#include "analysis/silos.hpp"
#include "graph/digraph.hpp"
#include "graph/layer.hpp"
#include "i18n/lang.hpp"
#include "model/map.hpp"
#include "render/render_input.hpp"

namespace stakemap::render {

/// Which analyses a map draws, and their settings. Silos are always found.
struct MapAnalysesOptions {
  bool communities = false;          ///< Louvain communities (see draws_communities())
  analysis::LouvainOptions louvain;  ///< their settings (weighted, seed, resolution)
  std::string size;                  ///< metric sizing the nodes (analysis::metric_names()); empty: none
  bool weighted = false;             ///< the size metric on arc weights
  std::size_t recommend = 0;         ///< best recommended links to find (0: none)
  i18n::Lang lang = i18n::Lang::en;  ///< language of the links' reasons
  analysis::SiloSurvey silo_survey;  ///< survey answers the silo headline adds (empty: flows only)
};

/// The results, kept whole so that a report can also list them.
struct MapAnalyses {
  std::vector<analysis::Silo> silos;                   ///< find_silos() on the layer
  std::vector<int> community;                          ///< Louvain membership; empty unless asked
  OrgMetric size;                                      ///< empty values unless asked
  std::vector<analysis::RecommendedLink> recommended;  ///< best first; empty unless asked
};

/// Whether `input`'s encoding or view needs the communities: coloured or clustered by
/// community, or the community view.
bool draws_communities(const RenderInput& input);

/// Results a caller already holds for the same map and layer, reused instead of computed
/// again: the layer's graph (graph::build), and centralities computed on it with the same
/// `weighted` as the options (a size metric found there is taken from it).
struct GivenResults {
  const graph::Digraph* graph = nullptr;
  const analysis::Centrality* centrality = nullptr;
};

/// Runs on `map` (indexed) and `layer` the analyses `options` asks for, reusing `given`.
/// Cost: the layer's graph (unless given) and the silos, O(F log F) for F flows, plus what each asked analysis costs
/// (see louvain(), org_metric(), recommend_links()). Throws UsageError for an unknown metric.
MapAnalyses map_analyses(const model::Map& map, const graph::Layer& layer, const MapAnalysesOptions& options,
                         const GivenResults& given = {});

/// Puts `analyses` into `input` as the map draws them: a silo flag per organisation, the
/// community numbers, the size metric and the recommended pairs. `input.map` must be the map
/// the analyses ran on.
void attach(RenderInput& input, const MapAnalyses& analyses);

}  // namespace stakemap::render
