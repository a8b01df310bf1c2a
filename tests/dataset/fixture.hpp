#pragma once
// Helpers for dataset and store tests: temporary folders with CSV files (test::TempDir, from
// temp_dir.hpp) and the diagnostics an import raises.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "dataset/importer.hpp"
#include "store/store.hpp"
#include "temp_dir.hpp"

namespace test {

namespace fs = std::filesystem;

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
