#pragma once
// Internal: a small, portable random generator (SplitMix64), so that seeded results are
// the same on every platform and standard library.
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <utility>
#include <vector>

namespace stakemap::analysis::detail {

/// SplitMix64 (Steele, Lea, Flood 2014).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, 1).
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  /// Uniform integer in [0, n), n > 0 (Lemire's multiply-shift, negligible bias).
  int below(int n) {
    return static_cast<int>((static_cast<unsigned __int128>(next()) * static_cast<unsigned>(n)) >> 64);
  }

 private:
  std::uint64_t state_;
};

/// A generator for item `i` of a seeded stream, independent of the order items are drawn.
inline Random random_for(std::uint64_t seed, std::uint64_t i) {
  Random mix(seed * 0x9e3779b97f4a7c15ULL + i);
  return Random(mix.next());
}

/// `k` distinct values of [0, n) drawn uniformly (partial Fisher–Yates), seeded.
inline std::vector<int> sample_distinct(int n, long k, std::uint64_t seed) {
  std::vector<int> all(n);
  std::iota(all.begin(), all.end(), 0);
  Random rng(seed);
  for (long i = 0; i < k && i < n; ++i) std::swap(all[i], all[i + rng.below(static_cast<int>(n - i))]);
  all.resize(static_cast<std::size_t>(std::min<long>(k, n)));
  return all;
}

}  // namespace stakemap::analysis::detail
