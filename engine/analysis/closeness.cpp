#include "analysis/closeness.hpp"

#include <atomic>
#include <cmath>
#include <numeric>

#include "analysis/msbfs.hpp"
#include "analysis/parallel.hpp"
#include "analysis/random.hpp"
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

// Sums over the sampled sources, per node reached: sources reaching it, their total
// distance to it, and their 1/distance.
struct TargetSums {
  std::vector<double> reached, total, harmonic;
  explicit TargetSums(int n) : reached(n, 0.0), total(n, 0.0), harmonic(n, 0.0) {}
  void add(const TargetSums& o) {
    for (std::size_t v = 0; v < reached.size(); ++v) {
      reached[v] += o.reached[v];
      total[v] += o.total[v];
      harmonic[v] += o.harmonic[v];
    }
  }
};

TargetSums weighted_target_sums(const graph::Digraph& g, const std::vector<int>& sources, int threads) {
  int t = detail::thread_count(threads, static_cast<long>(sources.size()) / 16 + 1);
  std::vector<TargetSums> parts(t, TargetSums(g.n));
  detail::run_threads(t, [&](int me) {
    auto& p = parts[me];
    detail::DijkstraSearch search(g);
    for (std::size_t i = me; i < sources.size(); i += t) {
      search.run(sources[i]);
      for (int v : search.order) {
        double d = search.dist[v];
        if (d <= 0) continue;
        p.reached[v] += 1;
        p.total[v] += d;
        p.harmonic[v] += 1 / d;
      }
      search.reset();
    }
  });
  TargetSums out(g.n);
  for (const auto& p : parts) out.add(p);
  return out;
}

TargetSums unweighted_target_sums(const graph::Digraph& g, const std::vector<int>& sources, int threads,
                                  const char* label) {
  auto sums = detail::distance_sums({g.n, g.out_offset, g.out_target}, sources, threads, label, true);
  TargetSums out(g.n);
  for (int v = 0; v < g.n; ++v) {
    out.reached[v] = static_cast<double>(sums.target_reached[v]);
    out.total[v] = static_cast<double>(sums.target_total[v]);
    out.harmonic[v] = sums.target_harmonic[v];
  }
  return out;
}

}  // namespace

double closeness_sample_error(int n, long sources, double delta) {
  if (n <= 1 || sources <= 0) return 0;
  return n / (n - 1.0) * std::sqrt(std::log(4.0 * n / delta) / (2.0 * static_cast<double>(sources)));
}

long closeness_sample_size(int n, double epsilon, double delta) {
  double k = std::log(4.0 * n / delta) / (2 * epsilon * epsilon) * std::pow(n / (n - 1.0), 2);
  long rounded = (static_cast<long>(std::ceil(k)) + 511) / 512 * 512;
  return std::min<long>(rounded, n);
}

Closeness closeness_sampled(const graph::Digraph& g, bool incoming, bool weighted, long k, unsigned seed, int threads) {
  Closeness c;
  int n = g.n;
  c.closeness.assign(n, 0.0);
  c.harmonic.assign(n, 0.0);
  k = std::min<long>(k, n);
  if (k <= 0) return c;
  auto sources = detail::sample_distinct(n, k, seed);
  // Distances *to* each node for incoming closeness: searches from the sources along out-arcs.
  graph::Digraph along = incoming ? g : reversed(g);
  TargetSums sums = weighted ? weighted_target_sums(along, sources, threads)
                             : unweighted_target_sums(along, sources, threads,
                                                      incoming ? "closeness (sampled)" : "out-closeness (sampled)");
  double scale = static_cast<double>(n) / static_cast<double>(k);
  for (int v = 0; v < n; ++v) {
    double others = std::min(scale * sums.reached[v], n - 1.0);  // r - 1
    double total = scale * sums.total[v];
    if (total > 0 && n > 1) c.closeness[v] = others / total * (others / (n - 1));
    c.harmonic[v] = scale * sums.harmonic[v];
  }
  return c;
}

Closeness closeness(const graph::Digraph& g, bool incoming, bool weighted, int threads) {
  if (weighted) return weighted_closeness(incoming ? reversed(g) : g, threads);
  detail::Adjacency adj{
      g.n, incoming ? std::span<const std::int64_t>(g.in_offset) : std::span<const std::int64_t>(g.out_offset),
      incoming ? std::span<const int>(g.in_source) : std::span<const int>(g.out_target)};
  std::vector<int> sources(g.n);
  std::iota(sources.begin(), sources.end(), 0);
  auto sums = detail::distance_sums(adj, sources, threads, incoming ? "closeness" : "out-closeness");
  Closeness c;
  c.closeness.resize(g.n);
  c.harmonic = std::move(sums.harmonic);
  for (int v = 0; v < g.n; ++v)
    c.closeness[v] = wasserman_faust(sums.reached[v], static_cast<double>(sums.total[v]), g.n);
  return c;
}

}  // namespace stakemap::analysis
