#include "core/progress.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdio>

namespace stakemap {

namespace {
std::atomic<bool> quiet_flag{false};
}

void Progress::set_quiet(bool quiet) { quiet_flag = quiet; }

Progress::Progress(std::string label, std::size_t total, const std::string& unit)
    : label_(std::move(label)),
      total_(total),
      unit_(unit.empty() ? "" : " " + unit),
      enabled_(!quiet_flag && isatty(STDERR_FILENO)),
      last_(std::chrono::steady_clock::now()) {}

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
    std::fprintf(stderr, "\r%s: %zu/%zu%s (%.0f%%)\033[K", label_.c_str(), done, total_, unit_.c_str(),
                 100.0 * done / total_);
  else std::fprintf(stderr, "\r%s: %zu%s\033[K", label_.c_str(), done, unit_.c_str());
  std::fflush(stderr);
}

}  // namespace stakemap
