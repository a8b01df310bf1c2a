#pragma once
// Helpers for the gap-analysis tests: a dataset folder imported into an in-memory map, and
// the expected results written by tests/analysis/gaps_reference.py.
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "dataset/importer.hpp"
#include "io/csv_reader.hpp"
#include "model/map.hpp"
#include "store/store.hpp"

namespace gaps_test {

/// tests/fixtures/gaps/<name>, or the bundled dataset for "belgium-2022".
inline std::string dataset_dir(const std::string& name) {
  if (name == "belgium-2022") return std::string(STAKEMAP_SOURCE_DIR) + "/datasets/belgium-2022";
  return std::string(STAKEMAP_FIXTURES) + "/gaps/" + name;
}

/// The dataset imported and loaded, indexed.
inline stakemap::model::Map load(const std::string& name) {
  auto store = stakemap::store::Store::in_memory();
  stakemap::dataset::import_dataset(store, dataset_dir(name), {});
  auto map = store.load();
  map.reindex();
  return map;
}

/// Rows of tests/fixtures/gaps/expected/<dataset>/<file> (header first).
inline std::vector<std::vector<std::string>> expected(const std::string& dataset, const std::string& file) {
  std::string path = std::string(STAKEMAP_FIXTURES) + "/gaps/expected/" + dataset + "/" + file;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("missing reference file " + path);
  stakemap::io::CsvReader reader(in, path);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> f;
  while (reader.next(f)) rows.push_back(f);
  return rows;
}

}  // namespace gaps_test
