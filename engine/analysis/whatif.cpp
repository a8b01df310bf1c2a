#include "analysis/whatif.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "analysis/centrality.hpp"
#include "analysis/components.hpp"
#include "analysis/coverage.hpp"
#include "analysis/keyplayers.hpp"
#include "analysis/silos.hpp"
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
  auto g = graph::build(map, layer);
  int reach = 0;
  if (g.n > measured_key_players) {
    KeyPlayerOptions o;
    o.k = measured_key_players;
    reach = key_players(g, o).reached;
  }
  return measures_of(g, structure(g), find_silos(map, layer, g, survey).size(), coverage(map), reach);
}

namespace {
/// Ids in the largest weak component of `before` that are not in that of `after`.
std::vector<std::string> cut_off(const model::Map& before, const model::Map& after, const graph::Layer& layer) {
  auto largest = [&](const model::Map& m) {
    std::set<std::string> ids;
    auto c = weak_components(graph::build(m, layer));
    if (c.count() == 0) return ids;
    for (std::size_t i = 0; i < m.organisations.size(); ++i)
      if (c.of[i] == 0) ids.insert(m.organisations[i].id);
    return ids;
  };
  const auto was = largest(before), is = largest(after);
  std::vector<std::string> out;
  for (const auto& o : before.organisations)
    if (was.count(o.id) && !is.count(o.id) && after.org_index(o.id) >= 0) out.push_back(o.id);
  return out;
}
}  // namespace

WhatIfResult what_if(const model::Map& map, const std::vector<Scenario>& scenarios, const graph::Layer& layer, int top,
                     const SiloSurvey& survey) {
  WhatIfResult r;
  r.map_after = map;
  r.log = apply_scenarios(r.map_after, scenarios).lines;
  r.before = measure(map, layer, survey);
  r.after = measure(r.map_after, layer, survey);
  r.cut_off = cut_off(map, r.map_after, layer);
  CentralityOptions co;
  co.only = {"betweenness", "degree"};
  auto before = centrality(graph::build(map, layer), co);
  auto after = centrality(graph::build(r.map_after, layer), co);
  for (std::size_t i = 0; i < map.organisations.size(); ++i) {
    int j = r.map_after.org_index(map.organisations[i].id);
    if (j < 0) continue;  // removed
    r.changes.push_back({map.organisations[i].id, map.organisations[i].name, before.betweenness[i],
                         after.betweenness[j], before.degree[i], after.degree[j]});
  }
  auto delta = [](const OrgChange& c) { return std::fabs(c.betweenness_after - c.betweenness_before); };
  std::stable_sort(r.changes.begin(), r.changes.end(),
                   [&](const auto& a, const auto& b) { return delta(a) > delta(b); });
  if (static_cast<int>(r.changes.size()) > top) r.changes.resize(top);
  std::erase_if(r.changes, [&](const OrgChange& c) { return delta(c) == 0 && c.degree_after == c.degree_before; });
  return r;
}

}  // namespace stakemap::analysis
