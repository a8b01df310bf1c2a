// Ctrl-C (SIGINT) and SIGTERM while files are being written: the temporary file and folder are
// removed, the targets are never created, and the process ends by the signal. Run in a child
// process, which the signal ends.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>

#include "core/interrupt.hpp"
#include "io/output_file.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;

namespace {
// Runs `work` in a child with the handlers installed (after ignoring SIGHUP, as nohup does, when
// `nohup`); returns the signal that ended it (0: none).
template <typename Work>
int ended_by(Work work, bool nohup = false) {
  std::fflush(nullptr);
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    if (nohup) std::signal(SIGHUP, SIG_IGN);
    stakemap::interrupt::install();
    work();
    _exit(0);
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  return WIFSIGNALED(status) ? WTERMSIG(status) : 0;
}

std::size_t entries(const fs::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}
}  // namespace

TEST_CASE("interrupt: a file and a folder export being written are removed, the targets absent") {
  test::TempDir dir;
  for (int sig : {SIGINT, SIGTERM}) {
    CHECK(ended_by([&] {
            stakemap::io::OutputFile file((dir.path / "map.svg").string());
            file.stream() << "<svg>half";
            stakemap::io::OutputFolder folder((dir.path / "export").string(), {"flows.csv"});
            stakemap::io::OutputFile flows(folder.file("flows.csv"));
            flows.stream() << "from,to\n";
            flows.commit();  // inside the temporary folder: removed with it
            std::raise(sig);
          }) == sig);
    CHECK(entries(dir.path) == 0);
  }
}

TEST_CASE("interrupt: files already written stay; only unfinished ones go") {
  test::TempDir dir;
  CHECK(ended_by([&] {
          stakemap::io::write_file((dir.path / "done.html").string(), "<p>whole</p>");
          stakemap::io::OutputFile file((dir.path / "next.html").string());
          file.stream() << "<p>half";
          std::raise(SIGINT);
        }) == SIGINT);
  CHECK(entries(dir.path) == 1);
  CHECK(fs::exists(dir.path / "done.html"));
}

TEST_CASE("interrupt: a signal ignored by whoever started the process stays ignored") {
  test::TempDir dir;
  CHECK(ended_by(
            [&] {
              stakemap::io::write_file((dir.path / "kept.txt").string(), "x");
              std::raise(SIGHUP);
            },
            true) == 0);
  CHECK(fs::exists(dir.path / "kept.txt"));
}
