#include "render/map_analyses.hpp"

#include <optional>
#include <stdexcept>

#include "analysis/metrics.hpp"
#include "graph/digraph.hpp"

namespace stakemap::render {

namespace {
// The values of centrality `name` in `given`, or nullptr when `given` does not hold them.
const std::vector<double>* given_values(const analysis::Centrality* given, const std::string& name) {
  const auto* values = given ? given->values(name) : nullptr;
  return values && !values->empty() ? values : nullptr;
}
}  // namespace

bool draws_communities(const RenderInput& in) {
  return in.encoding.color == ColorBy::community || in.encoding.cluster == ClusterBy::community ||
         in.view.kind == ViewSpec::Kind::community;
}

MapAnalyses map_analyses(const model::Map& map, const graph::Layer& layer, const MapAnalysesOptions& options,
                         const GivenResults& given) {
  std::optional<graph::Digraph> built;
  if (!given.graph) built = graph::build(map, layer);
  const graph::Digraph& g = given.graph ? *given.graph : *built;
  MapAnalyses out;
  out.silos = analysis::find_silos(map, layer, g, options.silo_survey);
  if (options.communities) out.community = analysis::louvain(g, options.louvain).membership;
  if (!options.size.empty()) {
    out.size.name = options.size + (options.weighted ? " (weighted)" : "");
    const auto* values = given_values(given.centrality, options.size);
    out.size.values = values ? *values : analysis::org_metric(g, options.size, options.weighted);
  }
  if (options.recommend > 0) {
    analysis::RecommendOptions ro;
    ro.limit = options.recommend;
    ro.lang = options.lang;
    out.recommended = analysis::recommend_links(map, ro);
  }
  return out;
}

void attach(RenderInput& in, const MapAnalyses& a) {
  if (!in.map) throw std::logic_error("attach: no map");
  in.silo.assign(in.map->organisations.size(), false);
  for (const auto& s : a.silos) in.silo[s.org] = true;
  in.community = a.community;
  in.size = a.size;
  in.recommended.clear();
  for (const auto& link : a.recommended) in.recommended.push_back({link.a, link.b});
}

}  // namespace stakemap::render
