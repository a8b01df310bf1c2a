#pragma once
// Helpers for dataset and store tests: temporary folders with CSV files and the diagnostics
// an import raises.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "core/errors.hpp"
#include "dataset/importer.hpp"
#include "store/store.hpp"

namespace test {

namespace fs = std::filesystem;

/// A fresh folder under the system temp dir, removed with everything in it at the end.
struct TempDir {
  fs::path path;
  TempDir() {
    static std::atomic<int> n{0};
    path = fs::temp_directory_path() / ("stakemap-test-" + std::to_string(getpid()) + "-" + std::to_string(n++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  /// Writes `content` to `name` in this folder (bytes as given); returns its path.
  std::string write(const std::string& name, const std::string& content) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::string str() const { return path.string(); }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

/// The bytes of the file at `path`.
inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Imports `dir`, expecting a ValidationError; returns its diagnostics as text lines.
inline std::vector<std::string> import_errors(stakemap::store::Store& store, const std::string& dir,
                                              stakemap::dataset::ImportOptions options = {}) {
  try {
    stakemap::dataset::import_dataset(store, dir, options);
  } catch (const stakemap::ValidationError& e) {
    std::vector<std::string> out;
    for (const auto& d : e.diagnostics()) out.push_back(d.str());
    return out;
  }
  return {"(no error)"};
}

/// Warnings of a successful import, as text lines.
inline std::vector<std::string> import_warnings(stakemap::store::Store& store, const std::string& dir,
                                                stakemap::dataset::ImportOptions options = {}) {
  auto report = stakemap::dataset::import_dataset(store, dir, options);
  std::vector<std::string> out;
  for (const auto& d : report.warnings) out.push_back(d.str());
  return out;
}

/// True when some line of `lines` contains `part`.
inline bool has_line(const std::vector<std::string>& lines, const std::string& part) {
  for (const auto& l : lines)
    if (l.find(part) != std::string::npos) return true;
  return false;
}

/// Path of the bundled dataset in the source tree.
inline std::string bundled_dataset() { return std::string(STAKEMAP_SOURCE_DIR) + "/datasets/belgium-2022"; }

}  // namespace test
