#pragma once
// Internal: runs work on several threads (std::thread), each with its own buffers.
#include <algorithm>
#include <exception>
#include <thread>
#include <vector>

namespace stakemap::analysis::detail {

/// The most threads work started on this thread may use (0: no bound); see ThreadCap.
inline thread_local int thread_cap = 0;

/// Threads to use: `requested` (0 = hardware), at most `tasks`, at most the cap of the calling
/// thread, at least 1.
inline int thread_count(int requested, long tasks) {
  long t = requested > 0 ? requested : static_cast<long>(std::max(1u, std::thread::hardware_concurrency()));
  if (thread_cap > 0) t = std::min<long>(t, thread_cap);
  return static_cast<int>(std::max(1L, std::min(t, tasks)));
}

/// While it lives, analyses started on this thread use at most `threads` threads: for work
/// that runs beside other work holding a core (the report's analyses beside its maps).
class ThreadCap final {
 public:
  explicit ThreadCap(int threads) : before_(thread_cap) { thread_cap = threads; }
  ~ThreadCap() { thread_cap = before_; }
  ThreadCap(const ThreadCap&) = delete;
  ThreadCap& operator=(const ThreadCap&) = delete;

 private:
  int before_;
};

/// Calls body(t) for t in [0, threads), t = 0 on the calling thread; joins before returning.
/// An exception of any body (std::bad_alloc under a memory limit) is rethrown here once every
/// thread has ended, the first in order of t. When the system cannot start a thread (no
/// memory for its stack), the bodies left run on the calling thread, one after another.
template <class Body>
void run_threads(int threads, Body&& body) {
  std::vector<std::exception_ptr> errors(static_cast<std::size_t>(std::max(threads, 1)));
  auto guarded = [&body, &errors](int t) {
    try {
      body(t);
    } catch (...) { errors[static_cast<std::size_t>(t)] = std::current_exception(); }
  };
  std::vector<std::thread> pool;
  int started = 1;
  try {
    pool.reserve(threads > 1 ? threads - 1 : 0);
    for (; started < threads; ++started) pool.emplace_back(guarded, started);
  } catch (const std::exception&) {  // std::system_error or std::bad_alloc: fewer threads
  }
  guarded(0);
  for (int t = started; t < threads; ++t) guarded(t);
  for (auto& th : pool) th.join();
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
}

/// Calls body(0) and body(1): at once, body(1) on a thread of its own (run_threads), or one
/// after the other on the calling thread when it may use one thread only (one core, or under a
/// ThreadCap of 1).
template <class Body>
void run_pair(Body&& body) {
  if (thread_count(0, 2) > 1) return run_threads(2, body);
  body(0);
  body(1);
}

}  // namespace stakemap::analysis::detail
