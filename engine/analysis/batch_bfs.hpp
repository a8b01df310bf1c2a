#pragma once
// Internal: several breadth-first searches with path counts run side by side in the lanes of
// vectors (GCC/Clang vector extensions). Used by exact betweenness.
#include <bit>
#include <cstdint>
#include <memory>
#include <new>
#include <vector>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "graph/digraph.hpp"

// The lane helpers pass 32-byte vectors by value; they are always inlined, so the ABI note
// GCC gives for code compiled without AVX does not apply.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"

namespace stakemap::analysis::detail {

// Code using BatchBfs is compiled twice on x86-64 with GCC when marked STAKEMAP_VECTOR_CLONES:
// for AVX2, where a lane vector fits in one register, and for the baseline, correct but slower
// than one source at a time (its 32-byte vectors are split and spilled). lanes_pay() tells
// whether the processor runs the former.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define STAKEMAP_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
inline bool lanes_pay() { return __builtin_cpu_supports("avx2") != 0; }
#else
#define STAKEMAP_VECTOR_CLONES
inline bool lanes_pay() { return false; }
#endif

/// n values on 64-byte boundaries. A 32-byte vector type is aligned on 32 bytes in code
/// compiled for AVX and on 16 elsewhere: std::vector, compiled for the latter, would hand
/// misaligned values to the former.
template <class T>
class AlignedArray {
 public:
  AlignedArray(std::size_t n, T value) : data_(static_cast<T*>(::operator new(n * sizeof(T), kAlign))), size_(n) {
    std::uninitialized_fill_n(data_.get(), n, value);
  }
  T& operator[](std::size_t i) { return data_.get()[i]; }
  const T& operator[](std::size_t i) const { return data_.get()[i]; }
  std::size_t size() const { return size_; }

 private:
  static constexpr std::align_val_t kAlign{64};
  struct Free {
    void operator()(T* p) const { ::operator delete(p, kAlign); }
  };
  std::unique_ptr<T, Free> data_;
  std::size_t size_;
};

/// Several breadth-first searches at once, one per lane: a node's distances and path counts
/// from the kLanes sources sit side by side, so one scan of an arc serves every source for
/// which its tail lies on the current level. Level-synchronous: `order` lists each node once
/// per distinct distance it has from the sources, level after level.
struct BatchBfs {
  static constexpr int kLanes = 4;
  using Levels = std::int32_t __attribute__((vector_size(16)));  ///< a distance per lane, -1 unreached
  using Counts = double __attribute__((vector_size(32)));        ///< a path count per lane
  using Bits = std::int64_t __attribute__((vector_size(32)));    ///< a 64-bit mask per lane

  /// Widens a mask of 32-bit lanes (0 or -1) to 64-bit lanes.
  [[gnu::always_inline]] static Bits widen(Levels m) {
    return std::bit_cast<Bits>(__builtin_shufflevector(m, m, 0, 0, 1, 1, 2, 2, 3, 3));
  }
  [[gnu::always_inline]] static Counts masked(Counts x, Bits m) {
    return std::bit_cast<Counts>(std::bit_cast<Bits>(x) & m);
  }
  /// True when some lane of m is set.
  [[gnu::always_inline]] static bool any(Levels m) {
#ifdef __SSE2__
    return _mm_movemask_epi8(std::bit_cast<__m128i>(m)) != 0;  // through memory otherwise
#else
    return std::bit_cast<unsigned __int128>(m) != 0;
#endif
  }

  explicit BatchBfs(const graph::Digraph& graph)
      : g(graph),
        dist(static_cast<std::size_t>(graph.n), Levels{-1, -1, -1, -1}),
        sigma(static_cast<std::size_t>(graph.n), Counts{}),
        order(static_cast<std::size_t>(graph.n) * kLanes + 1) {}
  /// Searches from sources[0 .. count) (distinct nodes, count <= kLanes; lanes beyond count
  /// stay idle). Level L lists order[level_begin[L] .. level_begin[L + 1]): the nodes at
  /// distance L from at least one source.
  /// Inlined where called, so that a caller compiled for a wider vector unit uses it.
  [[gnu::always_inline]] inline void run(const int* sources, int count) {
    std::size_t tail = 0;
    for (int k = 0; k < count; ++k) {
      int s = sources[k];
      dist[s][k] = 0;
      sigma[s][k] = 1;
      order[tail++] = s;
    }
    level_begin.assign(1, 0);
    std::size_t head = 0;
    for (std::int32_t level = 0; head < tail; ++level) {
      const Levels here = Levels{} + level, next = here + 1;
      std::size_t end = tail;
      level_begin.push_back(end);
      for (; head < end; ++head) {
        int v = order[head];
        const Levels active = dist[v] == here;
        const Counts sv = masked(sigma[v], widen(active));
        for (auto e = g.out_offset[v]; e < g.out_offset[v + 1]; ++e) {
          int w = g.out_target[e];
          Levels d = dist[w];
          const Levels fresh = (d == -1) & active;
          const bool queued = any(d == next);  // listed at the next level already
          d = (d & ~fresh) | (next & fresh);   // masks, not branches: random graphs make
          dist[w] = d;                         // the branches unpredictable
          sigma[w] += masked(sv, widen(d == next));
          order[tail] = w;
          tail += static_cast<std::size_t>(any(fresh) & !queued);
        }
      }
    }
    reached = tail;
  }
  /// Levels of the last search (the sources are level 0).
  int levels() const { return static_cast<int>(level_begin.size()) - 1; }
  /// Clears what the last search touched.
  void reset() {
    for (std::size_t i = 0; i < reached; ++i) {
      dist[order[i]] = Levels{-1, -1, -1, -1};
      sigma[order[i]] = Counts{};
    }
    reached = 0;
  }

  const graph::Digraph& g;
  AlignedArray<Levels> dist;
  AlignedArray<Counts> sigma;
  std::vector<int> order;  // n · kLanes + 1: a node once per level, and one slot past the last
  std::vector<std::size_t> level_begin;
  std::size_t reached = 0;
};

}  // namespace stakemap::analysis::detail

#pragma GCC diagnostic pop
