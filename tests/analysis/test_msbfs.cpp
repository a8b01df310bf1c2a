// Multi-source BFS: distance sums per source and per target, checked by hand on a path and
// against one plain BFS per source on random graphs, at every pass width (64, 128, 512).
#include <doctest/doctest.h>

#include <queue>
#include <random>

#include "analysis/msbfs.hpp"

using stakemap::analysis::detail::Adjacency;
using stakemap::analysis::detail::distance_sums;
using stakemap::analysis::detail::DistanceSums;

namespace {

struct Csr {
  int n;
  std::vector<std::int64_t> offset;
  std::vector<int> target;
  Adjacency adjacency() const { return {n, offset, target}; }
};

Csr csr(int n, const std::vector<std::pair<int, int>>& arcs) {
  Csr g{n, std::vector<std::int64_t>(n + 1, 0), {}};
  std::vector<std::vector<int>> out(n);
  for (auto [u, v] : arcs) out[u].push_back(v);
  for (int v = 0; v < n; ++v) {
    g.target.insert(g.target.end(), out[v].begin(), out[v].end());
    g.offset[v + 1] = static_cast<std::int64_t>(g.target.size());
  }
  return g;
}

std::vector<int> bfs(const Csr& g, int s) {
  std::vector<int> d(g.n, -1);
  std::queue<int> q;
  d[s] = 0;
  q.push(s);
  while (!q.empty()) {
    int v = q.front();
    q.pop();
    for (auto e = g.offset[v]; e < g.offset[v + 1]; ++e)
      if (d[g.target[e]] < 0) {
        d[g.target[e]] = d[v] + 1;
        q.push(g.target[e]);
      }
  }
  return d;
}

void check_against_bfs(const Csr& g, const std::vector<int>& sources, int threads) {
  DistanceSums got = distance_sums(g.adjacency(), sources, threads, "test", true);
  std::vector<long> t_reached(g.n, 0);
  std::vector<long long> t_total(g.n, 0);
  std::vector<double> t_harmonic(g.n, 0.0);
  REQUIRE(got.reached.size() == sources.size());
  for (std::size_t i = 0; i < sources.size(); ++i) {
    auto d = bfs(g, sources[i]);
    long reached = 0;
    long long total = 0;
    double harmonic = 0;
    int ecc = 0;
    for (int v = 0; v < g.n; ++v) {
      if (d[v] < 0) continue;
      ++reached;
      total += d[v];
      ecc = std::max(ecc, d[v]);
      if (d[v] > 0) {
        harmonic += 1.0 / d[v];
        ++t_reached[v];
        t_total[v] += d[v];
        t_harmonic[v] += 1.0 / d[v];
      }
    }
    CAPTURE(i);
    CHECK(got.reached[i] == reached);
    CHECK(got.total[i] == total);
    CHECK(got.harmonic[i] == doctest::Approx(harmonic).epsilon(1e-12));
    CHECK(got.eccentricity[i] == ecc);
  }
  CHECK(got.target_reached == t_reached);
  CHECK(got.target_total == t_total);
  for (int v = 0; v < g.n; ++v) CHECK(got.target_harmonic[v] == doctest::Approx(t_harmonic[v]).epsilon(1e-12));
}

}  // namespace

TEST_CASE("msbfs: a path 0->1->2 and an isolated node, by hand") {
  Csr g = csr(4, {{0, 1}, {1, 2}});
  DistanceSums d = distance_sums(g.adjacency(), {0, 1, 2, 3}, 1, "test", true);
  CHECK(d.reached == std::vector<long>{3, 2, 1, 1});
  CHECK(d.total == std::vector<long long>{3, 1, 0, 0});
  CHECK(d.harmonic == std::vector<double>{1.5, 1, 0, 0});
  CHECK(d.eccentricity == std::vector<int>{2, 1, 0, 0});
  CHECK(d.target_reached == std::vector<long>{0, 1, 2, 0});
  CHECK(d.target_total == std::vector<long long>{0, 1, 3, 0});
  CHECK(d.target_harmonic == std::vector<double>{0, 1, 1.5, 0});

  // Without per_target the per-target sums stay empty; the source order is kept.
  DistanceSums s = distance_sums(g.adjacency(), {2, 0}, 1, "test");
  CHECK(s.reached == std::vector<long>{1, 3});
  CHECK(s.total == std::vector<long long>{0, 3});
  CHECK(s.target_reached.empty());

  DistanceSums none = distance_sums(g.adjacency(), {}, 1, "test", true);
  CHECK(none.reached.empty());
  CHECK(none.target_reached == std::vector<long>{0, 0, 0, 0});
}

TEST_CASE("msbfs: a source given twice gets the same sums twice") {
  Csr g = csr(3, {{0, 1}, {1, 2}, {2, 0}});
  DistanceSums d = distance_sums(g.adjacency(), {1, 1, 0}, 1, "test", true);
  CHECK(d.reached == std::vector<long>{3, 3, 3});
  CHECK(d.total == std::vector<long long>{3, 3, 3});
  CHECK(d.target_reached == std::vector<long>{2, 1, 3});  // 1 twice and 0 reach 0, 2; 0 reaches 1
  CHECK(d.target_total == std::vector<long long>{4, 1, 4});
}

TEST_CASE("msbfs: equals one BFS per source at every pass width and thread count") {
  std::mt19937 rng(12345);
  for (int n : {70, 300, 700}) {
    std::vector<std::pair<int, int>> arcs;
    for (int i = 0; i < 2 * n; ++i) arcs.emplace_back(static_cast<int>(rng() % n), static_cast<int>(rng() % n));
    Csr g = csr(n, arcs);
    // All nodes as sources: 70 -> one 64-bit pass and a bit, 300 -> 128-wide, 700 -> 512-wide.
    std::vector<int> sources(n);
    for (int v = 0; v < n; ++v) sources[v] = (v * 7) % n;  // a permutation: order must be kept
    CAPTURE(n);
    check_against_bfs(g, sources, 1);
    check_against_bfs(g, sources, 2);
  }
}
