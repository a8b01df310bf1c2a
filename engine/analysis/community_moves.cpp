#include "analysis/community_moves.hpp"

#include <algorithm>
#include <numeric>

namespace stakemap::analysis::detail {

Level level_from(const graph::Digraph& g, bool weighted) {
  graph::Digraph u = graph::undirected(g);
  Level l;
  l.n = u.n;
  l.offset = std::move(u.out_offset);
  l.target = std::move(u.out_target);
  l.weight = weighted ? std::move(u.out_weight) : std::vector<double>(l.target.size(), 1.0);
  l.loop.assign(l.n, 0.0);
  l.strength.assign(l.n, 0.0);
  for (int v = 0; v < l.n; ++v)
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e) l.strength[v] += l.weight[e];
  for (double s : l.strength) l.total += s;
  return l;
}

namespace {
std::vector<int> shuffled(int n, Random& rng) {
  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);
  for (int i = n - 1; i > 0; --i) std::swap(order[i], order[rng.below(i + 1)]);  // Fisher–Yates
  return order;
}
}  // namespace

bool fast_local_move(const Level& l, double gamma, Random& rng, std::vector<int>& community) {
  std::vector<double> tot(l.n, 0.0), links(l.n, 0.0);
  for (int v = 0; v < l.n; ++v) tot[community[v]] += l.strength[v];
  std::vector<int> queue = shuffled(l.n, rng), touched;
  std::vector<char> queued(l.n, 1);
  std::size_t head = 0, size = queue.size();  // circular queue holding at most n nodes
  bool moved = false;
  const double m2 = l.total;
  while (size > 0) {
    int v = queue[head];
    head = (head + 1) % queue.size();
    --size;
    queued[v] = 0;
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
    // Gain of joining c, up to a constant: links to c - gamma * tot(c) * k_v / 2M.
    auto score = [&](int c) { return links[c] - gamma * tot[c] * kv / m2; };
    int best = from;
    double best_score = score(from);
    for (int c : touched)
      if (double sc = score(c); sc > best_score) {
        best = c;
        best_score = sc;
      }
    tot[best] += kv;
    for (int c : touched) links[c] = 0;
    if (best == from) continue;
    community[v] = best;
    moved = true;
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e) {  // neighbours outside `best` may now move
      int w = l.target[e];
      if (queued[w] || community[w] == best) continue;
      queued[w] = 1;
      queue[(head + size) % queue.size()] = w;
      ++size;
    }
  }
  return moved;
}

std::vector<int> refine(const Level& l, double gamma, Random& rng, const std::vector<int>& community) {
  const double m2 = l.total;
  std::vector<int> refined(l.n);
  std::iota(refined.begin(), refined.end(), 0);
  std::vector<double> tot_c(l.n, 0.0), tot_r(l.strength), ext(l.n, 0.0), links(l.n, 0.0);
  std::vector<char> singleton(l.n, 1);
  for (int v = 0; v < l.n; ++v) {
    tot_c[community[v]] += l.strength[v];
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e)
      if (community[l.target[e]] == community[v]) ext[v] += l.weight[e];  // to the rest of its community
  }
  std::vector<int> touched;
  for (int v : shuffled(l.n, rng)) {
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

Level aggregate(const Level& l, const std::vector<int>& partition, int k) {
  Level a;
  a.n = k;
  a.loop.assign(k, 0.0);
  a.strength.assign(k, 0.0);
  std::vector<std::int64_t> count(k + 1, 0);
  for (int v = 0; v < l.n; ++v) count[partition[v] + 1] += l.offset[v + 1] - l.offset[v];
  for (int c = 0; c < k; ++c) count[c + 1] += count[c];
  // Arcs grouped by part (counting sort), then merged per part with a dense accumulator.
  std::vector<int> by_part_target(count[k]);
  std::vector<double> by_part_weight(count[k]);
  std::vector<std::int64_t> fill(count.begin(), count.end() - 1);
  for (int v = 0; v < l.n; ++v) {
    int cv = partition[v];
    a.loop[cv] += l.loop[v];
    a.strength[cv] += l.strength[v];
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e) {
      by_part_target[fill[cv]] = partition[l.target[e]];
      by_part_weight[fill[cv]++] = l.weight[e];
    }
  }
  std::vector<double> sum(k, 0.0);
  std::vector<char> mark(k, 0);
  std::vector<int> seen;
  a.offset.assign(k + 1, 0);
  for (int c = 0; c < k; ++c) {
    seen.clear();
    for (auto i = count[c]; i < count[c + 1]; ++i) {
      int d = by_part_target[i];
      if (d == c) {
        a.loop[c] += by_part_weight[i];
        continue;
      }
      if (!mark[d]) {
        mark[d] = 1;
        seen.push_back(d);
      }
      sum[d] += by_part_weight[i];
    }
    std::sort(seen.begin(), seen.end());
    for (int d : seen) {
      a.target.push_back(d);
      a.weight.push_back(sum[d]);
      sum[d] = 0;
      mark[d] = 0;
    }
    a.offset[c + 1] = static_cast<std::int64_t>(a.target.size());
  }
  a.total = l.total;
  return a;
}

}  // namespace stakemap::analysis::detail
