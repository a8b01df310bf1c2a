#pragma once
// A private temporary folder for files a library reads or writes by name (libxlsxwriter's
// workbook, libzip's archive of standard input).
#include <filesystem>
#include <memory>

namespace stakemap::interrupt {
class Temporary;
}

namespace stakemap::io {

/// A fresh folder (mkdtemp: mode 0700) in the temporary directory, removed with everything in
/// it when destroyed or when the process is interrupted (core/interrupt.hpp).
class TempDir final {
 public:
  /// Throws InputError when the folder cannot be created.
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  std::unique_ptr<interrupt::Temporary> removed_if_interrupted_;
};

}  // namespace stakemap::io
