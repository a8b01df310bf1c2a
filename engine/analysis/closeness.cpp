#include "analysis/closeness.hpp"

#include <atomic>
#include <numeric>

#include "analysis/msbfs.hpp"
#include "analysis/parallel.hpp"
#include "analysis/shortest_paths.hpp"
#include "core/progress.hpp"

namespace stakemap::analysis {

namespace {

// networkx: (len(sp)-1)/totsp, then times (len(sp)-1)/(len(G)-1); 0 when nothing is reached.
double wasserman_faust(long reached, double total, int n) {
  if (total <= 0 || n <= 1) return 0;
  double c = (reached - 1.0) / total;
  return c * ((reached - 1.0) / (n - 1));
}

// The graph with every arc reversed (so that searches follow incoming arcs).
graph::Digraph reversed(const graph::Digraph& g) {
  graph::Digraph r = g;
  std::swap(r.out_offset, r.in_offset);
  std::swap(r.out_target, r.in_source);
  std::swap(r.out_weight, r.in_weight);
  return r;
}

Closeness weighted_closeness(const graph::Digraph& g, int threads) {
  Closeness c;
  c.closeness.assign(g.n, 0.0);
  c.harmonic.assign(g.n, 0.0);
  int t = detail::thread_count(threads, g.n / 16 + 1);
  std::atomic<long> done{0};
  Progress progress("closeness", static_cast<std::size_t>(g.n));
  detail::run_threads(t, [&](int me) {
    detail::DijkstraSearch search(g);
    for (int s = me; s < g.n; s += t) {
      search.run(s);
      double total = 0, harmonic = 0;
      for (int v : search.order) {
        double d = search.dist[v];
        total += d;
        if (d > 0) harmonic += 1 / d;
      }
      c.closeness[s] = wasserman_faust(static_cast<long>(search.order.size()), total, g.n);
      c.harmonic[s] = harmonic;
      search.reset();
      long d = ++done;
      if (me == 0) progress.update(static_cast<std::size_t>(d));
    }
  });
  return c;
}

}  // namespace

Closeness closeness(const graph::Digraph& g, bool incoming, bool weighted, int threads) {
  if (weighted) return weighted_closeness(incoming ? reversed(g) : g, threads);
  detail::Adjacency adj{g.n, incoming ? std::span<const std::int64_t>(g.in_offset) : std::span<const std::int64_t>(g.out_offset),
                        incoming ? std::span<const int>(g.in_source) : std::span<const int>(g.out_target)};
  std::vector<int> sources(g.n);
  std::iota(sources.begin(), sources.end(), 0);
  auto sums = detail::distance_sums(adj, sources, threads, incoming ? "closeness" : "out-closeness");
  Closeness c;
  c.closeness.resize(g.n);
  c.harmonic = std::move(sums.harmonic);
  for (int v = 0; v < g.n; ++v) c.closeness[v] = wasserman_faust(sums.reached[v], static_cast<double>(sums.total[v]), g.n);
  return c;
}

}  // namespace stakemap::analysis
