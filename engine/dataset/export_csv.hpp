#pragma once
// Writes a map back as a dataset folder that `stakemap import` reads into the same map.
#include <string>

#include "model/map.hpp"

namespace stakemap::dataset {

struct ExportOptions {
  bool personal = false;  ///< include the fields the schema marks personal (contacts)
};

/// Writes territories.csv, organisations.csv, flows.csv and needs.csv into `dir` (created
/// if missing). Text cells carry the formula guard, which import removes again.
void export_csv(const model::Map& map, const std::string& dir, const ExportOptions& options);

}  // namespace stakemap::dataset
