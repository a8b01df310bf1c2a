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

// One pass of W·64 sources: per node W words of bits, one bit per source. Each node's
// `seen` and `next` words are stored side by side (2W words) so that one memory access
// brings both: on large maps the cost is memory latency, not arithmetic.
template <int W>
struct Buffers {
  explicit Buffers(int n) : block(static_cast<std::size_t>(n) * 2 * W, 0), queued(n, 0) {
    frontier.reserve(n);
    touched.reserve(n);
  }
  std::vector<std::uint64_t> block;            // [node * 2W + word]: seen; [node * 2W + W + word]: next
  std::vector<char> queued;                    // node is in `touched`
  std::vector<int> frontier, touched;          // nodes reached at the current level, and next
  std::vector<std::uint64_t> bits, next_bits;  // [i * W + word]: new bits of frontier[i]
};

// BFS from sources[first .. first+count) at once (count <= 64 W); writes their sums.
template <int W>
void batch(const Adjacency& adj, const std::vector<int>& sources, std::size_t first, int count, Buffers<W>& b,
           DistanceSums& out, DistanceSums* targets) {
  constexpr std::size_t stride = 2 * W;
  std::uint64_t* const block = b.block.data();
  std::fill(b.block.begin(), b.block.end(), 0);
  b.frontier.clear();
  b.bits.clear();
  for (int i = 0; i < count; ++i) {
    int s = sources[first + i];
    block[static_cast<std::size_t>(s) * stride + i / 64] |= std::uint64_t{1} << (i % 64);
  }
  for (int i = 0; i < count; ++i) {  // each distinct source once, with all its bits
    int s = sources[first + i];
    if (b.queued[s]) continue;
    b.queued[s] = 1;
    b.frontier.push_back(s);
    for (int k = 0; k < W; ++k) b.bits.push_back(block[static_cast<std::size_t>(s) * stride + k]);
  }
  for (int s : b.frontier) b.queued[s] = 0;
  const std::int64_t* const offset = adj.offset.data();
  const int* const target = adj.target.data();
  for (int level = 1; !b.frontier.empty(); ++level) {
    b.touched.clear();
    for (std::size_t i = 0; i < b.frontier.size(); ++i) {
      int v = b.frontier[i];
      std::uint64_t bits[W];
      for (int k = 0; k < W; ++k) bits[k] = b.bits[i * W + k];
      const std::int64_t end = offset[v + 1];
      for (auto e = offset[v]; e < end; ++e) {
        if (e + 8 < end) __builtin_prefetch(block + static_cast<std::size_t>(target[e + 8]) * stride, 1);
        int w = target[e];
        std::uint64_t* node = block + static_cast<std::size_t>(w) * stride;
        std::uint64_t any = 0;
        for (int k = 0; k < W; ++k) {
          std::uint64_t add = bits[k] & ~node[k];
          node[W + k] |= add;
          any |= add;
        }
        if (any && !b.queued[w]) {
          b.queued[w] = 1;
          b.touched.push_back(w);
        }
      }
    }
    BitCounter counter[W];
    b.frontier.clear();
    b.next_bits.clear();
    for (int w : b.touched) {
      b.queued[w] = 0;
      std::uint64_t* node = block + static_cast<std::size_t>(w) * stride;
      b.frontier.push_back(w);
      for (int k = 0; k < W; ++k) {
        std::uint64_t fresh = node[W + k];  // bits already exclude what w had seen
        node[W + k] = 0;
        node[k] |= fresh;
        b.next_bits.push_back(fresh);
        counter[k].add(fresh);
      }
      if (targets) {  // popcount is a library call on the baseline x86-64: only when asked
        long sources_here = 0;
        for (int k = 0; k < W; ++k) sources_here += std::popcount(b.next_bits[b.next_bits.size() - W + k]);
        targets->target_reached[w] += sources_here;
        targets->target_total[w] += static_cast<long long>(level) * sources_here;
        targets->target_harmonic[w] += static_cast<double>(sources_here) / level;
      }
    }
    b.bits.swap(b.next_bits);
    for (int k = 0; k < W; ++k) {
      counter[k].flush();
      for (int j = 0; j < 64 && k * 64 + j < count; ++j) {
        long c = counter[k].count[j];
        if (!c) continue;
        std::size_t i = first + static_cast<std::size_t>(k * 64 + j);
        out.reached[i] += c;
        out.total[i] += static_cast<long long>(level) * c;
        out.harmonic[i] += static_cast<double>(c) / level;
        out.eccentricity[i] = level;
      }
    }
  }
}

template <int W>
void run_all(const Adjacency& adj, const std::vector<int>& sources, int threads, const char* label, DistanceSums& out,
             bool per_target) {
  constexpr std::size_t width = 64 * W;
  std::size_t k = sources.size();
  long batches = static_cast<long>((k + width - 1) / width);
  int t = thread_count(threads, batches);
  std::atomic<long> done{0};
  Progress progress(label, k);
  std::vector<DistanceSums> targets(per_target ? t : 0);  // one per thread, added up after
  run_threads(t, [&](int me) {
    Buffers<W> buffers(adj.n);
    DistanceSums* mine = nullptr;
    if (per_target) {
      mine = &targets[me];
      mine->target_reached.assign(adj.n, 0);
      mine->target_total.assign(adj.n, 0);
      mine->target_harmonic.assign(adj.n, 0.0);
    }
    for (long b = me; b < batches; b += t) {
      std::size_t first = static_cast<std::size_t>(b) * width;
      int count = static_cast<int>(std::min(width, k - first));
      batch<W>(adj, sources, first, count, buffers, out, mine);
      done += count;
      if (me == 0) progress.update(static_cast<std::size_t>(done.load()));
    }
  });
  if (!per_target) return;
  out.target_reached.assign(adj.n, 0);
  out.target_total.assign(adj.n, 0);
  out.target_harmonic.assign(adj.n, 0.0);
  for (const auto& part : targets)
    for (int v = 0; v < adj.n; ++v) {
      out.target_reached[v] += part.target_reached[v];
      out.target_total[v] += part.target_total[v];
      out.target_harmonic[v] += part.target_harmonic[v];
    }
}

}  // namespace

DistanceSums distance_sums(const Adjacency& adj, const std::vector<int>& sources, int threads, const char* label,
                           bool per_target) {
  DistanceSums out;
  std::size_t k = sources.size();
  out.reached.assign(k, 1);
  out.total.assign(k, 0);
  out.harmonic.assign(k, 0);
  out.eccentricity.assign(k, 0);
  // Wider passes cost little more per arc and serve more sources; narrow ones suit few sources.
  if (k > 2 * 256) run_all<8>(adj, sources, threads, label, out, per_target);
  else if (k > 2 * 64) run_all<2>(adj, sources, threads, label, out, per_target);
  else run_all<1>(adj, sources, threads, label, out, per_target);
  return out;
}

}  // namespace stakemap::analysis::detail
