#include "analysis/communities.hpp"

#include <algorithm>
#include <numeric>

#include "analysis/random.hpp"
#include "core/progress.hpp"

namespace stakemap::analysis {

namespace {

// A weighted undirected graph for Louvain: symmetric CSR; loop[v] is the weight of v's
// self-loop counted twice (as in the adjacency matrix diagonal of an aggregated graph).
struct Level {
  int n = 0;
  std::vector<std::int64_t> offset;
  std::vector<int> target;
  std::vector<double> weight, loop, strength;
  double total = 0;  // 2m: sum of strengths
};

Level from_graph(const graph::Digraph& g, bool weighted) {
  graph::Digraph u = graph::undirected(g);
  Level l;
  l.n = u.n;
  l.offset = u.out_offset;
  l.target = u.out_target;
  l.weight = weighted ? u.out_weight : std::vector<double>(u.out_target.size(), 1.0);
  l.loop.assign(l.n, 0.0);
  l.strength.assign(l.n, 0.0);
  for (int v = 0; v < l.n; ++v)
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e) l.strength[v] += l.weight[e];
  for (double s : l.strength) l.total += s;
  return l;
}

// Local moving phase: returns the community of each node; true in `moved` if any moved.
std::vector<int> local_moves(const Level& l, double gamma, double threshold, detail::Random& rng, bool& moved) {
  std::vector<int> community(l.n);
  std::iota(community.begin(), community.end(), 0);
  std::vector<double> tot(l.strength), links(l.n, 0.0);
  std::vector<int> touched, order(l.n);
  std::iota(order.begin(), order.end(), 0);
  for (int i = l.n - 1; i > 0; --i) std::swap(order[i], order[rng.below(i + 1)]);  // Fisher–Yates
  moved = false;
  double m2 = l.total;
  while (true) {
    double gain = 0;
    for (int v : order) {
      int from = community[v];
      double kv = l.strength[v];
      touched.clear();
      touched.push_back(from);
      for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e) {
        int c = community[l.target[e]];
        if (links[c] == 0 && c != from) touched.push_back(c);
        links[c] += l.weight[e];
      }
      tot[from] -= kv;
      // Gain of joining c (up to a constant): links to c - gamma * tot(c) * k_v / 2m.
      auto score = [&](int c) { return links[c] - gamma * tot[c] * kv / m2; };
      int best = from;
      double best_score = score(from);
      for (int c : touched)
        if (double sc = score(c); sc > best_score) {
          best = c;
          best_score = sc;
        }
      tot[best] += kv;
      if (best != from) {
        community[v] = best;
        gain += 2 * (best_score - score(from)) / m2;
        moved = true;
      }
      for (int c : touched) links[c] = 0;
    }
    if (gain <= threshold) break;
  }
  return community;
}

// Renumbers communities 0..k-1 in order of first appearance; returns k.
int compact(std::vector<int>& community) {
  std::vector<int> id(community.size(), -1);
  int k = 0;
  for (int& c : community) {
    if (id[c] < 0) id[c] = k++;
    c = id[c];
  }
  return k;
}

// The graph of communities: one node per community, weights summed.
Level aggregate(const Level& l, const std::vector<int>& community, int k) {
  std::vector<std::vector<std::pair<int, double>>> arcs(k);
  Level a;
  a.n = k;
  a.loop.assign(k, 0.0);
  a.strength.assign(k, 0.0);
  for (int v = 0; v < l.n; ++v) {
    int cv = community[v];
    a.loop[cv] += l.loop[v];
    a.strength[cv] += l.strength[v];
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e) {
      int cw = community[l.target[e]];
      if (cw == cv) a.loop[cv] += l.weight[e];
      else arcs[cv].emplace_back(cw, l.weight[e]);
    }
  }
  a.offset.assign(k + 1, 0);
  for (int c = 0; c < k; ++c) {
    auto& list = arcs[c];
    std::sort(list.begin(), list.end());
    for (const auto& [d, w] : list) {
      if (!a.target.empty() && a.offset[c] < static_cast<std::int64_t>(a.target.size()) && a.target.back() == d)
        a.weight.back() += w;
      else {
        a.target.push_back(d);
        a.weight.push_back(w);
      }
    }
    a.offset[c + 1] = static_cast<std::int64_t>(a.target.size());
    list = {};
  }
  a.total = l.total;
  return a;
}

}  // namespace

double modularity(const graph::Digraph& g, const std::vector<int>& membership, bool weighted, double resolution) {
  Level l = from_graph(g, weighted);
  if (l.total == 0) return 0;
  int k = 0;
  for (int c : membership) k = std::max(k, c + 1);
  std::vector<double> inside(k, 0.0), degree(k, 0.0);
  for (int v = 0; v < l.n; ++v) {
    degree[membership[v]] += l.strength[v];
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e)
      if (membership[l.target[e]] == membership[v]) inside[membership[v]] += l.weight[e];
  }
  double q = 0;
  for (int c = 0; c < k; ++c) q += inside[c] / l.total - resolution * (degree[c] / l.total) * (degree[c] / l.total);
  return q;
}

Communities louvain(const graph::Digraph& g, const LouvainOptions& o) {
  Level level = from_graph(g, o.weighted);
  std::vector<int> membership(g.n);
  std::iota(membership.begin(), membership.end(), 0);
  detail::Random rng(o.seed);
  Progress progress("communities", 0);
  if (level.total > 0) {
    for (int depth = 1;; ++depth) {
      bool moved = false;
      std::vector<int> community = local_moves(level, o.resolution, o.threshold, rng, moved);
      if (!moved) break;
      int k = compact(community);
      if (k == level.n) break;  // nothing merged
      for (int& m : membership) m = community[m];
      level = aggregate(level, community, k);
      progress.update(static_cast<std::size_t>(depth));
    }
  }
  // Number by decreasing size, ties by smallest member.
  int k = compact(membership);
  std::vector<int> size(k, 0), order(k);
  for (int c : membership) ++size[c];
  std::iota(order.begin(), order.end(), 0);  // compact() numbered by first member already
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return size[a] > size[b]; });
  std::vector<int> rank(k);
  for (int i = 0; i < k; ++i) rank[order[i]] = i;
  Communities result;
  result.membership.resize(g.n);
  for (int v = 0; v < g.n; ++v) result.membership[v] = rank[membership[v]];
  result.count = k;
  result.modularity = modularity(g, result.membership, o.weighted, o.resolution);
  return result;
}

}  // namespace stakemap::analysis
