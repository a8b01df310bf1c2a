#include "analysis/map_comparison.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "analysis/centrality.hpp"
#include "analysis/components.hpp"
#include "analysis/coverage.hpp"
#include "analysis/keyplayers.hpp"
#include "analysis/parallel.hpp"
#include "analysis/structure.hpp"
#include "core/progress.hpp"
#include "graph/digraph.hpp"

namespace stakemap::analysis {

namespace {

/// headline_measures() of `map` whose graph on the layer is `g`; `s` its structure().
HeadlineMeasures headline_of(const model::Map& map, const graph::Layer& layer, const graph::Digraph& g,
                             const Structure& s, const SiloSurvey& survey) {
  int reach = 0;
  if (g.n > measured_key_players) {
    KeyPlayerOptions o;
    o.k = measured_key_players;
    reach = key_players(g, o).reached;
  }
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

}  // namespace

HeadlineMeasures headline_measures(const model::Map& map, const graph::Layer& layer, const SiloSurvey& survey) {
  StateParts parts;
  parts.positions = false;
  return measure_state(map, layer, survey, parts).headline;
}

MapState measure_state(const model::Map& map, const graph::Layer& layer, const SiloSurvey& survey,
                       const StateParts& parts) {
  MapState state;
  const auto g = graph::build(map, layer);
  if (parts.headline) {
    StructureOptions so;
    so.sample_above = parts.exact_path_work;
    auto s = structure(g, so);
    state.headline = headline_of(map, layer, g, s, survey);
    state.paths = {s.paths_sampled, s.path_sources, s.average_path_length_error};
    state.weak_component = std::move(s.weak_component);
  } else {
    state.weak_component = weak_components(g).of;
  }
  if (parts.positions) {
    CentralityOptions co;
    co.only = {"betweenness", "degree"};
    co.auto_sample_above = parts.exact_path_work;
    co.kept = parts.kept;
    state.positions = centrality(g, co);
  }
  return state;
}

std::pair<MapState, MapState> measure_states(const model::Map& before, const model::Map& after,
                                             const graph::Layer& layer, const SiloSurvey& survey,
                                             const StateParts& parts) {
  std::pair<MapState, MapState> states;
  detail::run_pair([&](int t) {
    if (t == 0) states.first = measure_state(before, layer, survey, parts);
    else {
      const QuietHere quiet;  // the terminal line shows the before map's progress, not two alternating
      states.second = measure_state(after, layer, survey, parts);
    }
  });
  return states;
}

std::vector<OrgChange> position_changes(const model::Map& before, const MapState& was, const model::Map& after,
                                        const MapState& is, int top) {
  const auto &b = was.positions, &a = is.positions;
  std::vector<OrgChange> changes;
  for (std::size_t i = 0; i < before.organisations.size(); ++i) {
    int j = after.org_index(before.organisations[i].id);
    if (j < 0) continue;  // removed
    changes.push_back({before.organisations[i].id, before.organisations[i].name, b.betweenness[i], a.betweenness[j],
                       b.degree[i], a.degree[j]});
  }
  auto delta = [](const OrgChange& c) { return std::fabs(c.betweenness_after - c.betweenness_before); };
  std::stable_sort(changes.begin(), changes.end(), [&](const auto& x, const auto& y) { return delta(x) > delta(y); });
  if (static_cast<int>(changes.size()) > top) changes.resize(top);
  std::erase_if(changes, [&](const OrgChange& c) { return delta(c) == 0 && c.degree_after == c.degree_before; });
  return changes;
}

std::vector<std::string> cut_off(const model::Map& before, const MapState& was, const model::Map& after,
                                 const MapState& is) {
  auto in_largest = [](const MapState& state, int i) { return i >= 0 && state.weak_component[i] == 0; };
  std::vector<std::string> out;
  for (std::size_t i = 0; i < before.organisations.size(); ++i) {
    int j = after.org_index(before.organisations[i].id);
    if (in_largest(was, static_cast<int>(i)) && j >= 0 && !in_largest(is, j)) out.push_back(before.organisations[i].id);
  }
  return out;
}

MapComparison compare_maps(const model::Map& before, const model::Map& after, const graph::Layer& layer, int top,
                           const SiloSurvey& survey, const ResultCache* kept) {
  MapComparison c;
  StateParts parts;
  parts.kept = kept;
  const auto [was, is] = measure_states(before, after, layer, survey, parts);
  c.before = was.headline;
  c.after = is.headline;
  c.moves = position_changes(before, was, after, is, top);
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
