#pragma once
// Per-organisation centralities of a flow-graph layer, with networkx 2.8's conventions
// (docs/metrics.md defines each one and its networkx equivalent).
#include <string>
#include <vector>

#include "analysis/path_budget.hpp"
#include "core/result_cache.hpp"
#include "graph/digraph.hpp"

namespace stakemap::analysis {

/// What to compute and how. Defaults give networkx's unweighted results.
struct CentralityOptions {
  /// Use arc weights: degrees become strengths, PageRank/eigenvector/HITS weigh arcs,
  /// path-based measures use the distance 1/weight.
  bool weighted = false;
  /// Betweenness: 0 = exact (unless the graph is above `auto_sample_above`), K > 0 =
  /// estimate from K sampled shortest paths (Riondato–Kornaropoulos).
  int sample = 0;
  unsigned seed = 1;  ///< seed of the sampled betweenness
  /// Sampled betweenness chosen automatically when n·arcs exceeds this (0 = never).
  double auto_sample_above = kExactPathWork;
  double epsilon = 0.005;  ///< automatic sampling: target absolute error of betweenness
  double delta = 0.1;      ///< probability that the error bounds fail
  /// Closeness, out-closeness, harmonic: 0 = exact (unless above `auto_sample_above`),
  /// K > 0 = estimated from K sampled sources.
  long closeness_sample = 0;
  double closeness_epsilon = 0.05;  ///< automatic sampling: error of reach share and harmonic/(n-1)
  int threads = 0;                  ///< 0 = all hardware threads
  /// Where exact betweenness is kept between runs (analysis/kept_betweenness.hpp); null: nowhere.
  const ResultCache* kept = nullptr;
  /// Metric names to compute (see metric_names()); empty = every centrality.
  std::vector<std::string> only;
};

/// How betweenness was obtained.
struct BetweennessInfo {
  bool sampled = false;
  bool automatic = false;   ///< sampling was chosen because the graph is large
  long samples = 0;         ///< sampled (source, target) pairs
  int vertex_diameter = 0;  ///< upper bound used for the sample size (vertices on a path)
  double epsilon = 0;       ///< with probability 1 - delta every value is within epsilon
  double delta = 0;
};

/// How closeness, out-closeness and harmonic were obtained.
struct ClosenessInfo {
  bool sampled = false;
  bool automatic = false;
  long sources = 0;    ///< sampled sources
  double epsilon = 0;  ///< with probability 1 - delta, reach shares and harmonic/(n-1) within epsilon
  double delta = 0;
};

/// One value per node of the graph, in node order. A vector is empty when not computed.
struct Centrality {
  std::vector<double> in_degree, out_degree, degree;  ///< counts (strengths when weighted)
  std::vector<double> betweenness, closeness, out_closeness, harmonic;
  std::vector<double> pagerank, eigenvector, hub, authority;
  BetweennessInfo betweenness_info;
  ClosenessInfo closeness_info;
  int pagerank_iterations = 0, eigenvector_iterations = 0, hits_iterations = 0;
  bool eigenvector_converged = true, hits_converged = true;

  /// The column of centrality `name` (in_degree ... authority), or nullptr for another name.
  std::vector<double>* values(const std::string& name);
  const std::vector<double>* values(const std::string& name) const;
};

/// Computes the centralities asked by `options` (all by default).
/// Complexity: betweenness and closeness O(n·m) exact (both cores), the others O(m) per
/// iteration. Throws UsageError for an unknown name in `options.only`.
Centrality centrality(const graph::Digraph& g, const CentralityOptions& options);

}  // namespace stakemap::analysis
