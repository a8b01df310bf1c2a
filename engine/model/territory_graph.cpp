#include "model/territory_graph.hpp"

#include <algorithm>

namespace stakemap::model {

namespace {
// Every node reachable from `start` through `next` (start included), each once.
void reach(int start, const std::vector<std::vector<int>>& next, std::vector<int>& stamp, int mark,
           std::vector<int>& out) {
  std::vector<int> stack{start};
  stamp[start] = mark;
  while (!stack.empty()) {
    int t = stack.back();
    stack.pop_back();
    out.push_back(t);
    for (int c : next[t])
      if (stamp[c] != mark) {
        stamp[c] = mark;
        stack.push_back(c);
      }
  }
}
}  // namespace

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
  // Visited stamps make each walk linear even on DAGs with many paths (and safe on cycles).
  std::vector<int> stamp(n, -1);
  std::vector<int> acc;
  for (int i = 0; i < n; ++i) {
    if (children[i].empty()) leaves_.push_back(i);
    acc.clear();
    reach(i, children, stamp, 2 * i, acc);
    for (int t : acc)
      if (children[t].empty()) below_[i].push_back(t);
    std::sort(below_[i].begin(), below_[i].end());
    acc.clear();
    reach(i, parents, stamp, 2 * i + 1, acc);
    std::sort(acc.begin(), acc.end());
    above_[i] = acc;
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
