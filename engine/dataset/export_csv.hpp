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

/// Receives a dataset's files row by row, in the layout `export csv` writes (visit_dataset):
/// the CSV export and the XLSX export share it, so the columns are decided in one place.
class RowSink {
 public:
  virtual ~RowSink() = default;
  /// A new file `name` ("organisations.csv") with its header; `numeric[c]` is true when
  /// column c holds numbers (written as shortest round-trip text, "" when unset).
  virtual void begin(const std::string& name, const std::vector<std::string>& header,
                     const std::vector<bool>& numeric) = 0;
  /// One record: a text per column, multi-values '|'-joined.
  virtual void row(const std::vector<std::string>& cells) = 0;
  /// The file is complete.
  virtual void end() = 0;
};

/// Hands territories, organisations, flows and needs to `sink`, in that order: the schema's
/// fields (personal ones only with `personal`), then the free attribute columns any item uses.
void visit_dataset(const model::Map& map, bool personal, RowSink& sink);

/// Hands `sink` what makes a dataset import into a new map as this one: profile.csv when the
/// profile is not the default, taxonomy.csv when the map's datasets added codes, provenance.csv
/// when the map is synthetic (the XLSX export's sheets; export_csv writes the same files).
void visit_vocabulary(const model::Map& map, RowSink& sink);

/// Writes territories.csv, organisations.csv, flows.csv and needs.csv into `folder` (the caller
/// commits it). Text cells carry the formula guard, which import removes again.
void export_csv(const model::Map& map, io::OutputFolder& folder, const ExportOptions& options);
/// The same into the folder `dir`, written whole or not at all (io::OutputFolder).
void export_csv(const model::Map& map, const std::string& dir, const ExportOptions& options);
/// The files a csv export may write (the four above and metrics.csv).
std::vector<std::string> export_file_names();

}  // namespace stakemap::dataset
