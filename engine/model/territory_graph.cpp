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
  for (int i = 0; i < n; ++i)
    if (children[i].empty()) leaves_.push_back(i);
  // Memoised depth-first closure: each territory's set is the union of its neighbours'
  // sets, computed once, so a DAG with many paths costs no more than a tree. The store
  // guarantees no cycle; an edge back into the current path is skipped all the same.
  auto close = [n](const std::vector<std::vector<int>>& next, bool leaves_only, std::vector<std::vector<int>>& out) {
    std::vector<char> state(n, 0);  // 0 new, 1 on the current path, 2 done
    std::function<void(int)> visit = [&](int t) {
      state[t] = 1;
      std::vector<int> acc;
      if (!leaves_only || next[t].empty()) acc.push_back(t);
      for (int c : next[t]) {
        if (state[c] == 1) continue;
        if (state[c] == 0) visit(c);
        acc.insert(acc.end(), out[c].begin(), out[c].end());
      }
      std::sort(acc.begin(), acc.end());
      acc.erase(std::unique(acc.begin(), acc.end()), acc.end());
      out[t] = std::move(acc);
      state[t] = 2;
    };
    for (int i = 0; i < n; ++i)
      if (state[i] == 0) visit(i);
  };
  close(children, true, below_);
  close(parents, false, above_);
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

std::vector<std::string> find_part_of_cycle(const std::map<std::string, std::vector<std::string>>& parents) {
  std::map<std::string, int> state;  // 1 on the current path, 2 done
  for (const auto& [root, unused] : parents) {
    if (state[root] != 0) continue;
    // Iterative depth-first search: (territory, index of the next parent to visit).
    std::vector<std::pair<std::string, std::size_t>> path{{root, 0}};
    state[root] = 1;
    while (!path.empty()) {
      auto& [t, next] = path.back();
      auto it = parents.find(t);
      if (it == parents.end() || next == it->second.size()) {
        state[t] = 2;
        path.pop_back();
        continue;
      }
      const std::string p = it->second[next++];
      if (state[p] == 1) {
        std::vector<std::string> cycle;
        auto from = std::find_if(path.begin(), path.end(), [&](const auto& e) { return e.first == p; });
        for (auto i = from; i != path.end(); ++i) cycle.push_back(i->first);
        cycle.push_back(p);
        return cycle;
      }
      if (state[p] == 0) {
        state[p] = 1;
        path.emplace_back(p, 0);
      }
    }
  }
  return {};
}

}  // namespace stakemap::model
