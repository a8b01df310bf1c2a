#pragma once
// Importing a dataset (a folder of CSV files, or single files) into a map: every row is
// validated, every problem reported together, and the map changes only when there is none.
#include <string>
#include <utility>
#include <vector>

#include "core/errors.hpp"
#include "dataset/columns.hpp"
#include "store/store.hpp"
#include "store/writer.hpp"

namespace stakemap::dataset {

struct ImportOptions {
  bool dry_run = false;  ///< validate only; the map is left as it was
  /// the map's records of the kinds the files carry are replaced by the files' rows: rows absent
  /// from the files are deleted (counted in WriteCounts::removed_*), columns absent from the
  /// files keep their stored values, kinds no file carries are kept
  bool replace = false;
  std::string command = "import";
  bool synthetic = false;  ///< the records are synthetic: the map is marked so (import_dataset sets it)
  std::string author;      ///< recorded with the batch ("" = store::default_author())
  std::string note;
};

struct ImportReport {
  std::vector<Diagnostic> warnings;  ///< the first Diagnostics::kKept warnings (and a count of the rest)
  std::size_t warning_count = 0;     ///< all warnings
  store::WriteCounts counts;
  std::vector<std::string> files;  ///< files read, in order
  bool synthetic = false;          ///< the records are synthetic (provenance.csv): the map is marked so
  /// Per file, the columns it had that stakemap does not model (kept as attributes).
  std::vector<std::pair<std::string, std::vector<std::string>>> attribute_columns;
  /// Batches and rounds of another map's history restored (import of stakemap JSON with history).
  long restored_batches = 0, restored_rounds = 0;
};

/// Imports the dataset folder `dir` (organisations.csv required; territories.csv,
/// flows.csv, needs.csv, provenance.csv optional; a folder whose provenance.csv says
/// `synthetic` marks the map synthetic). Throws ValidationError listing every error (warnings
/// included) when anything is wrong; the map is then unchanged.
ImportReport import_dataset(store::Store& store, const std::string& dir, const ImportOptions& options);
/// Imports the XLSX workbook `path` whose sheets are named like the dataset files
/// (organisations required; territories, flows, needs, provenance optional; other sheets
/// ignored with a warning), with the checks of the CSV files; positions are
/// `path[sheet]:row:column`. Throws as import_dataset.
ImportReport import_workbook(store::Store& store, const std::string& path, const ImportOptions& options);
/// Imports the given files, each of a known kind, in dependency order (a .xlsx file: its sheet
/// named like the kind, else its first sheet).
ImportReport import_files(store::Store& store, std::vector<std::pair<FileKind, std::string>> files,
                          const ImportOptions& options);
/// The kind a file name implies ("flows.csv" -> flows); false when it implies none.
bool kind_from_file_name(const std::string& path, FileKind& kind);

}  // namespace stakemap::dataset
