// Exact betweenness (Brandes) on graphs small enough to count shortest paths by hand,
// normalised by 1/((n-1)(n-2)) as networkx does on a directed graph; the sample size rule.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <tuple>
#include <vector>

#include "analysis/betweenness.hpp"
#include "core/sha256.hpp"

using namespace stakemap;
using graph::Digraph;

namespace {
std::vector<double> exact(const Digraph& g, bool weighted = false, int threads = 1) {
  return analysis::betweenness_exact(g, weighted, threads);
}
}  // namespace

TEST_CASE("betweenness: a chain, a star and a diamond, counted by hand") {
  // 0 -> 1 -> 2: the pair (0, 2) passes through 1; (n-1)(n-2) = 2.
  auto chain = exact(Digraph::from_arcs(3, {{0, 1, 1}, {1, 2, 1}}));
  CHECK(chain == std::vector<double>{0, 0.5, 0});
  // 3 -> 0 and 4 -> 0, 0 -> 1 and 0 -> 2: four pairs pass through 0, of 4 * 3 = 12.
  auto star = exact(Digraph::from_arcs(5, {{0, 1, 1}, {0, 2, 1}, {3, 0, 1}, {4, 0, 1}}));
  CHECK(star[0] == doctest::Approx(4.0 / 12));
  for (int v = 1; v < 5; ++v) CHECK(star[v] == 0);
  // 0 -> 1 -> 3 and 0 -> 2 -> 3: two shortest paths share the pair (0, 3); 3 * 2 = 6.
  auto diamond = exact(Digraph::from_arcs(4, {{0, 1, 1}, {0, 2, 1}, {1, 3, 1}, {2, 3, 1}}));
  CHECK(diamond[1] == doctest::Approx(0.5 / 6));
  CHECK(diamond[2] == doctest::Approx(0.5 / 6));
  CHECK(diamond[0] == 0);
  CHECK(diamond[3] == 0);
}

TEST_CASE("betweenness: direction matters, and so do weights (length 1/weight)") {
  // 0 -> 1 -> 2 and a direct 0 -> 2 of weight 0.25 (length 4): unweighted the direct arc is
  // shorter; weighted the way through 1 (length 2) is.
  auto g = Digraph::from_arcs(3, {{0, 1, 1}, {1, 2, 1}, {0, 2, 0.25}});
  CHECK(exact(g, false) == std::vector<double>{0, 0, 0});
  CHECK(exact(g, true) == std::vector<double>{0, 0.5, 0});
  // Reversed arcs: 2 -> 1 -> 0 still puts 1 between its ends.
  CHECK(exact(Digraph::from_arcs(3, {{2, 1, 1}, {1, 0, 1}})) == std::vector<double>{0, 0.5, 0});
  // 0 -> 1 <- 2: no path passes through 1.
  CHECK(exact(Digraph::from_arcs(3, {{0, 1, 1}, {2, 1, 1}})) == std::vector<double>{0, 0, 0});
}

TEST_CASE("betweenness: arcs of weight 0 are left out of weighted paths") {
  auto g = Digraph::from_arcs(3, {{0, 1, 1}, {1, 2, 1}, {0, 2, 0}});
  CHECK(exact(g, true) == std::vector<double>{0, 0.5, 0});
}

TEST_CASE("betweenness: two nodes or fewer give zeros; threads do not change the result") {
  CHECK(exact(Digraph::from_arcs(2, {{0, 1, 1}, {1, 0, 1}})) == std::vector<double>{0, 0});
  CHECK(exact(Digraph::from_arcs(0, {})).empty());
  // A 5-cycle with a chord: every value is a sum of fractions; one and two threads agree.
  auto g = Digraph::from_arcs(5, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}, {4, 0, 1}, {0, 2, 1}});
  auto one = exact(g, false, 1), two = exact(g, false, 2);
  for (int v = 0; v < 5; ++v) CHECK(one[v] == doctest::Approx(two[v]).epsilon(1e-15));
  // In the 5-cycle alone, each node lies inside 1 + 2 + 3 = 6 of the 20 ordered pairs' paths.
  auto cycle = exact(Digraph::from_arcs(5, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}, {4, 0, 1}}));
  for (double b : cycle) CHECK(b == doctest::Approx(6.0 / 12));
}

namespace {
// Seeded G(n, m) with self-loops and parallel arcs dropped by from_arcs' rules; arcs weigh 1,
// or 1 to `max_weight` drawn with them.
Digraph random_graph(int n, int m, unsigned seed, unsigned max_weight = 1) {
  std::mt19937 rng(seed);
  std::vector<std::tuple<int, int, double>> arcs;
  for (int i = 0; i < m; ++i) {
    int u = static_cast<int>(rng() % n), v = static_cast<int>(rng() % n);
    if (u != v) arcs.emplace_back(u, v, max_weight > 1 ? 1.0 + static_cast<double>(rng() % max_weight) : 1.0);
  }
  return Digraph::from_arcs(n, std::move(arcs));
}

void check_lanes_agree(const Digraph& g) {
  auto one = analysis::detail::betweenness_unweighted(g, 1, false);
  for (int threads : {1, 2}) {
    auto lanes = analysis::detail::betweenness_unweighted(g, threads, true);
    REQUIRE(lanes.size() == one.size());
    for (std::size_t v = 0; v < one.size(); ++v) CHECK(std::fabs(lanes[v] - one[v]) <= 1e-12 * std::fabs(one[v]));
  }
}
}  // namespace

TEST_CASE("betweenness: sources in vector lanes give what one source at a time gives") {
  // Node counts that leave the last batch of 4 sources partly empty, from 1 node up.
  for (int n = 1; n <= 13; ++n) check_lanes_agree(random_graph(n, 2 * n, static_cast<unsigned>(n)));
  // Sparse (sinks, sources, several components), dense, and a random graph of 300 nodes.
  check_lanes_agree(random_graph(200, 150, 7));
  check_lanes_agree(random_graph(60, 1500, 8));
  check_lanes_agree(random_graph(300, 1500, 9));
  // A long path and a ladder: many levels, and path counts that grow as Fibonacci numbers.
  std::vector<std::tuple<int, int, double>> path, ladder;
  for (int v = 0; v + 1 < 120; ++v) path.emplace_back(v, v + 1, 1.0);
  for (int v = 0; v + 2 < 160; v += 2) {
    ladder.emplace_back(v, v + 2, 1.0);
    ladder.emplace_back(v + 1, v + 3, 1.0);
    ladder.emplace_back(v, v + 3, 1.0);
    ladder.emplace_back(v + 1, v + 2, 1.0);
  }
  check_lanes_agree(Digraph::from_arcs(120, std::move(path)));
  check_lanes_agree(Digraph::from_arcs(160, std::move(ladder)));
}

namespace {
// Seeded random arcs among nodes [first, first + span) of an n-node graph: the rest isolated.
void add_random_arcs(std::vector<std::tuple<int, int, double>>& arcs, int first, int span, int m, unsigned seed) {
  std::mt19937 rng(seed);
  for (int i = 0; i < m; ++i) {
    int u = first + static_cast<int>(rng() % span), v = first + static_cast<int>(rng() % span);
    arcs.emplace_back(u, v, 1.0);
  }
}
}  // namespace

TEST_CASE("betweenness: sources grouped along in-arcs give what one source at a time gives") {
  // The batches of four sources follow betweenness_source_order, not node indexes: on random
  // directed graphs of n = 4k + 1, 4k + 2, 4k + 3 and 4k nodes, with several components, with
  // isolated nodes (first, last and in between), the values stay those of one source at a time.
  for (int n : {97, 150, 203, 256}) {
    for (unsigned seed = 1; seed <= 3; ++seed) {
      std::vector<std::tuple<int, int, double>> arcs;
      int third = n / 3;
      add_random_arcs(arcs, 3, third - 3, 3 * third, seed);                            // 0, 1, 2 isolated
      add_random_arcs(arcs, third, third, static_cast<int>(seed) * third, seed + 10);  // sparse or denser
      add_random_arcs(arcs, 2 * third + 2, n - 2 * third - 6, 2 * n, seed + 20);       // 4 isolated at the end
      const auto g = Digraph::from_arcs(n, std::move(arcs));
      const auto order = analysis::detail::betweenness_source_order(g);
      std::vector<int> sorted = order;
      std::sort(sorted.begin(), sorted.end());
      for (int v = 0; v < n; ++v) REQUIRE(sorted[v] == v);
      CHECK(analysis::detail::betweenness_source_order(g) == order);
      check_lanes_agree(g);
    }
  }
  // Searches along in-arcs from 0 then 1: 0 with the three nodes pointing at it, then 1 with
  // its two.
  const auto g = Digraph::from_arcs(7, {{2, 0, 1}, {4, 0, 1}, {6, 0, 1}, {3, 1, 1}, {5, 1, 1}});
  CHECK(analysis::detail::betweenness_source_order(g) == std::vector<int>{0, 2, 4, 6, 1, 3, 5});
}

TEST_CASE("betweenness: two threads give the same bits on every run, lanes or not") {
  // Each thread adds its sources in an order fixed in advance: two exports of one map must
  // agree to the last digit (cli.export_clients compares them).
  const auto g = random_graph(400, 3000, 11);
  for (bool lanes : {false, true}) {
    const auto first = analysis::detail::betweenness_unweighted(g, 2, lanes);
    for (int run = 0; run < 20; ++run) REQUIRE(analysis::detail::betweenness_unweighted(g, 2, lanes) == first);
  }
}

TEST_CASE("betweenness sample size: Riondato-Kornaropoulos, small diameters clamped") {
  // vertex diameter 2 (or less): log2 term 0 -> 0.5 / 0.01 * (1 + ln 10) = 165.13 -> 166
  CHECK(analysis::betweenness_sample_size(0.1, 0.1, 2) == 166);
  CHECK(analysis::betweenness_sample_size(0.1, 0.1, 0) == 166);
  // vertex diameter 6: floor(log2 4) = 2 -> 50 * (3 + ln 10) = 265.13 -> 266
  CHECK(analysis::betweenness_sample_size(0.1, 0.1, 6) == 266);
}

namespace {
// The bits of a result, as a digest.
std::string bits_of(const std::vector<double>& values) {
  return sha256::hex(std::string_view(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(double)));
}
}  // namespace

TEST_CASE("betweenness: the same bits with any number of threads, lanes or not, weighted or not") {
  // The sums follow streams fixed in advance, not threads: a value kept in a map by a command
  // on two threads is the one a command capped to one thread computes (kept_betweenness.hpp).
  const auto g = random_graph(400, 3000, 11);
  const auto w = random_graph(300, 2000, 5, 4);
  for (bool lanes : {false, true}) {
    const auto one = analysis::detail::betweenness_unweighted(g, 1, lanes);
    for (int threads : {2, 3, 5, 12, 16}) CHECK(analysis::detail::betweenness_unweighted(g, threads, lanes) == one);
  }
  const auto one = analysis::betweenness_exact(w, true, 1);
  for (int threads : {2, 3, 12}) CHECK(analysis::betweenness_exact(w, true, threads) == one);
}

TEST_CASE("betweenness: the bits of this version (bump kExactVersion when they change)") {
  // Values kept in map files are read back under betweenness_exact_identity(): a change of the
  // code that moves a result's last bits must bump kExactVersion in betweenness.cpp, or maps
  // would keep serving the old bits. These digests are those of the build they name; on another
  // compiler the bits may differ and the check is skipped.
  const std::string pinned_compiler = "12.2.0";
  const std::string pinned_version = "3";
  const auto g = random_graph(300, 2400, 3);
  const auto w = random_graph(300, 2000, 5, 4);
  const std::string lanes = bits_of(analysis::detail::betweenness_unweighted(g, 2, true));
  const std::string one_source = bits_of(analysis::detail::betweenness_unweighted(g, 2, false));
  const std::string weighted = bits_of(analysis::betweenness_exact(w, true, 2));
  const std::string identity = analysis::betweenness_exact_identity(true);
  MESSAGE("identity: " << identity << "\nlanes " << lanes << "\none source " << one_source << "\nweighted "
                       << weighted);
  if (identity.find(" compiler " + pinned_compiler) == std::string::npos) {
    MESSAGE("not the pinned compiler: the bits are not checked");
    return;
  }
  CHECK(identity.rfind("betweenness-exact " + pinned_version + " ", 0) == 0);
  CHECK(lanes == "ec3daa7113518dc39931089a2ba0400a854a888f7cf9d4e4ca24b92d22b55c01");
  CHECK(one_source == "a1989784e87e5e9acde52cfea081af2e4ebdf87fdd2561f96aac008b691bee24");
  CHECK(weighted == "ac77a03bd5a1506b75e4b2527c42f55367edbaf4a18fb93a47db82805c4f47af");
}
