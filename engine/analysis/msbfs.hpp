#pragma once
// Internal: breadth-first searches from many sources at once, up to 512 per pass with one
// bit per source (multi-source BFS, Then et al. 2014), giving each source's distance sums.
#include <cstdint>
#include <span>
#include <vector>

namespace stakemap::analysis::detail {

/// An adjacency in CSR form: the neighbours of v are target[offset[v] .. offset[v+1]).
struct Adjacency {
  int n = 0;
  std::span<const std::int64_t> offset;
  std::span<const int> target;
};

/// Per source (in the order given): nodes reached (itself included), sum of distances,
/// sum of 1/distance over the others, and eccentricity (largest distance reached).
/// With `per_target`, the same sums per node reached, over the sources (itself excluded):
/// `target_reached[v]` sources reaching v, `target_total[v]` sum of their distances to v,
/// `target_harmonic[v]` sum of 1/distance.
struct DistanceSums {
  std::vector<long> reached;
  std::vector<long long> total;
  std::vector<double> harmonic;
  std::vector<int> eccentricity;
  std::vector<long> target_reached;
  std::vector<long long> target_total;
  std::vector<double> target_harmonic;
};

/// Unweighted BFS from every source over `adj`; `threads` threads; reports progress under
/// `label`. Complexity O(sources/512 · m · levels) operations on 64-byte words.
DistanceSums distance_sums(const Adjacency& adj, const std::vector<int>& sources, int threads, const char* label,
                           bool per_target = false);

}  // namespace stakemap::analysis::detail
