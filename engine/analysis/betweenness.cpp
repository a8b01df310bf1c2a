#include "analysis/betweenness.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

#include "analysis/parallel.hpp"
#include "analysis/random.hpp"
#include "analysis/shortest_paths.hpp"
#include "core/progress.hpp"

namespace stakemap::analysis {

namespace {

double normaliser(int n) { return n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 0.0; }

// Brandes' dependency accumulation for one source, with the successor test instead of
// predecessor lists: w precedes v on a shortest path when dist[v] == dist[w] + len(w, v).
template <class Search>
void accumulate(const graph::Digraph& g, Search& search, int s, std::vector<double>& delta, std::vector<double>& bc) {
  search.run(s);
  const auto& order = search.order;
  for (auto i = order.size(); i-- > 0;) {
    int w = order[i];
    double sum = 0;
    for (auto e = g.out_offset[w]; e < g.out_offset[w + 1]; ++e) {
      int v = g.out_target[e];
      if (search.on_path(w, e, v)) sum += (1.0 + delta[v]) / search.sigma[v];
    }
    delta[w] = search.sigma[w] * sum;
    if (w != s) bc[w] += delta[w];
  }
  for (int w : order) delta[w] = 0;
  search.reset();
}

template <class Search>
std::vector<double> brandes(const graph::Digraph& g, int threads) {
  int t = detail::thread_count(threads, g.n / 16 + 1);
  std::vector<std::vector<double>> partial(t);
  std::atomic<long> done{0};
  Progress progress("betweenness", static_cast<std::size_t>(g.n));
  detail::run_threads(t, [&](int me) {
    Search search(g);
    std::vector<double> delta(g.n, 0.0), bc(g.n, 0.0);
    for (int s = me; s < g.n; s += t) {
      accumulate(g, search, s, delta, bc);
      long d = ++done;
      if (me == 0) progress.update(static_cast<std::size_t>(d));
    }
    partial[me] = std::move(bc);
  });
  std::vector<double> bc(g.n, 0.0);
  double scale = normaliser(g.n);
  for (int v = 0; v < g.n; ++v) {
    double sum = 0;
    for (const auto& p : partial) sum += p[v];
    bc[v] = sum * scale;
  }
  return bc;
}

}  // namespace

std::vector<double> betweenness_exact(const graph::Digraph& g, bool weighted, int threads) {
  if (weighted) return brandes<detail::DijkstraSearch>(g, threads);
  return brandes<detail::BfsSearch>(g, threads);
}

long betweenness_sample_size(double epsilon, double delta, int vertex_diameter) {
  double vd = std::max(vertex_diameter - 2, 1);
  double r = 0.5 / (epsilon * epsilon) * (std::floor(std::log2(vd)) + 1 + std::log(1 / delta));
  return static_cast<long>(std::ceil(r));
}

}  // namespace stakemap::analysis
