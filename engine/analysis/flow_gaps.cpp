#include "analysis/flow_gaps.hpp"

#include <algorithm>
#include <map>

#include "model/taxonomy.hpp"

namespace stakemap::analysis {

namespace {

/// Position of an obstacle code in the taxonomy (unknown codes after, "" last).
int obstacle_rank(const model::Taxonomy& tax, const std::string& code) {
  if (code.empty()) return 1 << 30;
  const auto& codes = tax.codes("obstacle");
  for (std::size_t i = 0; i < codes.size(); ++i)
    if (codes[i].code == code) return static_cast<int>(i);
  return static_cast<int>(codes.size());
}

}  // namespace

FlowGaps flow_gaps(const model::Map& map) {
  FlowGaps g;
  std::map<std::string, std::vector<int>> blocked, desired;
  for (int i = 0; i < static_cast<int>(map.flows.size()); ++i) {
    const auto& f = map.flows[i];
    if (f.confirmation == "claimed" || f.confirmation == "disputed") g.unconfirmed.push_back(i);
    if (f.status != "blocked" && f.status != "desired") continue;
    auto& groups = f.status == "blocked" ? blocked : desired;
    (f.status == "blocked" ? g.blocked : g.desired)++;
    std::vector<std::string> named = f.obstacles;
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    if (named.empty()) named.push_back("");
    for (const auto& o : named) groups[o].push_back(i);
  }
  std::map<std::string, bool> keys;
  for (const auto& [k, v] : blocked) keys[k] = true;
  for (const auto& [k, v] : desired) keys[k] = true;
  for (const auto& [k, unused] : keys) {
    ObstacleGroup grp{k, {}};
    if (blocked.count(k)) grp.flows = blocked[k];
    if (desired.count(k)) grp.flows.insert(grp.flows.end(), desired[k].begin(), desired[k].end());
    g.by_obstacle.push_back(std::move(grp));
  }
  std::sort(g.by_obstacle.begin(), g.by_obstacle.end(), [&](const ObstacleGroup& a, const ObstacleGroup& b) {
    if (a.flows.size() != b.flows.size()) return a.flows.size() > b.flows.size();
    int ra = obstacle_rank(map.taxonomy(), a.obstacle), rb = obstacle_rank(map.taxonomy(), b.obstacle);
    return ra != rb ? ra < rb : a.obstacle < b.obstacle;
  });
  return g;
}

Table blocked_flows_table(const model::Map& map, const FlowGaps& g) {
  Table t;
  t.columns = {"obstacle", "from", "to", "status", "basis", "population", "personal_data", "note"};
  for (const auto& grp : g.by_obstacle)
    for (int i : grp.flows) {
      const auto& f = map.flows[i];
      t.add({grp.obstacle.empty() ? std::string("none") : grp.obstacle, f.from, f.to, f.status, f.basis, f.population,
             f.personal_data, f.note});
    }
  return t;
}

Table unconfirmed_table(const model::Map& map, const FlowGaps& g) {
  Table t;
  t.columns = {"from", "to", "status", "basis", "confirmation", "claimed_by", "not_confirmed_by", "note"};
  for (int i : g.unconfirmed) {
    const auto& f = map.flows[i];
    // The source is the side whose answer reports the flow; the other side has not confirmed.
    std::string other = f.source == f.from ? f.to : f.source == f.to ? f.from : std::string();
    t.add({f.from, f.to, f.status, f.basis, f.confirmation, f.source, other, f.note});
  }
  return t;
}

}  // namespace stakemap::analysis
