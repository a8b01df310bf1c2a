#include "analysis/betweenness.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cmath>
#include <limits>

#include "analysis/batch_bfs.hpp"
#include "analysis/parallel.hpp"
#include "analysis/random.hpp"
#include "analysis/shortest_paths.hpp"
#include "core/progress.hpp"

// The lane helpers pass 32-byte vectors by value and are always inlined (batch_bfs.hpp): GCC's
// note on the ABI of such values without AVX, given at the end of the file, does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"  // NOLINT(clang-diagnostic-unknown-warning-option)

namespace stakemap::analysis {

namespace {

// Bumped whenever a change can change a result's last bits (the order of the sums), in this
// file or in what it calls (batch_bfs.hpp, betweenness_order.cpp, shortest_paths.*): values
// kept in a map under the old identity are then computed again. The test "betweenness: the
// bits of this version" fails until it is bumped.
// 2: sources in batches along in-arcs (betweenness_order.cpp).
// 3: sums in kStreams streams, the same bits with any number of threads.
constexpr int kExactVersion = 3;

// Streams of batches summed apart (see brandes()): their number fixes the order of the sums.
// 12 shares evenly between 1, 2, 3, 4, 6 or 12 threads.
constexpr int kStreams = 12;

// Threads of an exact computation: each handles at least 16 sources and one stream.
int exact_threads(const graph::Digraph& g, int threads) {
  return detail::thread_count(threads, std::min<long>(g.n / 16 + 1, kStreams));
}

double normaliser(int n) { return n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 0.0; }

// Brandes' dependency accumulation, without predecessor lists: coef[v] = (1 + delta[v]) /
// sigma[v] and delta[w] = sigma[w] * sum of coef over the successors of w on shortest paths.

// Unweighted, kLanes sources at once (BatchBfs): levels are processed from the farthest.
// While level L is computed, a lane's coef is non-zero only at nodes farther than L in that
// lane, and an arc w -> v from level L reaches at most level L + 1, so every out-neighbour's
// coef can be summed without testing distances; lanes where w is not at level L are masked.
// Each lane adds up the same terms as a search from its source alone: the coef sums in the
// same order; the path counts maybe in another, exact while they stay below 2^53.
class BatchAccumulation {
 public:
  using Search = detail::BatchBfs;
  static constexpr int kSources = Search::kLanes;
  explicit BatchAccumulation(const graph::Digraph& graph)
      : g_(graph),
        search_(graph),
        coef_(static_cast<std::size_t>(graph.n), Search::Counts{}),
        delta_(static_cast<std::size_t>(graph.n), Search::Counts{}),
        bc_(static_cast<std::size_t>(graph.n), Search::Counts{}) {}

  /// Adds the dependencies of sources[0 .. count) (count <= kLanes) to the totals.
  void add(const int* sources, int count) { add_lanes(*this, sources, count); }
  /// Moves the totals (every lane's, in lane order) into bc, which holds zeros; the totals
  /// start again from zero.
  void move_into(std::vector<double>& bc) {
    for (std::size_t v = 0; v < bc.size(); ++v) {
      for (int k = 0; k < Search::kLanes; ++k) bc[v] += bc_[v][k];
      bc_[v] = Search::Counts{};
    }
  }

 private:
  // The work of add(), in clones chosen at load time by the processor (STAKEMAP_VECTOR_CLONES
  // in batch_bfs.hpp).
  STAKEMAP_VECTOR_CLONES static void add_lanes(BatchAccumulation& self, const int* sources, int count) {
    self.run(sources, count);
  }
  [[gnu::always_inline]] inline void run(const int* sources, int count) {
    search_.run(sources, count);
    const auto& order = search_.order;
    for (int level = search_.levels() - 1; level >= 1; --level) {  // level 0: the sources
      std::size_t begin = search_.level_begin[level], end = search_.level_begin[level + 1];
      for (std::size_t i = begin; i < end; ++i) {
        int w = order[i];
        Search::Counts sum{};
        for (auto e = g_.out_offset[w]; e < g_.out_offset[w + 1]; ++e) sum += coef_[g_.out_target[e]];
        delta_[i - begin] = search_.sigma[w] * sum;
      }
      const Search::Levels here = Search::Levels{} + level;
      for (std::size_t i = begin; i < end; ++i) {
        int w = order[i];
        const Search::Bits at = Search::widen(search_.dist[w] == here);
        const Search::Counts delta = delta_[i - begin];
        const Search::Counts coef = (1.0 + delta) / search_.sigma[w];  // lanes not at L: unused
        coef_[w] = std::bit_cast<Search::Counts>((std::bit_cast<Search::Bits>(coef) & at) |
                                                 (std::bit_cast<Search::Bits>(coef_[w]) & ~at));
        bc_[w] += Search::masked(delta, at);
      }
    }
    for (std::size_t i = 0; i < search_.reached; ++i) coef_[order[i]] = Search::Counts{};
    search_.reset();
  }

  const graph::Digraph& g_;
  Search search_;
  detail::AlignedArray<Search::Counts> coef_, delta_, bc_;
};

// One source at a time. Unweighted: levels are processed from the farthest; while level L is
// computed, only nodes of levels > L have a non-zero coef, and an arc w -> v from level L
// reaches at most level L + 1, so every out-neighbour's coef can be summed without testing
// distances.
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

// The buffers of one thread for one source at a time.
template <class Search>
class OneSourceAccumulation {
 public:
  static constexpr int kSources = 1;
  explicit OneSourceAccumulation(const graph::Digraph& graph)
      : g_(graph), search_(graph), coef_(graph.n, 0.0), delta_(graph.n, 0.0), bc_(graph.n, 0.0) {}
  void add(const int* sources, int count) {
    for (int k = 0; k < count; ++k) accumulate(g_, search_, sources[k], coef_, delta_, bc_);
  }
  void move_into(std::vector<double>& bc) {
    bc.swap(bc_);  // bc held zeros
  }

 private:
  const graph::Digraph& g_;
  Search search_;
  std::vector<double> coef_, delta_, bc_;
};

// Sources in batches of Work::kSources, in kStreams streams fixed in advance: stream s takes
// batches s, s + kStreams, s + 2·kStreams, ..., summed apart, and the streams' sums are added
// in stream order; thread `me` of t runs streams me, me + t, .... Each sum thus has the same
// terms in the same order on every run and with any number of threads, so the result is the
// same to the last bit (batches handed out as threads asked gave values differing in their
// last bits from run to run: two exports of one map disagreed), and a value kept in the map
// holds whatever the thread count (kept_betweenness.hpp). Several sources per search: batches
// follow betweenness_source_order, fixed too.
template <class Work>
std::vector<double> brandes(const graph::Digraph& g, int threads) {
  constexpr int kBatch = Work::kSources;
  const long batches = (g.n + kBatch - 1) / kBatch;
  const std::vector<int> order = kBatch > 1 ? detail::betweenness_source_order(g) : std::vector<int>{};
  const int t = exact_threads(g, threads);
  std::vector<std::vector<double>> partial(kStreams, std::vector<double>(g.n, 0.0));
  std::atomic<long> done{0};
  Progress progress("betweenness", static_cast<std::size_t>(g.n));
  detail::run_threads(t, [&](int me) {
    Work work(g);
    std::array<int, kBatch> sources{};
    for (int stream = me; stream < kStreams; stream += t) {
      for (long b = stream; b < batches; b += kStreams) {
        int first = static_cast<int>(b * kBatch), count = std::min(kBatch, g.n - first);
        for (int k = 0; k < count; ++k) sources[k] = order.empty() ? first + k : order[first + k];
        work.add(sources.data(), count);
        long d = done += count;
        if (me == 0) progress.update(static_cast<std::size_t>(d));
      }
      work.move_into(partial[stream]);
    }
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
  if (weighted) return brandes<OneSourceAccumulation<detail::DijkstraSearch>>(g, threads);
  return detail::betweenness_unweighted(g, threads, detail::lanes_pay());
}

std::vector<double> detail::betweenness_unweighted(const graph::Digraph& g, int threads, bool lanes) {
  if (lanes) return brandes<BatchAccumulation>(g, threads);
  return brandes<OneSourceAccumulation<detail::BfsSearch>>(g, threads);
}

std::string betweenness_exact_identity(bool weighted) {
  const char* kernel = weighted ? "dijkstra" : detail::lanes_pay() ? "bfs-lanes" : "bfs";
  // The compiler and whether it fuses multiplications and additions also set the last bits.
#ifdef __FP_FAST_FMA
  const char* fma = " fma";
#else
  const char* fma = "";
#endif
  return "betweenness-exact " + std::to_string(kExactVersion) + " " + kernel + fma + " compiler " + __VERSION__;
}

long betweenness_sample_size(double epsilon, double delta, int vertex_diameter) {
  double vd = std::max(vertex_diameter - 2, 1);
  double r = 0.5 / (epsilon * epsilon) * (std::floor(std::log2(vd)) + 1 + std::log(1 / delta));
  return static_cast<long>(std::ceil(r));
}

}  // namespace stakemap::analysis
