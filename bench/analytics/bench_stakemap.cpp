// Times stakemap's engine on an edge list, step by step, as bench_igraph.py and
// bench_graphtool.py time theirs: load (read + CSR), exact betweenness, PageRank, weak
// components, Louvain communities. Prints one JSON object.
//   bench_stakemap EDGES [exact|sampled|skip-betweenness]
// With "analyses", times instead every analysis of `stakemap centrality` and `network`:
//   bench_stakemap EDGES analyses
// With "floor", compares exact betweenness with its floor, n breadth-first searches with path
// counts and nothing else (one source at a time, then 4 in vector lanes: sources in index
// order, then grouped as betweenness groups them), on one thread and on two (docs/benchmarks.md, "how far from the
// floor"):
//   bench_stakemap EDGES floor
#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <numeric>
#include <string>

#include "analysis/batch_bfs.hpp"
#include "analysis/betweenness.hpp"
#include "analysis/centrality.hpp"
#include "analysis/communities.hpp"
#include "analysis/components.hpp"
#include "analysis/shortest_paths.hpp"
#include "analysis/spectral.hpp"
#include "analysis/structure.hpp"
#include "graph/digraph.hpp"

using namespace stakemap;
using Clock = std::chrono::steady_clock;

#pragma GCC diagnostic ignored "-Wpsabi"  // lane helpers, always inlined (batch_bfs.hpp)

// n breadth-first searches with path counts, 4 sources per search in vector lanes, sources
// taken in `order`; returns the entries listed (a node once per distinct distance from a
// batch's sources).
STAKEMAP_VECTOR_CLONES static long long lane_searches(const graph::Digraph& g, const std::vector<int>& order) {
  constexpr int kLanes = analysis::detail::BatchBfs::kLanes;
  analysis::detail::BatchBfs lanes(g);
  long long listed = 0;
  for (int first = 0; first < g.n; first += kLanes) {
    std::array<int, kLanes> sources{};
    int count = std::min(kLanes, g.n - first);
    for (int k = 0; k < count; ++k) sources[k] = order[first + k];
    lanes.run(sources.data(), count);
    listed += static_cast<long long>(lanes.reached);
    lanes.reset();
  }
  return listed;
}

static double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_stakemap EDGES [exact|sampled]\n");
    return 2;
  }
  std::string mode = argc > 2 ? argv[2] : "exact";
  auto t = Clock::now();
  std::ifstream in(argv[1]);
  std::string line;
  std::vector<std::tuple<int, int, double>> arcs;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    int u = 0, v = 0;
    std::sscanf(line.c_str(), "%d %d", &u, &v);
    arcs.emplace_back(u, v, 1.0);
    n = std::max(n, std::max(u, v) + 1);
  }
  graph::Digraph g = graph::Digraph::from_arcs(n, std::move(arcs));
  double load = since(t);

  if (mode == "floor") {
    // The forward searches alone: what every exact betweenness must at least do.
    t = Clock::now();
    analysis::detail::BfsSearch search(g);
    long long visited = 0;
    for (int s = 0; s < g.n; ++s) {
      search.run(s);
      visited += static_cast<long long>(search.reached);
      search.reset();
    }
    double bfs = since(t);
    // The same searches 4 sources at a time in vector lanes, sources in index order, then
    // grouped as exact betweenness groups them (the grouping timed with its searches).
    std::vector<int> by_index(static_cast<std::size_t>(g.n));
    std::iota(by_index.begin(), by_index.end(), 0);
    t = Clock::now();
    long long listed_by_index = lane_searches(g, by_index);
    double bfs_lanes_by_index = since(t);
    t = Clock::now();
    long long listed = lane_searches(g, analysis::detail::betweenness_source_order(g));
    double bfs_lanes = since(t);
    t = Clock::now();
    auto one = analysis::betweenness_exact(g, false, 1);
    double exact_one = since(t);
    t = Clock::now();
    auto two = analysis::betweenness_exact(g, false, 2);
    double exact_two = since(t);
    const double arcs = static_cast<double>(g.arcs()) * g.n;
    std::printf(
        "{\"tool\": \"stakemap\", \"n\": %d, \"arcs\": %lld, \"nodes_reached\": %lld, \"bfs_only_1_thread\": %.4f, "
        "\"lane_entries_index_order\": %lld, \"bfs_lanes_index_order_1_thread\": %.4f, "
        "\"lane_entries\": %lld, \"bfs_lanes_1_thread\": %.4f, "
        "\"exact_1_thread\": %.4f, \"exact_2_threads\": %.4f, \"bfs_ns_per_arc\": %.3f, "
        "\"bfs_lanes_ns_per_arc\": %.3f, \"exact_ns_per_arc\": %.3f, \"check\": %.6g}\n",
        g.n, static_cast<long long>(g.arcs()), visited, bfs, listed_by_index, bfs_lanes_by_index, listed, bfs_lanes,
        exact_one, exact_two, bfs / arcs * 1e9, bfs_lanes / arcs * 1e9, exact_one / arcs * 1e9,
        one.empty() ? 0.0 : one[0] - two[0]);
    return 0;
  }
  if (mode == "analyses") {
    t = Clock::now();
    auto all = analysis::centrality(g, {});
    double centrality = since(t);
    t = Clock::now();
    auto s = analysis::structure(g);
    double structure = since(t);
    std::printf(
        "{\"tool\": \"stakemap\", \"n\": %d, \"arcs\": %lld, \"load\": %.4f, \"centrality\": %.4f, "
        "\"samples\": %ld, \"epsilon\": %.6f, \"vertex_diameter\": %d, \"structure\": %.4f, "
        "\"diameter\": %d, \"average_path_length\": %.6f}\n",
        g.n, static_cast<long long>(g.arcs()), load, centrality, all.betweenness_info.samples,
        all.betweenness_info.epsilon, all.betweenness_info.vertex_diameter, structure, s.diameter,
        s.average_path_length);
    return 0;
  }
  t = Clock::now();
  analysis::CentralityOptions o;
  o.only = {"betweenness"};
  if (mode == "exact") o.auto_sample_above = 0;
  else o.auto_sample_above = 1;  // sampled with the default bound
  analysis::Centrality c;
  if (mode != "skip-betweenness") c = analysis::centrality(g, o);
  double betweenness = since(t);

  t = Clock::now();
  auto pr = analysis::pagerank(g, false, 0.85, 1e-10);
  double pagerank = since(t);

  t = Clock::now();
  auto weak = analysis::weak_components(g);
  double components = since(t);

  t = Clock::now();
  analysis::LouvainOptions lo;
  auto com = analysis::louvain(g, lo);
  double louvain = since(t);

  std::printf(
      "{\"tool\": \"stakemap\", \"n\": %d, \"arcs\": %lld, \"load\": %.4f, \"betweenness\": %.4f, "
      "\"betweenness_mode\": \"%s\", \"samples\": %ld, \"epsilon\": %.6f, \"pagerank\": %.4f, "
      "\"pagerank_iterations\": %d, \"weak_components\": %.4f, \"components\": %d, \"communities\": %.4f, "
      "\"modularity\": %.4f, \"community_count\": %d}\n",
      g.n, static_cast<long long>(g.arcs()), load, betweenness, c.betweenness_info.sampled ? "sampled" : "exact",
      c.betweenness_info.samples, c.betweenness_info.epsilon, pagerank, pr.iterations, components, weak.count(),
      louvain, com.modularity, com.count);
  return 0;
}
