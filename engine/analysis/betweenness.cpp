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

// Brandes' dependency accumulation for one source, without predecessor lists:
// coef[v] = (1 + delta[v]) / sigma[v] and delta[w] = sigma[w] * sum of coef over the
// successors of w on shortest paths.

// Unweighted: levels are processed from the farthest; while level L is computed, only
// nodes of levels > L have a non-zero coef, and an arc w -> v from level L reaches at most
// level L + 1, so every out-neighbour's coef can be summed without testing distances.
void accumulate(const graph::Digraph& g, detail::BfsSearch& search, int s, std::vector<double>& coef,
                std::vector<double>& delta, std::vector<double>& bc) {
  search.run(s);
  const auto& order = search.order;
  const auto& dist = search.dist;
  std::size_t end = search.reached;
  while (end > 0) {
    std::size_t begin = end;
    int level = dist[order[end - 1]];
    while (begin > 0 && dist[order[begin - 1]] == level) --begin;
    for (std::size_t i = begin; i < end; ++i) {
      int w = order[i];
      double sum = 0;
      for (auto e = g.out_offset[w]; e < g.out_offset[w + 1]; ++e) sum += coef[g.out_target[e]];
      delta[w] = search.sigma[w] * sum;
    }
    for (std::size_t i = begin; i < end; ++i) {
      int w = order[i];
      coef[w] = (1.0 + delta[w]) / search.sigma[w];
      if (w != s) bc[w] += delta[w];
    }
    end = begin;
  }
  for (std::size_t i = 0; i < search.reached; ++i) coef[order[i]] = 0;
  search.reset();
}

// Weighted: nodes in reverse settling order, successors tested by distance.
void accumulate(const graph::Digraph& g, detail::DijkstraSearch& search, int s, std::vector<double>& coef,
                std::vector<double>&, std::vector<double>& bc) {
  search.run(s);
  const auto& order = search.order;
  for (auto i = order.size(); i-- > 0;) {
    int w = order[i];
    double sum = 0;
    for (auto e = g.out_offset[w]; e < g.out_offset[w + 1]; ++e) {
      int v = g.out_target[e];
      if (search.on_path(w, e, v)) sum += coef[v];
    }
    double delta = search.sigma[w] * sum;
    coef[w] = (1.0 + delta) / search.sigma[w];
    if (w != s) bc[w] += delta;
  }
  for (int w : order) coef[w] = 0;
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
    std::vector<double> coef(g.n, 0.0), delta(g.n, 0.0), bc(g.n, 0.0);
    for (int s = me; s < g.n; s += t) {
      accumulate(g, search, s, coef, delta, bc);
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
