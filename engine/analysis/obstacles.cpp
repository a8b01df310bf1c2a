#include "analysis/obstacles.hpp"

#include <algorithm>
#include <map>

#include "analysis/groups.hpp"
#include "core/errors.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::analysis {

ObstacleGrouping parse_grouping(const std::string& by) {
  if (by.empty() || by == "none") return ObstacleGrouping::none;
  if (by == "level") return ObstacleGrouping::level;
  if (by == "kind") return ObstacleGrouping::kind;
  if (by == "territory") return ObstacleGrouping::territory;
  throw OptionError::unknown("by", by, "none, level, kind, territory");
}

namespace {

// The groups of `o`: its values of the attribute (territories sorted), or "unknown" when none.
std::vector<std::string> groups_of(const model::Organisation& o, ObstacleGrouping by) {
  if (by == ObstacleGrouping::none) return {"all"};
  auto g = values_of(o, by == ObstacleGrouping::level  ? OrgAttribute::level
                        : by == ObstacleGrouping::kind ? OrgAttribute::kind
                                                       : OrgAttribute::territory);
  std::sort(g.begin(), g.end());
  if (g.empty()) g.push_back("unknown");
  return g;
}

/// Obstacle codes in taxonomy order, then codes met in the data that the taxonomy lacks.
std::vector<std::string> obstacle_codes(const model::Map& map) {
  std::vector<std::string> codes;
  for (const auto& c : map.taxonomy().codes("obstacle")) codes.push_back(c.code);
  auto add = [&](const std::string& c) {
    if (!c.empty() && std::find(codes.begin(), codes.end(), c) == codes.end()) codes.push_back(c);
  };
  for (const auto& o : map.organisations)
    for (const auto& c : o.obstacles) add(c);
  for (const auto& f : map.flows)
    for (const auto& c : f.obstacles) add(c);
  return codes;
}

}  // namespace

ObstaclePrevalence obstacles(const model::Map& map, ObstacleGrouping by) {
  ObstaclePrevalence p;
  p.by = by;
  const auto codes = obstacle_codes(map);
  std::map<std::string, std::size_t> code_pos;
  for (std::size_t i = 0; i < codes.size(); ++i) code_pos[codes[i]] = i;
  // Per group, in order of first appearance: base and counts per obstacle.
  std::vector<std::string> group_names;
  std::map<std::string, std::size_t> group_pos;
  std::vector<int> base;
  std::vector<std::vector<int>> counts;
  for (const auto& o : map.organisations) {
    std::vector<std::size_t> perceived;
    for (const auto& c : o.obstacles) perceived.push_back(code_pos.at(c));
    std::sort(perceived.begin(), perceived.end());
    perceived.erase(std::unique(perceived.begin(), perceived.end()), perceived.end());
    for (const auto& g : groups_of(o, by)) {
      auto [it, fresh] = group_pos.emplace(g, group_names.size());
      if (fresh) {
        group_names.push_back(g);
        base.push_back(0);
        counts.emplace_back(codes.size(), 0);
      }
      ++base[it->second];
      for (auto c : perceived) ++counts[it->second][c];
    }
  }
  // Groups in order of first appearance; territories in map order, then unknown ids.
  std::vector<std::size_t> order(group_names.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (by == ObstacleGrouping::territory) {
    auto rank = [&](std::size_t i) {
      int t = map.territory_index(group_names[i]);
      return t < 0 ? static_cast<int>(map.territories.size()) : t;
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
  }
  for (auto g : order)
    for (std::size_t c = 0; c < codes.size(); ++c)
      p.rows.push_back({group_names[g], codes[c], counts[g][c], base[g],
                        base[g] ? static_cast<double>(counts[g][c]) / base[g] : 0.0});
  if (map.organisations.empty())
    for (const auto& c : codes) p.rows.push_back({"all", c, 0, 0, 0.0});
  for (const auto& c : codes) p.flows.push_back({c, {}, {}, {}});
  for (int i = 0; i < static_cast<int>(map.flows.size()); ++i) {
    const auto& f = map.flows[i];
    std::vector<std::size_t> named;
    for (const auto& c : f.obstacles) named.push_back(code_pos.at(c));
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    for (auto c : named) {
      auto& of = p.flows[c];
      (f.status == "blocked" ? of.blocked : f.status == "desired" ? of.desired : of.active).push_back(i);
    }
  }
  return p;
}

Table obstacles_table(const model::Taxonomy& tax, const ObstaclePrevalence& p, const std::string& lang) {
  const bool grouped = p.by != ObstacleGrouping::none;
  Table t;
  if (grouped) t.columns.push_back("group");
  for (const char* c : {"obstacle", "label", "organisations", "base", "percent"}) t.columns.push_back(c);
  if (!grouped) t.columns.insert(t.columns.end(), {"blocked_flows", "desired_flows"});
  for (std::size_t r = 0; r < p.rows.size(); ++r) {
    const auto& s = p.rows[r];
    std::vector<Cell> row;
    if (grouped) row.emplace_back(s.group);
    row.insert(row.end(), {s.obstacle, tax.label("obstacle", s.obstacle, lang), static_cast<long long>(s.organisations),
                           static_cast<long long>(s.base), 100.0 * s.share});
    if (!grouped) {
      const auto& f = p.flows[r % p.flows.size()];
      row.insert(row.end(), {static_cast<long long>(f.blocked.size()), static_cast<long long>(f.desired.size())});
    }
    t.add(std::move(row));
  }
  return t;
}

Table obstacle_flows_table(const model::Map& map, const ObstaclePrevalence& p) {
  Table t;
  t.columns = {"obstacle", "effect", "from", "to", "status", "basis"};
  for (const auto& of : p.flows)
    for (const auto* list : {&of.blocked, &of.desired, &of.active})
      for (int i : *list) {
        const auto& f = map.flows[i];
        t.add({of.obstacle, std::string(list == &of.blocked ? "blocks" : "hinders"), f.from, f.to, f.status, f.basis});
      }
  return t;
}

}  // namespace stakemap::analysis
