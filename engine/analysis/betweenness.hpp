#pragma once
// Betweenness centrality: exact (Brandes 2001) or estimated from sampled shortest paths
// (Riondato & Kornaropoulos 2016). Normalised as networkx does on a directed graph.
#include <string>
#include <vector>

#include "analysis/centrality.hpp"
#include "graph/digraph.hpp"

namespace stakemap::analysis {

/// Exact betweenness, normalised by 1/((n-1)(n-2)) (0 for n <= 2). Weighted: the length
/// of an arc is 1/weight; arcs of weight <= 0 are left out. Both cores, no allocation per
/// source; the same bits with any number of threads. Complexity O(n·m) (O(n·m·log n) weighted).
std::vector<double> betweenness_exact(const graph::Digraph& g, bool weighted, int threads);

/// What fixes betweenness_exact()'s result to the last bit besides the graph: the code's
/// version, the kernel this processor runs and the compiler (not the number of threads, which
/// changes no bit). Two calls on the same graph under the same identity give the same bits
/// (analysis/kept_betweenness.hpp).
std::string betweenness_exact_identity(bool weighted);

namespace detail {
/// Exact unweighted betweenness as betweenness_exact computes it, with `lanes`: several
/// sources per search in vector lanes (taken where the processor has AVX2), or one source at a
/// time. Both give the same values to rounding; exposed so that tests compare them.
std::vector<double> betweenness_unweighted(const graph::Digraph& g, int threads, bool lanes);
/// The order in which exact betweenness hands sources to its searches, kLanes at a time: a
/// breadth-first search along in-arcs (roots in index order), so that sources sharing an
/// out-neighbour share a batch and a node has fewer distinct distances from one batch. A
/// permutation of 0 .. n-1, the same on every call. O(n + m).
std::vector<int> betweenness_source_order(const graph::Digraph& g);
}  // namespace detail

/// Riondato–Kornaropoulos sample size for absolute error `epsilon` with probability
/// 1 - delta, given an upper bound of the vertex diameter (c = 0.5).
long betweenness_sample_size(double epsilon, double delta, int vertex_diameter);

/// An upper bound of the vertex diameter (most nodes on a shortest path) of `g`, from the
/// condensation into strongly connected components. Unweighted paths. O(m).
int vertex_diameter_bound(const graph::Digraph& g);

/// Betweenness estimated from `samples` node pairs drawn uniformly (seeded): each pair adds
/// to the inner nodes of one shortest path drawn uniformly among the pair's shortest paths.
/// Same normalisation as betweenness_exact. Deterministic for a seed whatever the threads.
std::vector<double> betweenness_sampled(const graph::Digraph& g, bool weighted, long samples, unsigned seed,
                                        int threads);

}  // namespace stakemap::analysis
