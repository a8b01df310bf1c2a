#include "analysis/msbfs.hpp"

#include <atomic>
#include <bit>

#include "analysis/parallel.hpp"
#include "core/progress.hpp"

namespace stakemap::analysis::detail {

namespace {

/// Counts, for each of 64 bit positions, how many added words had that bit set, with
/// bit-sliced binary counters (a few word operations per added word).
class BitCounter {
 public:
  void add(std::uint64_t x) {
    for (int i = 0; x && i < kPlanes; ++i) {
      std::uint64_t carry = plane_[i] & x;
      plane_[i] ^= x;
      x = carry;
    }
    if (++adds_ == kMaxAdds) flush();
  }
  /// Moves the counts into `count` and clears the counter.
  void flush() {
    for (int i = 0; i < kPlanes; ++i) {
      for (std::uint64_t p = plane_[i]; p; p &= p - 1) count[std::countr_zero(p)] += 1L << i;
      plane_[i] = 0;
    }
    adds_ = 0;
  }
  long count[64] = {};

 private:
  static constexpr int kPlanes = 16;
  static constexpr long kMaxAdds = (1L << kPlanes) - 1;  // no plane can overflow before a flush
  std::uint64_t plane_[kPlanes] = {};
  long adds_ = 0;
};

struct Buffers {
  explicit Buffers(int n) : seen(n, 0), visit(n, 0), next(n, 0) {
    frontier.reserve(n);
    touched.reserve(n);
  }
  std::vector<std::uint64_t> seen, visit, next;
  std::vector<int> frontier, touched;
};

// BFS from sources[first .. first+count) at once; writes their sums into `out`.
void batch(const Adjacency& adj, const std::vector<int>& sources, std::size_t first, int count, Buffers& b,
           DistanceSums& out) {
  std::fill(b.seen.begin(), b.seen.end(), 0);
  b.frontier.clear();
  for (int i = 0; i < count; ++i) {
    int s = sources[first + i];
    if (!b.visit[s]) b.frontier.push_back(s);
    b.seen[s] |= std::uint64_t{1} << i;
    b.visit[s] |= std::uint64_t{1} << i;
  }
  for (int level = 1; !b.frontier.empty(); ++level) {
    b.touched.clear();
    for (int v : b.frontier) {
      std::uint64_t bits = b.visit[v];
      b.visit[v] = 0;
      for (auto e = adj.offset[v]; e < adj.offset[v + 1]; ++e) {
        int w = adj.target[e];
        std::uint64_t add = bits & ~b.seen[w];
        if (!add) continue;
        if (!b.next[w]) b.touched.push_back(w);
        b.next[w] |= add;
      }
    }
    BitCounter counter;
    b.frontier.clear();
    for (int w : b.touched) {
      std::uint64_t fresh = b.next[w] & ~b.seen[w];
      b.next[w] = 0;
      if (!fresh) continue;
      b.seen[w] |= fresh;
      b.visit[w] = fresh;
      b.frontier.push_back(w);
      counter.add(fresh);
    }
    counter.flush();
    for (int i = 0; i < count; ++i) {
      long c = counter.count[i];
      if (!c) continue;
      out.reached[first + i] += c;
      out.total[first + i] += static_cast<long long>(level) * c;
      out.harmonic[first + i] += static_cast<double>(c) / level;
      out.eccentricity[first + i] = level;
    }
  }
}

}  // namespace

DistanceSums distance_sums(const Adjacency& adj, const std::vector<int>& sources, int threads, const char* label) {
  DistanceSums out;
  std::size_t k = sources.size();
  out.reached.assign(k, 1);
  out.total.assign(k, 0);
  out.harmonic.assign(k, 0);
  out.eccentricity.assign(k, 0);
  long batches = static_cast<long>((k + 63) / 64);
  int t = thread_count(threads, batches);
  std::atomic<long> done{0};
  Progress progress(label, static_cast<std::size_t>(k));
  run_threads(t, [&](int me) {
    Buffers buffers(adj.n);
    for (long b = me; b < batches; b += t) {
      std::size_t first = static_cast<std::size_t>(b) * 64;
      int count = static_cast<int>(std::min<std::size_t>(64, k - first));
      batch(adj, sources, first, count, buffers, out);
      done += count;
      if (me == 0) progress.update(static_cast<std::size_t>(done.load()));
    }
  });
  return out;
}

}  // namespace stakemap::analysis::detail
