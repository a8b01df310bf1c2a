#pragma once
// Internal: runs work on several threads (std::thread), each with its own buffers.
#include <algorithm>
#include <thread>
#include <vector>

namespace stakemap::analysis::detail {

/// Threads to use: `requested` (0 = hardware), at most `tasks`, at least 1.
inline int thread_count(int requested, long tasks) {
  long t = requested > 0 ? requested : static_cast<long>(std::max(1u, std::thread::hardware_concurrency()));
  return static_cast<int>(std::max(1L, std::min(t, tasks)));
}

/// Calls body(t) for t in [0, threads), t = 0 on the calling thread; joins before returning.
/// Exceptions must not escape `body`.
template <class Body>
void run_threads(int threads, Body&& body) {
  std::vector<std::thread> pool;
  pool.reserve(threads > 1 ? threads - 1 : 0);
  for (int t = 1; t < threads; ++t) pool.emplace_back([&body, t] { body(t); });
  body(0);
  for (auto& th : pool) th.join();
}

}  // namespace stakemap::analysis::detail
