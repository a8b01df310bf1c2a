#pragma once
// Progress on stderr for long work, only when stderr is a terminal and not --quiet.
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace stakemap {

/// While it lives, progress begun on this thread (Progress, Stages, Busy) is not shown: for
/// work running beside other work whose progress the terminal line already shows.
class QuietHere final {
 public:
  QuietHere();
  ~QuietHere();
  QuietHere(const QuietHere&) = delete;
  QuietHere& operator=(const QuietHere&) = delete;
};

/// Reports "label: done/total unit (pct%, about N s left)" at most ten times a second (the estimate
/// once a second has passed); silent when disabled.
class Progress final {
 public:
  /// Global switch set by the CLI from --quiet; progress also needs stderr to be a tty.
  static void set_quiet(bool quiet);
  /// `total` 0 when unknown; `unit` (e.g. "bytes") is printed after the numbers.
  Progress(std::string label, std::size_t total, const std::string& unit = "");
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  /// Sets the amount done; cheap enough to call in inner loops.
  void update(std::size_t done);

 private:
  std::string label_;
  std::size_t total_;
  std::string unit_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

/// For work in named stages of unequal length (the report): "label 3/11: stage (18%, about
/// N s left)" on stderr as each stage begins, under the same conditions as Progress; the
/// estimate assumes the stages left take as long as those done, once a second has passed.
class Stages final {
 public:
  /// `total`: how many stages begin() will name.
  Stages(std::string label, std::size_t total);
  ~Stages();
  Stages(const Stages&) = delete;
  Stages& operator=(const Stages&) = delete;
  /// Stage `name` begins; the stages before it are done.
  void begin(const std::string& name);

 private:
  std::string label_;
  std::size_t total_;
  std::size_t done_ = 0;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
};

/// For work that cannot count its steps (a Graphviz layout): "label: N s" on stderr, updated
/// twice a second by a thread of its own while the object lives, under the same conditions as
/// Progress, and only once the work has taken a second.
class Busy final {
 public:
  explicit Busy(std::string label);
  ~Busy();
  Busy(const Busy&) = delete;
  Busy& operator=(const Busy&) = delete;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stakemap
