#include "model/territory_graph.hpp"

#include <algorithm>
#include <functional>

namespace stakemap::model {

TerritoryGraph::TerritoryGraph(const Map& map) : map_(map) {
  int n = static_cast<int>(map.territories.size());
  std::vector<std::vector<int>> children(n), parents(n);
  for (int i = 0; i < n; ++i)
    for (const auto& p : map.territories[i].parents) {
      int j = map.territory_index(p);
      if (j >= 0) {
        parents[i].push_back(j);
        children[j].push_back(i);
      }
    }
  below_.assign(n, {});
  above_.assign(n, {});
  // Depth-first closure; the store guarantees no cycle, the depth guard protects anyway.
  std::function<void(int, int, std::vector<int>&, const std::vector<std::vector<int>>&, int)> walk =
      [&](int t, int target, std::vector<int>& acc, const std::vector<std::vector<int>>& next, int depth) {
        if (depth > n) return;
        acc.push_back(t);
        for (int c : next[t]) walk(c, target, acc, next, depth + 1);
      };
  for (int i = 0; i < n; ++i) {
    if (children[i].empty()) leaves_.push_back(i);
    std::vector<int> acc;
    walk(i, i, acc, children, 0);
    for (int t : acc)
      if (children[t].empty()) below_[i].push_back(t);
    std::sort(below_[i].begin(), below_[i].end());
    below_[i].erase(std::unique(below_[i].begin(), below_[i].end()), below_[i].end());
    acc.clear();
    walk(i, i, acc, parents, 0);
    std::sort(acc.begin(), acc.end());
    acc.erase(std::unique(acc.begin(), acc.end()), acc.end());
    above_[i] = std::move(acc);
  }
}

bool TerritoryGraph::covers(int a, int b) const {
  const auto& up = above_[b];
  return std::binary_search(up.begin(), up.end(), a);
}

std::vector<int> TerritoryGraph::leaves_of(const Organisation& o) const {
  std::vector<int> out;
  for (const auto& id : o.territories) {
    int t = map_.territory_index(id);
    if (t >= 0) out.insert(out.end(), below_[t].begin(), below_[t].end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace stakemap::model
