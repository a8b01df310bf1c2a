#pragma once
// Internal: single-source shortest-path searches that count shortest paths (sigma), with
// buffers allocated once and reset only where touched. Used by betweenness.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <utility>
#include <vector>

#include "graph/digraph.hpp"

namespace stakemap::analysis::detail {

/// Breadth-first search along out-arcs: hop distances and shortest-path counts. The inner
/// loop is branch-free (random graphs make the branches unpredictable).
struct BfsSearch {
  explicit BfsSearch(const graph::Digraph& graph)
      : g(graph), dist(graph.n, -1), sigma(graph.n, 0.0), order(graph.n + 1) {}
  /// Searches from s; order[0 .. reached) lists reached nodes by non-decreasing distance.
  void run(int s) {
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    std::size_t tail = 1;
    for (std::size_t head = 0; head < tail; ++head) {
      int v = order[head];
      int next = dist[v] + 1;
      double sv = sigma[v];
      for (auto e = g.out_offset[v]; e < g.out_offset[v + 1]; ++e) {
        int w = g.out_target[e];
        int d = dist[w];
        int fresh = d < 0;                  // arithmetic, not branches: the compiler
        int on_path = fresh | (d == next);  // would otherwise turn ?: back into jumps
        dist[w] = d + fresh * (next - d);
        order[tail] = w;
        tail += static_cast<std::size_t>(fresh);
        sigma[w] += sv * on_path;
      }
    }
    reached = tail;
  }
  /// True when arc e = (w, v) lies on a shortest path from the source.
  bool on_path(int w, std::int64_t, int v) const { return dist[v] == dist[w] + 1; }
  void reset() {
    for (std::size_t i = 0; i < reached; ++i) {
      dist[order[i]] = -1;
      sigma[order[i]] = 0;
    }
    reached = 0;
  }

  const graph::Digraph& g;
  std::vector<int> dist;
  std::vector<double> sigma;
  std::vector<int> order;  // n + 1: the branch-free loop writes one past the last node reached
  std::size_t reached = 0;
};

/// Dijkstra along out-arcs with length 1/weight (arcs of weight <= 0 left out).
struct DijkstraSearch {
  static constexpr double kInf = std::numeric_limits<double>::infinity();
  explicit DijkstraSearch(const graph::Digraph& graph)
      : g(graph), dist(graph.n, kInf), sigma(graph.n, 0.0), settled(graph.n, 0) {
    order.reserve(graph.n);
    touched.reserve(graph.n);
  }
  /// Searches from s, stopping once `stop` is settled (-1: never); `order` lists settled
  /// nodes by non-decreasing distance.
  void run(int s, int stop = -1) {
    dist[s] = 0;
    sigma[s] = 1;
    touched.push_back(s);
    heap.emplace_back(0.0, s);
    while (!heap.empty()) {
      std::pop_heap(heap.begin(), heap.end(), std::greater<>());
      int v = heap.back().second;
      heap.pop_back();
      if (settled[v]) continue;
      settled[v] = 1;
      order.push_back(v);
      if (v == stop) break;
      double dv = dist[v], sv = sigma[v];
      for (auto e = g.out_offset[v]; e < g.out_offset[v + 1]; ++e) {
        double wt = g.out_weight[e];
        int w = g.out_target[e];
        if (wt <= 0 || settled[w]) continue;
        double d = dv + 1.0 / wt;
        if (d < dist[w]) {
          if (dist[w] == kInf) touched.push_back(w);
          dist[w] = d;
          sigma[w] = sv;
          heap.emplace_back(d, w);
          std::push_heap(heap.begin(), heap.end(), std::greater<>());
        } else if (d == dist[w]) {
          sigma[w] += sv;
        }
      }
    }
    heap.clear();
  }
  bool on_path(int w, std::int64_t e, int v) const {
    double wt = g.out_weight[e];
    return wt > 0 && settled[v] && dist[v] == dist[w] + 1.0 / wt;
  }
  void reset() {
    for (int v : touched) {
      dist[v] = kInf;
      sigma[v] = 0;
      settled[v] = 0;
    }
    touched.clear();
    order.clear();
  }

  const graph::Digraph& g;
  std::vector<double> dist, sigma;
  std::vector<char> settled;
  std::vector<int> order, touched;
  std::vector<std::pair<double, int>> heap;
};

}  // namespace stakemap::analysis::detail
