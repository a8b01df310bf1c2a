#include "analysis/map_comparison.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "analysis/centrality.hpp"
#include "analysis/components.hpp"
#include "analysis/coverage.hpp"
#include "analysis/keyplayers.hpp"
#include "analysis/structure.hpp"
#include "graph/digraph.hpp"

namespace stakemap::analysis {

HeadlineMeasures headline_measures(const model::Map& map, const graph::Layer& layer, const SiloSurvey& survey) {
  auto g = graph::build(map, layer);
  int reach = 0;
  if (g.n > measured_key_players) {
    KeyPlayerOptions o;
    o.k = measured_key_players;
    reach = key_players(g, o).reached;
  }
  const auto s = structure(g);
  const auto cells = coverage(map);
  HeadlineMeasures h;
  h.network = measures_of(g, s, find_silos(map, layer, g, survey).size(), cells, reach);
  for (const auto& f : map.flows) {
    if (f.status == "active") ++h.active;
    else if (f.status == "desired") ++h.desired;
    else if (f.status == "blocked") ++h.blocked;
  }
  h.articulation_points = static_cast<int>(s.articulation_points.size());
  h.federal_only_cells = static_cast<int>(cells.count(CellClass::federal_only));
  return h;
}

std::vector<OrgChange> position_changes(const model::Map& before, const model::Map& after, const graph::Layer& layer,
                                        int top) {
  CentralityOptions co;
  co.only = {"betweenness", "degree"};
  const auto was = centrality(graph::build(before, layer), co);
  const auto is = centrality(graph::build(after, layer), co);
  std::vector<OrgChange> changes;
  for (std::size_t i = 0; i < before.organisations.size(); ++i) {
    int j = after.org_index(before.organisations[i].id);
    if (j < 0) continue;  // removed
    changes.push_back({before.organisations[i].id, before.organisations[i].name, was.betweenness[i], is.betweenness[j],
                       was.degree[i], is.degree[j]});
  }
  auto delta = [](const OrgChange& c) { return std::fabs(c.betweenness_after - c.betweenness_before); };
  std::stable_sort(changes.begin(), changes.end(), [&](const auto& a, const auto& b) { return delta(a) > delta(b); });
  if (static_cast<int>(changes.size()) > top) changes.resize(top);
  std::erase_if(changes, [&](const OrgChange& c) { return delta(c) == 0 && c.degree_after == c.degree_before; });
  return changes;
}

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

MapComparison compare_maps(const model::Map& before, const model::Map& after, const graph::Layer& layer, int top,
                           const SiloSurvey& survey) {
  MapComparison c;
  c.before = headline_measures(before, layer, survey);
  c.after = headline_measures(after, layer, survey);
  c.moves = position_changes(before, after, layer, top);
  std::unordered_map<long long, bool> blocked_before;
  for (const auto& f : before.flows) blocked_before[f.id] = f.status == "blocked";
  std::unordered_map<long long, bool> blocked_after;
  for (const auto& f : after.flows) {
    blocked_after[f.id] = f.status == "blocked";
    auto was = blocked_before.find(f.id);
    bool was_blocked = was != blocked_before.end() && was->second;
    if (was_blocked && f.status != "blocked") c.unblocked.push_back(f.id);
    if (!was_blocked && f.status == "blocked") c.newly_blocked.push_back(f.id);
  }
  return c;
}

}  // namespace stakemap::analysis
