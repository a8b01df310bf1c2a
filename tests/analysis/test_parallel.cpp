// run_threads: every body runs once, and an exception of any thread (std::bad_alloc under a
// memory limit) reaches the caller instead of ending the process; ThreadCap; run_pair.
#include <doctest/doctest.h>

#include <atomic>
#include <new>
#include <stdexcept>
#include <thread>
#include <vector>

#include "analysis/parallel.hpp"

using stakemap::analysis::detail::run_threads;

TEST_CASE("run_threads calls every body once") {
  std::vector<std::atomic<int>> calls(4);
  run_threads(4, [&](int t) { ++calls[static_cast<std::size_t>(t)]; });
  for (const auto& c : calls) CHECK(c.load() == 1);
}

TEST_CASE("run_threads rethrows an exception of a worker thread once all have ended") {
  std::atomic<int> finished{0};
  CHECK_THROWS_AS(run_threads(3,
                              [&](int t) {
                                if (t == 2) throw std::bad_alloc();
                                ++finished;
                              }),
                  std::bad_alloc);
  CHECK(finished.load() == 2);
  // The calling thread's own exception too; the first in order of t wins.
  CHECK_THROWS_AS(run_threads(2,
                              [](int t) {
                                if (t == 0) throw std::runtime_error("zero");
                                throw std::bad_alloc();
                              }),
                  std::runtime_error);
}

TEST_CASE("ThreadCap bounds the threads of work started on its thread, and only there") {
  using stakemap::analysis::detail::thread_count;
  using stakemap::analysis::detail::ThreadCap;
  CHECK(thread_count(8, 100) == 8);
  {
    const ThreadCap one(1);
    CHECK(thread_count(0, 100) == 1);
    CHECK(thread_count(8, 100) == 1);
    int other_thread = 0;  // a thread started here has no cap of its own
    run_threads(2, [&](int t) {
      if (t == 1) other_thread = thread_count(8, 100);
    });
    CHECK((other_thread == 8 || other_thread == 1));  // 1 only when no thread could start
    {
      const ThreadCap three(3);
      CHECK(thread_count(8, 100) == 3);
    }
    CHECK(thread_count(8, 100) == 1);
  }
  CHECK(thread_count(8, 100) == 8);
  CHECK(thread_count(8, 5) == 5);
}

TEST_CASE("run_pair: both bodies, in turn on the calling thread under a cap of one") {
  using stakemap::analysis::detail::run_pair;
  using stakemap::analysis::detail::ThreadCap;
  const auto caller = std::this_thread::get_id();
  std::vector<int> order;
  std::vector<std::thread::id> ran(2);
  {
    const ThreadCap one(1);
    run_pair([&](int t) {
      order.push_back(t);
      ran[static_cast<std::size_t>(t)] = std::this_thread::get_id();
    });
  }
  CHECK(order == std::vector<int>{0, 1});
  CHECK(ran[0] == caller);
  CHECK(ran[1] == caller);
  // Uncapped, on two cores or more, body(1) has a thread of its own.
  std::atomic<int> calls{0};
  run_pair([&](int t) {
    ++calls;
    ran[static_cast<std::size_t>(t)] = std::this_thread::get_id();
  });
  CHECK(calls.load() == 2);
  CHECK(ran[0] == caller);
  if (std::thread::hardware_concurrency() > 1) CHECK(ran[1] != caller);
}
