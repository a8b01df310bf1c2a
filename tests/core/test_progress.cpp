// Progress on stderr: silent unless stderr is a terminal and not --quiet, at most ten times a second.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "core/progress.hpp"

using stakemap::Progress;

namespace {

/// While alive, stderr is the far end of a pseudo-terminal (a tty) or of a pipe; `take()` drains it.
class CapturedStderr final {
 public:
  explicit CapturedStderr(bool tty) {
    std::fflush(stderr);
    saved_ = dup(STDERR_FILENO);
    int write_end = -1;
    if (tty) {
      read_ = posix_openpt(O_RDWR | O_NOCTTY);
      REQUIRE(read_ >= 0);
      REQUIRE(grantpt(read_) == 0);
      REQUIRE(unlockpt(read_) == 0);
      write_end = open(ptsname(read_), O_RDWR | O_NOCTTY);
    } else {
      int fds[2];
      REQUIRE(pipe(fds) == 0);
      read_ = fds[0];
      write_end = fds[1];
    }
    REQUIRE(write_end >= 0);
    dup2(write_end, STDERR_FILENO);
    close(write_end);
    fcntl(read_, F_SETFL, fcntl(read_, F_GETFL) | O_NONBLOCK);
  }
  ~CapturedStderr() {
    std::fflush(stderr);
    dup2(saved_, STDERR_FILENO);
    close(saved_);
    close(read_);
  }
  std::string take() {
    std::fflush(stderr);
    std::string out;
    char buf[512];
    for (int tries = 0; tries < 50; ++tries) {
      ssize_t n = read(read_, buf, sizeof buf);
      if (n > 0) {
        out.append(buf, static_cast<std::size_t>(n));
        tries = 0;
        continue;
      }
      if (!out.empty()) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return out;
  }

 private:
  int saved_ = -1, read_ = -1;
};

void wait_past_throttle() { std::this_thread::sleep_for(std::chrono::milliseconds(120)); }

}  // namespace

TEST_CASE("progress: on a terminal, label done/total unit (pct%), then the line is cleared") {
  Progress::set_quiet(false);
  CapturedStderr err(true);
  {
    Progress p("reading", 200, "bytes");
    p.update(1);  // within 100 ms of the start: dropped
    wait_past_throttle();
    p.update(50);
    p.update(60);  // right after the last one: dropped
    CHECK(err.take() == "\rreading: 50/200 bytes (25%)\033[K");
  }
  CHECK(err.take() == "\r\033[K");
}

TEST_CASE("progress: unknown total prints the count; no unit prints no trailing space") {
  Progress::set_quiet(false);
  CapturedStderr err(true);
  {
    Progress p("rows", 0);
    wait_past_throttle();
    p.update(7);
    CHECK(err.take() == "\rrows: 7\033[K");
  }
  err.take();
}

TEST_CASE("progress: silent when quiet, when stderr is not a terminal, and when nothing was shown") {
  Progress::set_quiet(true);
  {
    CapturedStderr err(true);
    {
      Progress p("x", 10);
      wait_past_throttle();
      p.update(5);
    }
    std::fputs("#", stderr);  // a marker, so that reading stops at once
    CHECK(err.take() == "#");
  }
  Progress::set_quiet(false);
  {
    CapturedStderr err(false);
    {
      Progress p("x", 10);
      wait_past_throttle();
      p.update(5);
    }
    std::fputs("#", stderr);
    CHECK(err.take() == "#");
  }
  {
    CapturedStderr err(true);
    { Progress p("x", 10); }  // never updated: the destructor clears nothing
    std::fputs("#", stderr);
    CHECK(err.take() == "#");
  }
}

TEST_CASE("progress: after a second, an estimate of the time left at the pace so far") {
  Progress::set_quiet(false);
  CapturedStderr err(true);
  {
    Progress p("closeness", 400, "organisations");
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    p.update(100);  // a quarter in about 1.1 s: about 3 s left
    const auto line = err.take();
    CHECK(line.rfind("\rcloseness: 100/400 organisations (25%, about ", 0) == 0);
    CHECK(line.find(" s left)\033[K") != std::string::npos);
    wait_past_throttle();
    p.update(400);  // done: no estimate
    CHECK(err.take() == "\rcloseness: 400/400 organisations (100%)\033[K");
  }
  err.take();
}

TEST_CASE("busy: the seconds spent, shown after the first second on a terminal, then cleared") {
  using stakemap::Busy;
  Progress::set_quiet(false);
  {
    CapturedStderr err(true);
    { Busy b("drawing 10 nodes with sfdp"); }  // over at once: nothing shown
    std::fputs("#", stderr);
    CHECK(err.take() == "#");
  }
  {
    CapturedStderr err(true);
    {
      Busy b("drawing 10 nodes with sfdp");
      std::this_thread::sleep_for(std::chrono::milliseconds(1700));
    }
    const auto shown = err.take();
    CHECK(shown.find("\rdrawing 10 nodes with sfdp: 1 s\033[K") != std::string::npos);
    CHECK(shown.size() >= 3);
    CHECK(shown.substr(shown.size() - 4) == "\r\033[K");
  }
  {
    CapturedStderr err(false);  // not a terminal: silent
    {
      Busy b("x");
      std::this_thread::sleep_for(std::chrono::milliseconds(1200));
    }
    std::fputs("#", stderr);
    CHECK(err.take() == "#");
  }
}

TEST_CASE("stages: on a terminal, label k/n: the stage that begins, then an estimate once a second has passed") {
  using stakemap::Stages;
  Progress::set_quiet(false);
  {
    CapturedStderr err(true);
    {
      Stages s("report: analysis", 4);
      s.begin("network");
      CHECK(err.take() == "\rreport: analysis 1/4: network (0%)\033[K");
      std::this_thread::sleep_for(std::chrono::milliseconds(1100));
      s.begin("centrality");  // one stage of four in about 1.1 s: about 3 s left
      const auto line = err.take();
      CHECK(line.rfind("\rreport: analysis 2/4: centrality (25%, about ", 0) == 0);
      CHECK(line.find(" s left)\033[K") != std::string::npos);
    }
    CHECK(err.take() == "\r\033[K");
  }
  {
    CapturedStderr err(false);  // not a terminal: silent
    {
      Stages s("x", 2);
      s.begin("a");
      s.begin("b");
    }
    std::fputs("#", stderr);
    CHECK(err.take() == "#");
  }
}
