#include "analysis/community_moves.hpp"

#include <algorithm>
#include <numeric>

namespace stakemap::analysis::detail {

Level level_from(const graph::Digraph& g, bool weighted) {
  // Each node's neighbours are its out- and in-lists merged (both sorted, no self-loops):
  // one pass, no sort. A pair linked both ways weighs the sum of its two arcs.
  Level l;
  l.n = g.n;
  l.offset.assign(static_cast<std::size_t>(l.n) + 1, 0);
  l.target.reserve(2 * g.out_target.size());
  l.weight.reserve(2 * g.out_target.size());
  l.loop.assign(l.n, 0.0);
  l.strength.assign(l.n, 0.0);
  for (int v = 0; v < l.n; ++v) {
    auto out = g.out(v), in = g.in(v);
    auto out_w = g.out_w(v), in_w = g.in_w(v);
    std::size_t i = 0, j = 0;
    while (i < out.size() || j < in.size()) {
      bool take_out = j == in.size() || (i < out.size() && out[i] <= in[j]);
      bool take_in = i == out.size() || (j < in.size() && in[j] <= out[i]);
      l.target.push_back(take_out ? out[i] : in[j]);
      double w = (take_out ? out_w[i++] : 0.0) + (take_in ? in_w[j++] : 0.0);
      l.weight.push_back(weighted ? w : 1.0);
      l.strength[v] += l.weight.back();
    }
    l.offset[v + 1] = static_cast<std::int64_t>(l.target.size());
  }
  for (double s : l.strength) l.total += s;
  return l;
}

namespace {
// 0..n-1 in a seeded random order (Fisher–Yates), written into `order`.
void shuffle(int n, Random& rng, std::vector<int>& order) {
  order.resize(n);
  std::iota(order.begin(), order.end(), 0);
  for (int i = n - 1; i > 0; --i) std::swap(order[i], order[rng.below(i + 1)]);
}
}  // namespace

bool fast_local_move(const Level& l, double gamma, Random& rng, std::vector<int>& community, Scratch& scratch) {
  auto& tot = scratch.values_1;
  auto& links = scratch.values_2;
  tot.assign(l.n, 0.0);
  links.assign(l.n, 0.0);
  for (int v = 0; v < l.n; ++v) tot[community[v]] += l.strength[v];
  auto& queue = scratch.nodes_1;
  shuffle(l.n, rng, queue);
  std::int64_t max_degree = 0;
  for (int v = 0; v < l.n; ++v) max_degree = std::max(max_degree, l.offset[v + 1] - l.offset[v]);
  auto& touched = scratch.nodes_2;  // own community first
  touched.resize(static_cast<std::size_t>(max_degree) + 1);
  auto& queued = scratch.flags;
  queued.assign(l.n, 1);
  const std::size_t capacity = queue.size();  // circular queue holding at most n nodes
  std::size_t head = 0, size = capacity;
  bool moved = false;
  const double m2 = l.total;
  while (size > 0) {
    int v = queue[head];
    if (++head == capacity) head = 0;
    --size;
    queued[v] = 0;
    int from = community[v];
    double kv = l.strength[v];
    touched[0] = from;
    std::size_t count = 1;
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e) {
      int c = community[l.target[e]];
      touched[count] = c;  // kept only when first seen (branch-free)
      count += static_cast<std::size_t>(links[c] == 0 && c != from);
      links[c] += l.weight[e];
    }
    tot[from] -= kv;
    // Gain of joining c, up to a constant: links to c - gamma * tot(c) * k_v / 2M.
    const double scale = gamma * kv / m2;
    auto score = [&](int c) { return links[c] - tot[c] * scale; };
    int best = from;
    double best_score = score(from);
    for (std::size_t i = 1; i < count; ++i)
      if (double sc = score(touched[i]); sc > best_score) {
        best = touched[i];
        best_score = sc;
      }
    tot[best] += kv;
    for (std::size_t i = 0; i < count; ++i) links[touched[i]] = 0;
    if (best == from) continue;
    community[v] = best;
    moved = true;
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e) {  // neighbours outside `best` may now move
      int w = l.target[e];
      if (queued[w] || community[w] == best) continue;
      queued[w] = 1;
      std::size_t tail = head + size;
      queue[tail >= capacity ? tail - capacity : tail] = w;
      ++size;
    }
  }
  return moved;
}

std::vector<int> refine(const Level& l, double gamma, Random& rng, const std::vector<int>& community,
                        Scratch& scratch) {
  const double m2 = l.total;
  std::vector<int> refined(l.n);
  std::iota(refined.begin(), refined.end(), 0);
  auto& tot_c = scratch.values_1;
  auto& tot_r = scratch.values_2;
  auto& ext = scratch.values_3;
  auto& links = scratch.values_4;
  tot_c.assign(l.n, 0.0);
  tot_r.assign(l.strength.begin(), l.strength.end());
  ext.assign(l.n, 0.0);
  links.assign(l.n, 0.0);
  auto& singleton = scratch.flags;
  singleton.assign(l.n, 1);
  for (int v = 0; v < l.n; ++v) {
    tot_c[community[v]] += l.strength[v];
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e)
      ext[v] += community[l.target[e]] == community[v] ? l.weight[e] : 0.0;  // to the rest of its community
  }
  auto& touched = scratch.nodes_2;
  touched.clear();
  auto& order = scratch.nodes_1;
  shuffle(l.n, rng, order);
  for (int v : order) {
    int c = community[v];
    double kv = l.strength[v];
    // Only a well-connected node that is still alone moves.
    if (!singleton[v] || ext[v] < gamma * kv * (tot_c[c] - kv) / m2) continue;
    touched.clear();
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e) {
      int w = l.target[e];
      if (community[w] != c) continue;
      int r = refined[w];
      if (links[r] == 0) touched.push_back(r);
      links[r] += l.weight[e];
    }
    int best = -1;
    double best_gain = 0;
    for (int r : touched) {
      if (r == refined[v]) continue;
      bool well_connected = ext[r] >= gamma * tot_r[r] * (tot_c[c] - tot_r[r]) / m2;
      double gain = links[r] - gamma * kv * tot_r[r] / m2;
      if (well_connected && gain >= best_gain) {
        if (gain == best_gain && best >= 0) continue;  // first of equals
        best = r;
        best_gain = gain;
      }
    }
    if (best >= 0) {
      int own = refined[v];
      ext[best] += ext[own] - 2 * links[best];
      tot_r[best] += tot_r[own];
      tot_r[own] = 0;
      refined[v] = best;
      singleton[best] = 0;
    }
    for (int r : touched) links[r] = 0;
  }
  return refined;
}

int compact(std::vector<int>& partition) {
  std::vector<int> id(partition.size(), -1);
  int k = 0;
  for (int& c : partition) {
    if (id[c] < 0) id[c] = k++;
    c = id[c];
  }
  return k;
}

void aggregate(const Level& l, const std::vector<int>& partition, int k, Level& a, Scratch& scratch) {
  a.n = k;
  a.loop.assign(k, 0.0);
  a.strength.assign(k, 0.0);
  for (int v = 0; v < l.n; ++v) {
    a.loop[partition[v]] += l.loop[v];
    a.strength[partition[v]] += l.strength[v];
  }
  // Arcs sorted by (source part, target part) with two stable counting sorts (target part,
  // then source part), so equal pairs stay in arc order; then equal pairs are merged.
  const auto arcs = static_cast<std::size_t>(l.offset[l.n]);
  // The graph is symmetric: a part is the target of as many arcs as it is the source of.
  auto& by_source = scratch.starts_1;
  by_source.assign(k + 1, 0);
  for (int v = 0; v < l.n; ++v) by_source[partition[v] + 1] += l.offset[v + 1] - l.offset[v];
  for (int c = 0; c < k; ++c) by_source[c + 1] += by_source[c];
  auto& by_target = scratch.starts_2;
  by_target.assign(by_source.begin(), by_source.end());
  auto& source_1 = scratch.parts_1;
  auto& target_2 = scratch.parts_2;
  auto& weight_1 = scratch.weights_1;
  auto& weight_2 = scratch.weights_2;
  source_1.resize(arcs);
  target_2.resize(arcs);
  weight_1.resize(arcs);
  weight_2.resize(arcs);
  for (int v = 0; v < l.n; ++v)
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e) {
      auto i = by_target[partition[l.target[e]]]++;
      source_1[i] = partition[v];
      weight_1[i] = l.weight[e];
    }
  std::int64_t i = 0;
  for (int d = 0; d < k; ++d)  // by_target[d] is now the end of part d's arcs
    for (; i < by_target[d]; ++i) {
      auto j = by_source[source_1[i]]++;
      target_2[j] = d;
      weight_2[j] = weight_1[i];
    }
  a.offset.assign(k + 1, 0);
  a.target.clear();
  a.weight.clear();
  a.target.reserve(arcs);
  a.weight.reserve(arcs);
  i = 0;
  for (int c = 0; c < k; ++c) {  // by_source[c] is now the end of part c's arcs
    for (; i < by_source[c]; ++i) {
      int d = target_2[i];
      if (d == c) a.loop[c] += weight_2[i];
      else if (a.target.size() > static_cast<std::size_t>(a.offset[c]) && a.target.back() == d)
        a.weight.back() += weight_2[i];
      else {
        a.target.push_back(d);
        a.weight.push_back(weight_2[i]);
      }
    }
    a.offset[c + 1] = static_cast<std::int64_t>(a.target.size());
  }
  a.total = l.total;
}

}  // namespace stakemap::analysis::detail
