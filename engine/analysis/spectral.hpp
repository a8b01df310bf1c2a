#pragma once
// Centralities from the flow graph's adjacency by power iteration: PageRank, eigenvector,
// HITS hubs and authorities (networkx 2.8 conventions). Each iteration is one or two sparse
// matrix-vector products over the CSR arrays plus O(n) work: O(n + m) time per iteration, O(n + m)
// memory, times the iterations reported in the result.
#include <vector>

#include "graph/digraph.hpp"

namespace stakemap::analysis {

/// Result of a power iteration.
struct Scores {
  std::vector<double> values;
  int iterations = 0;
  bool converged = true;
};

/// PageRank with damping `alpha`, teleport and dangling mass spread uniformly; iterates
/// until the L1 change is below `tolerance` (at most 1000 times); sums to 1 (networkx
/// `pagerank`). Weighted: arcs weigh their weight, else 1. O((n + m) * iterations), at most
/// 1000 iterations; the change shrinks about `alpha`-fold per iteration.
Scores pagerank(const graph::Digraph& g, bool weighted, double alpha = 0.85, double tolerance = 1e-13);

/// Eigenvector centrality on incoming arcs, unit Euclidean norm: iterates x <- (A + I)^T x
/// from the uniform vector like networkx `eigenvector_centrality` until the L1 change is
/// below `tolerance`; not converged (e.g. on an acyclic graph) after `max_iterations`.
/// O((n + m) * iterations); the rate depends on the gap between the two largest eigenvalues.
Scores eigenvector(const graph::Digraph& g, bool weighted, double tolerance = 1e-13, int max_iterations = 2000);

/// HITS hubs and authorities: principal singular vectors of the adjacency, each summing to
/// 1 (networkx `hits`, which uses arc weights). Power iteration on A^T A from uniform:
/// two products per iteration, O((n + m) * iterations); the rate depends on the gap between
/// the two largest singular values.
struct Hits {
  std::vector<double> hub, authority;
  int iterations = 0;
  bool converged = true;
};
Hits hits(const graph::Digraph& g, bool weighted, double tolerance = 1e-14, int max_iterations = 10000);

}  // namespace stakemap::analysis
