#include "core/progress.hpp"

#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

namespace stakemap {

namespace {
std::atomic<bool> quiet_flag{false};
thread_local int quiet_here = 0;  // QuietHere objects alive on this thread

bool enabled() { return !quiet_flag && quiet_here == 0 && isatty(STDERR_FILENO); }

// " (about 40 s left)", " (about 3 min left)": the time still needed at the pace so far.
std::string estimate(double elapsed, std::size_t done, std::size_t total) {
  if (done == 0 || done >= total || elapsed < 1) return "";
  const double left = elapsed * static_cast<double>(total - done) / static_cast<double>(done);
  char buf[48];
  if (left < 90) std::snprintf(buf, sizeof buf, ", about %.0f s left", left < 1 ? 1 : left);
  else std::snprintf(buf, sizeof buf, ", about %.0f min left", left / 60);
  return buf;
}
}  // namespace

void Progress::set_quiet(bool quiet) { quiet_flag = quiet; }

QuietHere::QuietHere() { ++quiet_here; }
QuietHere::~QuietHere() { --quiet_here; }

Progress::Progress(std::string label, std::size_t total, const std::string& unit)
    : label_(std::move(label)),
      total_(total),
      unit_(unit.empty() ? "" : " " + unit),
      enabled_(enabled()),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() {
  if (shown_) std::fprintf(stderr, "\r\033[K");
}

void Progress::update(std::size_t done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  shown_ = true;
  if (total_ > 0)
    std::fprintf(stderr, "\r%s: %zu/%zu%s (%.0f%%%s)\033[K", label_.c_str(), done, total_, unit_.c_str(),
                 100.0 * static_cast<double>(done) / static_cast<double>(total_),
                 estimate(std::chrono::duration<double>(now - start_).count(), done, total_).c_str());
  else std::fprintf(stderr, "\r%s: %zu%s\033[K", label_.c_str(), done, unit_.c_str());
  std::fflush(stderr);
}

Stages::Stages(std::string label, std::size_t total)
    : label_(std::move(label)), total_(total), enabled_(enabled()), start_(std::chrono::steady_clock::now()) {}

Stages::~Stages() {
  if (shown_) std::fprintf(stderr, "\r\033[K");
}

void Stages::begin(const std::string& name) {
  const std::size_t done = done_++;
  if (!enabled_ || total_ == 0) return;
  shown_ = true;
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::fprintf(stderr, "\r%s %zu/%zu: %s (%.0f%%%s)\033[K", label_.c_str(), done + 1, total_, name.c_str(),
               100.0 * static_cast<double>(done) / static_cast<double>(total_),
               estimate(elapsed, done, total_).c_str());
  std::fflush(stderr);
}

struct Busy::Impl {
  std::mutex mutex;
  std::condition_variable stop;
  bool done = false;
  bool shown = false;
  std::thread ticker;
};

Busy::Busy(std::string label) {
  if (!enabled()) return;
  impl_ = std::make_unique<Impl>();
  impl_->ticker = std::thread([impl = impl_.get(), label = std::move(label)] {
    const auto start = std::chrono::steady_clock::now();
    std::unique_lock lock(impl->mutex);
    while (!impl->stop.wait_for(lock, std::chrono::milliseconds(500), [impl] { return impl->done; })) {
      const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (elapsed < 1) continue;
      std::fprintf(stderr, "\r%s: %.0f s\033[K", label.c_str(), elapsed);
      std::fflush(stderr);
      impl->shown = true;
    }
    if (impl->shown) std::fprintf(stderr, "\r\033[K");
  });
}

Busy::~Busy() {
  if (!impl_) return;
  {
    std::lock_guard lock(impl_->mutex);
    impl_->done = true;
  }
  impl_->stop.notify_one();
  impl_->ticker.join();
}

}  // namespace stakemap
