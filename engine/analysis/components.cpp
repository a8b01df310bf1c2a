#include "analysis/components.hpp"

#include <algorithm>
#include <numeric>

namespace stakemap::analysis {

Components by_size(const Components& c) {
  int k = c.count();
  std::vector<int> first(k, -1);
  for (int v = 0; v < static_cast<int>(c.of.size()); ++v)
    if (first[c.of[v]] < 0) first[c.of[v]] = v;
  std::vector<int> order(k);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](int a, int b) { return c.sizes[a] != c.sizes[b] ? c.sizes[a] > c.sizes[b] : first[a] < first[b]; });
  std::vector<int> rank(k);
  Components out;
  out.sizes.resize(k);
  for (int i = 0; i < k; ++i) {
    rank[order[i]] = i;
    out.sizes[i] = c.sizes[order[i]];
  }
  out.of.resize(c.of.size());
  for (std::size_t v = 0; v < c.of.size(); ++v) out.of[v] = rank[c.of[v]];
  return out;
}

Components weak_components(const graph::Digraph& g) {
  Components c;
  c.of.assign(g.n, -1);
  std::vector<int> stack;
  for (int s = 0; s < g.n; ++s) {
    if (c.of[s] >= 0) continue;
    int id = c.count();
    c.sizes.push_back(0);
    c.of[s] = id;
    stack.push_back(s);
    while (!stack.empty()) {
      int v = stack.back();
      stack.pop_back();
      ++c.sizes[id];
      for (auto nbrs : {g.out(v), g.in(v)})
        for (int w : nbrs)
          if (c.of[w] < 0) {
            c.of[w] = id;
            stack.push_back(w);
          }
    }
  }
  return by_size(c);
}

Components strong_components(const graph::Digraph& g) {
  Components c;
  c.of.assign(g.n, -1);
  std::vector<int> index(g.n, -1), low(g.n, 0), stack;
  std::vector<std::pair<int, std::int64_t>> dfs;  // node, next arc to look at
  std::vector<char> on_stack(g.n, 0);
  int counter = 0;
  for (int root = 0; root < g.n; ++root) {
    if (index[root] >= 0) continue;
    dfs.emplace_back(root, g.out_offset[root]);
    index[root] = low[root] = counter++;
    stack.push_back(root);
    on_stack[root] = 1;
    while (!dfs.empty()) {
      auto& [v, e] = dfs.back();
      if (e < g.out_offset[v + 1]) {
        int w = g.out_target[e++];
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push_back(w);
          on_stack[w] = 1;
          dfs.emplace_back(w, g.out_offset[w]);
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      int done = v;
      dfs.pop_back();
      if (!dfs.empty()) low[dfs.back().first] = std::min(low[dfs.back().first], low[done]);
      if (low[done] == index[done]) {
        int id = c.count();
        c.sizes.push_back(0);
        int w;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = 0;
          c.of[w] = id;
          ++c.sizes[id];
        } while (w != done);
      }
    }
  }
  return c;
}

CutPoints cut_points(const graph::Digraph& g) {
  graph::Digraph u = graph::undirected(g);
  CutPoints cp;
  std::vector<int> disc(u.n, -1), low(u.n, 0), parent(u.n, -1);
  std::vector<char> is_cut(u.n, 0);
  std::vector<std::pair<int, std::int64_t>> dfs;
  int counter = 0;
  for (int root = 0; root < u.n; ++root) {
    if (disc[root] >= 0) continue;
    int root_children = 0;
    disc[root] = low[root] = counter++;
    dfs.emplace_back(root, u.out_offset[root]);
    while (!dfs.empty()) {
      auto& [v, e] = dfs.back();
      if (e < u.out_offset[v + 1]) {
        int w = u.out_target[e++];
        if (disc[w] < 0) {
          parent[w] = v;
          if (v == root) ++root_children;
          disc[w] = low[w] = counter++;
          dfs.emplace_back(w, u.out_offset[w]);
        } else if (w != parent[v]) {
          low[v] = std::min(low[v], disc[w]);
        }
        continue;
      }
      int w = v;
      dfs.pop_back();
      if (dfs.empty()) break;
      int p = dfs.back().first;
      low[p] = std::min(low[p], low[w]);
      if (p != root && low[w] >= disc[p]) is_cut[p] = 1;
      if (low[w] > disc[p]) cp.bridges.emplace_back(std::min(p, w), std::max(p, w));
    }
    if (root_children > 1) is_cut[root] = 1;
  }
  for (int v = 0; v < u.n; ++v)
    if (is_cut[v]) cp.articulation_points.push_back(v);
  std::sort(cp.bridges.begin(), cp.bridges.end());
  return cp;
}

}  // namespace stakemap::analysis
