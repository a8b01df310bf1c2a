// Exact betweenness kept between runs (analysis/kept_betweenness.hpp): read back when kept for
// the same graph, computed again for another graph, another weighting or a value of the wrong
// size or values no betweenness takes, and equal to betweenness_exact() in every case.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "analysis/betweenness.hpp"
#include "analysis/kept_betweenness.hpp"

using namespace stakemap;
using graph::Digraph;

namespace {

// A cache in memory that counts its reads and writes.
struct MemoryCache {
  std::map<std::string, std::string> values;
  int gets = 0, puts = 0;
  ResultCache cache() {
    return {[this](const std::string& k) -> std::optional<std::string> {
              ++gets;
              auto it = values.find(k);
              return it == values.end() ? std::nullopt : std::optional(it->second);
            },
            [this](const std::string& k, const std::string& v) {
              ++puts;
              values[k] = v;
            }};
  }
};

Digraph diamond(double weight) {
  return Digraph::from_arcs(5, {{0, 1, 1}, {0, 2, weight}, {1, 3, 1}, {2, 3, 1}, {3, 4, 1}});
}

}  // namespace

TEST_CASE("kept betweenness: computed once, then read back to the last bit") {
  MemoryCache memory;
  const auto cache = memory.cache();
  const auto g = diamond(1);
  const auto first = analysis::kept_betweenness(g, false, 2, &cache);
  CHECK(first == analysis::betweenness_exact(g, false, 2));
  CHECK(memory.puts == 1);
  REQUIRE(memory.values.size() == 1);
  // Read back: a changed value in the cache shows that nothing was computed.
  auto& kept = memory.values.begin()->second;
  REQUIRE(kept.size() == 5 * sizeof(double));
  const double marker = 0.125;
  kept.replace(0, sizeof(double), reinterpret_cast<const char*>(&marker), sizeof(double));
  const auto second = analysis::kept_betweenness(g, false, 2, &cache);
  CHECK(memory.puts == 1);
  CHECK(second[0] == marker);
  for (std::size_t v = 1; v < first.size(); ++v) CHECK(second[v] == first[v]);
}

TEST_CASE("kept betweenness: another graph or weighting is another key, not another thread count") {
  MemoryCache memory;
  const auto cache = memory.cache();
  const auto g = diamond(1), heavier = diamond(4);
  analysis::kept_betweenness(g, false, 1, &cache);
  // Weights do not change the unweighted result: the same key.
  CHECK(analysis::kept_betweenness(heavier, false, 1, &cache) == analysis::betweenness_exact(heavier, false, 1));
  CHECK(memory.values.size() == 1);
  // Weighted, they do: one key per weighting.
  CHECK(analysis::kept_betweenness(g, true, 1, &cache) == analysis::betweenness_exact(g, true, 1));
  CHECK(analysis::kept_betweenness(heavier, true, 1, &cache) == analysis::betweenness_exact(heavier, true, 1));
  CHECK(memory.values.size() == 3);
  CHECK(analysis::kept_betweenness(heavier, true, 1, &cache) != analysis::kept_betweenness(g, true, 1, &cache));
  // Another arc.
  const auto other = Digraph::from_arcs(5, {{0, 1, 1}, {0, 2, 1}, {1, 3, 1}, {2, 3, 1}, {2, 4, 1}});
  CHECK(analysis::kept_betweenness(other, false, 1, &cache) == analysis::betweenness_exact(other, false, 1));
  CHECK(memory.values.size() == 4);
  // Any thread count gives the same bits (betweenness.cpp, streams): one key for all.
  std::vector<std::tuple<int, int, double>> arcs;
  for (int v = 0; v < 99; ++v) arcs.emplace_back(v, v + 1, 1.0);
  const auto chain = Digraph::from_arcs(100, arcs);
  const auto one = analysis::kept_betweenness(chain, false, 1, &cache);
  CHECK(analysis::kept_betweenness(chain, false, 2, &cache) == one);
  CHECK(analysis::kept_betweenness(chain, false, 3, &cache) == one);
  CHECK(memory.values.size() == 5);
  CHECK(memory.puts == 5);
}

TEST_CASE("kept betweenness: a kept value of the wrong size is computed again; no cache computes") {
  MemoryCache memory;
  const auto cache = memory.cache();
  const auto g = diamond(1);
  analysis::kept_betweenness(g, false, 1, &cache);
  memory.values.begin()->second = "short";
  CHECK(analysis::kept_betweenness(g, false, 1, &cache) == analysis::betweenness_exact(g, false, 1));
  CHECK(memory.puts == 2);
  CHECK(memory.values.begin()->second.size() == 5 * sizeof(double));
  // Values no betweenness can take (a map file edited by hand): computed again.
  for (double wrong : {std::nan(""), -0.5, 2.0, HUGE_VAL}) {
    auto& kept = memory.values.begin()->second;
    kept.replace(sizeof(double), sizeof(double), reinterpret_cast<const char*>(&wrong), sizeof(double));
    const int puts = memory.puts;
    CHECK(analysis::kept_betweenness(g, false, 1, &cache) == analysis::betweenness_exact(g, false, 1));
    CHECK(memory.puts == puts + 1);
  }
  CHECK(analysis::kept_betweenness(g, false, 1, nullptr) == analysis::betweenness_exact(g, false, 1));
  const ResultCache empty;
  CHECK(analysis::kept_betweenness(g, false, 1, &empty) == analysis::betweenness_exact(g, false, 1));
  CHECK(analysis::kept_betweenness(Digraph::from_arcs(0, {}), false, 1, &cache).empty());
}
