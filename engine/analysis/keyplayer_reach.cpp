#include "analysis/keyplayer_reach.hpp"

#include <algorithm>

#include "graph/bfs.hpp"

namespace stakemap::analysis {

double reach_value(const std::vector<long>& hist, int max_distance, long others, int hops, int* reached,
                   double* distance_reach) {
  long count = 0;
  double weighted = 0;
  for (int d = 1; d <= max_distance; ++d) {
    if (d <= hops) count += hist[d];
    weighted += static_cast<double>(hist[d]) / d;
  }
  double dr = others > 0 ? weighted / static_cast<double>(others) : 0;
  if (reached) *reached = static_cast<int>(count);
  if (distance_reach) *distance_reach = dr;
  return static_cast<double>(count) + dr / 2;  // the tie-break stays below 1
}

ReachGains::ReachGains(const graph::Digraph& g, int hops)
    : g_(g), hops_(hops), hist_(g.n + 1), seen_(g.n, -1), near_(g.n), delta_(g.n + 1), merged_(g.n + 1) {
  queue_.reserve(g.n);
}

void ReachGains::rebase(const std::vector<int>& base) {
  graph::Bfs bfs(g_);
  dist_ = bfs.run(base);
  std::fill(hist_.begin(), hist_.end(), 0);
  max_distance_ = 0;
  others_ = 0;
  reached_ = 0;
  for (int d : dist_) {
    if (d == 0) continue;
    ++others_;
    if (d > 0) {
      ++hist_[d];
      reached_ += d <= hops_;
      max_distance_ = std::max(max_distance_, d);
    }
  }
}

double ReachGains::with(int v) {
  ++stamp_;
  touched_.clear();
  auto move = [&](int from, int to) {  // one organisation changes distance (0: leaves the counts)
    for (int d : {from, to})
      if (d > 0 && delta_[d] == 0) touched_.push_back(d);
    if (from > 0) --delta_[from];
    if (to > 0) ++delta_[to];
  };
  int max_distance = max_distance_;
  move(dist_[v], 0);
  seen_[v] = stamp_;
  queue_.assign(1, v);
  near_[v] = 0;
  for (std::size_t head = 0; head < queue_.size(); ++head) {
    const int u = queue_[head];
    const int next = near_[u] + 1;
    for (int w : g_.out(u)) {
      if (seen_[w] == stamp_) continue;
      seen_[w] = stamp_;  // first seen at its distance from v: not closer now, never closer later
      if (dist_[w] >= 0 && next >= dist_[w]) continue;
      near_[w] = next;
      move(dist_[w], next);
      max_distance = std::max(max_distance, next);
      queue_.push_back(w);
    }
  }
  for (int d = 1; d <= max_distance; ++d) merged_[d] = hist_[d] + delta_[d];
  for (int d : touched_) delta_[d] = 0;
  return reach_value(merged_, max_distance, others_ - 1, hops_);
}

int ReachGains::reached_with(int v) {
  ++stamp_;
  long reached = reached_ - (dist_[v] > 0 && dist_[v] <= hops_);
  seen_[v] = stamp_;
  near_[v] = 0;
  queue_.assign(1, v);
  for (std::size_t head = 0; head < queue_.size(); ++head) {
    const int u = queue_[head];
    const int next = near_[u] + 1;
    if (next > hops_) break;  // the queue is in distance order
    for (int w : g_.out(u)) {
      if (seen_[w] == stamp_) continue;
      seen_[w] = stamp_;
      if (dist_[w] >= 0 && next >= dist_[w]) continue;
      reached += dist_[w] < 0 || dist_[w] > hops_;  // newly within hops
      near_[w] = next;
      queue_.push_back(w);
    }
  }
  return static_cast<int>(reached);
}

}  // namespace stakemap::analysis
