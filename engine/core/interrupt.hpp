#pragma once
// Ctrl-C and its kin end stakemap cleanly. SIGINT, SIGTERM and SIGHUP remove the temporary
// files and folders being written (io::OutputFile, io::OutputFolder and io::NewFile, a new
// map, register them here), say
// "interrupted" on stderr, and end the process by the same signal (exit status 128 + signal, 130
// for Ctrl-C). A map being written is left to SQLite: the open transaction never commits, so the
// next open finds the map as it was before the command (docs/security.md, "Interruption").
#include <string>

namespace stakemap::interrupt {

/// Installs the handlers (once, at start-up).
void install();

/// A temporary path removed if the process is interrupted while it is registered: a file, or a
/// folder whose files are removed with it (one level: export folders are flat). Registration
/// never fails: beyond 64 paths at once, further ones are simply not removed on interruption.
class Temporary final {
 public:
  Temporary(const std::string& path, bool folder);
  ~Temporary();
  Temporary(const Temporary&) = delete;
  Temporary& operator=(const Temporary&) = delete;

 private:
  int slot_;
};

}  // namespace stakemap::interrupt
