#include "analysis/crosstab.hpp"

#include <algorithm>
#include <map>

#include "analysis/groups.hpp"

namespace stakemap::analysis {

namespace {
bool share_a_value(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& x : a)  // both sorted and short
    if (std::binary_search(b.begin(), b.end(), x)) return true;
  return false;
}

template <class Same>
EIIndex count_ties(const graph::Digraph& g, Same same) {
  graph::Digraph u = graph::undirected(g);
  EIIndex ei;
  for (int v = 0; v < u.n; ++v)
    for (int w : u.out(v)) {
      if (w < v) continue;
      int s = same(v, w);
      if (s < 0) continue;
      (s ? ei.internal : ei.external) += 1;
    }
  long total = ei.internal + ei.external;
  ei.value = total ? static_cast<double>(ei.external - ei.internal) / total : 0;
  return ei;
}
}  // namespace

EIIndex ei_index(const graph::Digraph& g, const std::vector<std::vector<std::string>>& values) {
  return count_ties(g, [&](int v, int w) {
    if (values[v].empty() || values[w].empty()) return -1;
    return share_a_value(values[v], values[w]) ? 1 : 0;
  });
}

EIIndex ei_index(const graph::Digraph& g, const std::vector<int>& group) {
  return count_ties(g, [&](int v, int w) {
    if (group[v] < 0 || group[w] < 0) return -1;
    return group[v] == group[w] ? 1 : 0;
  });
}

CrossTab cross_tab(const model::Map& map, const graph::Digraph& g, const std::vector<int>& membership, int count,
                   const std::string& by) {
  auto values = group_values(map, by);
  CrossTab t;
  t.by = by;
  std::map<std::string, int> column;
  for (const auto& v : values)
    for (const auto& x : v) column.emplace(x, 0);
  bool none = std::any_of(values.begin(), values.end(), [](const auto& v) { return v.empty(); });
  for (auto& [value, index] : column) {
    index = static_cast<int>(t.values.size());
    t.values.push_back(value);
  }
  if (none) t.values.push_back("(none)");
  t.counts.assign(count, std::vector<int>(t.values.size(), 0));
  for (std::size_t i = 0; i < values.size(); ++i) {
    auto& row = t.counts[membership[i]];
    if (values[i].empty()) ++row.back();
    for (const auto& x : values[i]) ++row[column[x]];
  }
  t.ei = ei_index(g, values);
  return t;
}

}  // namespace stakemap::analysis
