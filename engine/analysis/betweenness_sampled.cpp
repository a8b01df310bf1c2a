// Sampled betweenness (Riondato & Kornaropoulos 2016): draw node pairs, then one shortest
// path of each pair uniformly; a node's estimate is the share of paths it lies inside.
#include <algorithm>
#include <atomic>

#include "analysis/betweenness.hpp"
#include "analysis/components.hpp"
#include "analysis/parallel.hpp"
#include "analysis/random.hpp"
#include "analysis/shortest_paths.hpp"
#include "core/progress.hpp"

namespace stakemap::analysis {

namespace {

using detail::Random;

// Balanced bidirectional BFS between s and t counting shortest paths on both sides.
struct PairSearch {
  explicit PairSearch(const graph::Digraph& graph)
      : g(graph),
        dist{std::vector<int>(graph.n, -1), std::vector<int>(graph.n, -1)},
        sigma{std::vector<double>(graph.n, 0.0), std::vector<double>(graph.n, 0.0)} {}

  // Finds the nodes where the two searches meet (`meet`); false when t is unreachable.
  bool run(int s, int t) {
    start(0, s);
    start(1, t);
    while (!frontier[0].empty() && !frontier[1].empty()) {
      int side = cost(0) <= cost(1) ? 0 : 1;
      expand(side);
      meet.clear();
      for (int w : frontier[side])
        if (dist[1 - side][w] >= 0) meet.push_back(w);
      if (!meet.empty()) return true;
    }
    return false;
  }

  // Adds the inner nodes of one shortest path, drawn uniformly, to `count`.
  void sample_path(int s, int t, Random& rng, std::vector<long>& count) {
    double total = 0;
    for (int w : meet) total += sigma[0][w] * sigma[1][w];
    double u = rng.uniform() * total;
    int mid = meet.back();
    for (int w : meet) {
      u -= sigma[0][w] * sigma[1][w];
      if (u < 0) {
        mid = w;
        break;
      }
    }
    if (mid != s && mid != t) ++count[mid];
    walk(0, mid, s, rng, count);
    walk(1, mid, t, rng, count);
  }

  void reset() {
    for (int side = 0; side < 2; ++side) {
      for (int v : visited[side]) {
        dist[side][v] = -1;
        sigma[side][v] = 0;
      }
      visited[side].clear();
      frontier[side].clear();
    }
  }

 private:
  // Side 0 searches forward from s along out-arcs, side 1 backward from t along in-arcs.
  std::span<const int> step(int side, int v) const { return side == 0 ? g.out(v) : g.in(v); }
  std::span<const int> back(int side, int v) const { return side == 0 ? g.in(v) : g.out(v); }

  void start(int side, int v) {
    dist[side][v] = 0;
    sigma[side][v] = 1;
    visited[side].push_back(v);
    frontier[side].push_back(v);
  }
  long cost(int side) const {
    long c = 0;
    for (int v : frontier[side]) c += static_cast<long>(step(side, v).size());
    return c;
  }
  void expand(int side) {
    auto& d = dist[side];
    auto& sg = sigma[side];
    next_frontier.clear();
    for (int v : frontier[side]) {
      int nd = d[v] + 1;
      for (int w : step(side, v)) {
        if (d[w] < 0) {
          d[w] = nd;
          visited[side].push_back(w);
          next_frontier.push_back(w);
        }
        if (d[w] == nd) sg[w] += sg[v];
      }
    }
    frontier[side].swap(next_frontier);
  }
  // Walks from `from` back to the side's origin `to`, drawing each step by path counts.
  void walk(int side, int from, int to, Random& rng, std::vector<long>& count) {
    const auto& d = dist[side];
    const auto& sg = sigma[side];
    for (int x = from; x != to;) {
      double u = rng.uniform() * sg[x];
      int chosen = -1;
      for (int p : back(side, x)) {
        if (d[p] < 0 || d[p] != d[x] - 1) continue;
        chosen = p;
        u -= sg[p];
        if (u < 0) break;
      }
      x = chosen;
      if (x != to) ++count[x];
    }
  }

  const graph::Digraph& g;
  std::vector<int> dist[2];
  std::vector<double> sigma[2];
  std::vector<int> visited[2], frontier[2], next_frontier;

 public:
  std::vector<int> meet;
};

// Weighted pairs: Dijkstra from s stopped when t is settled, then a walk back to s.
struct WeightedPairSearch {
  explicit WeightedPairSearch(const graph::Digraph& graph) : g(graph), search(graph) {}
  bool run(int s, int t) {
    search.run(s, t);
    return search.settled[t] != 0;
  }
  void sample_path(int s, int t, Random& rng, std::vector<long>& count) {
    for (int x = t; x != s;) {
      double u = rng.uniform() * search.sigma[x];
      int chosen = -1;
      for (auto e = g.in_offset[x]; e < g.in_offset[x + 1]; ++e) {
        int p = g.in_source[e];
        double wt = g.in_weight[e];
        if (wt <= 0 || !search.settled[p] || search.dist[p] + 1.0 / wt != search.dist[x]) continue;
        chosen = p;
        u -= search.sigma[p];
        if (u < 0) break;
      }
      x = chosen;
      if (x != s) ++count[x];
    }
  }
  void reset() { search.reset(); }

  const graph::Digraph& g;
  detail::DijkstraSearch search;
};

template <class Search>
std::vector<double> sampled(const graph::Digraph& g, long samples, unsigned seed, int threads) {
  std::vector<double> bc(g.n, 0.0);
  if (g.n <= 2 || samples <= 0) return bc;
  int t = detail::thread_count(threads, samples / 64 + 1);
  std::vector<std::vector<long>> partial(t);
  std::atomic<long> done{0};
  Progress progress("betweenness (sampled)", static_cast<std::size_t>(samples));
  detail::run_threads(t, [&](int me) {
    Search search(g);
    std::vector<long> count(g.n, 0);
    for (long i = me; i < samples; i += t) {
      Random rng = detail::random_for(seed, static_cast<std::uint64_t>(i));
      int s = rng.below(g.n);
      int target = rng.below(g.n - 1);
      if (target >= s) ++target;
      if (search.run(s, target)) search.sample_path(s, target, rng, count);
      search.reset();
      long d = ++done;
      if (me == 0 && (d & 255) == 0) progress.update(static_cast<std::size_t>(d));
    }
    partial[me] = std::move(count);
  });
  // The estimate of sum_{s != t} sigma_st(v) / sigma_st / (n (n - 1)), rescaled to 1/((n-1)(n-2)).
  double scale = static_cast<double>(g.n) / (g.n - 2.0) / static_cast<double>(samples);
  for (int v = 0; v < g.n; ++v) {
    long c = 0;
    for (const auto& p : partial) c += p[v];
    bc[v] = static_cast<double>(c) * scale;
  }
  return bc;
}

// Largest eccentricity from `root` within its component `comp`, along out- or in-arcs.
int eccentricity_within(const graph::Digraph& g, const std::vector<int>& comp, int root, bool forward,
                        std::vector<int>& dist, std::vector<int>& queue) {
  queue.clear();
  queue.push_back(root);
  dist[root] = 0;
  int ecc = 0;
  for (std::size_t h = 0; h < queue.size(); ++h) {
    int v = queue[h];
    ecc = std::max(ecc, dist[v]);
    for (int w : forward ? g.out(v) : g.in(v))
      if (comp[w] == comp[root] && dist[w] < 0) {
        dist[w] = dist[v] + 1;
        queue.push_back(w);
      }
  }
  for (int v : queue) dist[v] = -1;
  return ecc;
}

}  // namespace

int vertex_diameter_bound(const graph::Digraph& g) {
  if (g.n == 0) return 0;
  Components scc = strong_components(g);
  int k = scc.count();
  std::vector<int> root(k, -1), best(k, 0);
  std::vector<std::vector<int>> members(k);
  for (int v = 0; v < g.n; ++v) members[scc.of[v]].push_back(v);
  std::vector<int> dist(g.n, -1), queue;
  queue.reserve(g.n);
  int bound = 1;
  // Components come in reverse topological order: successors are numbered lower.
  for (int c = 0; c < k; ++c) {
    int r = members[c].front();
    int inside = members[c].size() == 1 ? 1
                                        : std::min<int>(static_cast<int>(members[c].size()),
                                                        eccentricity_within(g, scc.of, r, true, dist, queue) +
                                                            eccentricity_within(g, scc.of, r, false, dist, queue) + 1);
    int after = 0;
    for (int v : members[c])
      for (int w : g.out(v))
        if (scc.of[w] != c) after = std::max(after, best[scc.of[w]]);
    best[c] = inside + after;
    bound = std::max(bound, best[c]);
  }
  return bound;
}

std::vector<double> betweenness_sampled(const graph::Digraph& g, bool weighted, long samples, unsigned seed,
                                        int threads) {
  if (weighted) return sampled<WeightedPairSearch>(g, samples, seed, threads);
  return sampled<PairSearch>(g, samples, seed, threads);
}

}  // namespace stakemap::analysis
