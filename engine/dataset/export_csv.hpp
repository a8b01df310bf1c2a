#pragma once
// Writes a map back as a dataset folder that `stakemap import` reads into the same map.
#include <string>

#include <vector>

#include "core/csv_writer.hpp"
#include "io/output_file.hpp"
#include "model/map.hpp"

namespace stakemap::dataset {

struct ExportOptions {
  bool personal = false;             ///< include the fields the schema marks personal (contacts)
  CsvStyle csv{',', "\r\n", false};  ///< layout of the dataset files (not of manifest.csv)
};

/// Writes territories.csv, organisations.csv, flows.csv and needs.csv into `folder` (the caller
/// commits it). Text cells carry the formula guard, which import removes again.
void export_csv(const model::Map& map, io::OutputFolder& folder, const ExportOptions& options);
/// The same into the folder `dir`, written whole or not at all (io::OutputFolder).
void export_csv(const model::Map& map, const std::string& dir, const ExportOptions& options);
/// The files a csv export may write (the four above and metrics.csv).
std::vector<std::string> export_file_names();

}  // namespace stakemap::dataset
