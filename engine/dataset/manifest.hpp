#pragma once
// The manifest of an exported folder (manifest.csv, written last by io::OutputFolder): the
// files of the export and their record counts. A folder that has one is imported only when
// every dataset file it holds is listed with the count read, so that a folder left by an
// interrupted export, or truncated since, fails instead of importing part of a map. A folder
// without a manifest (a dataset made by hand) is imported as it is (docs/security.md).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dataset/diagnostics.hpp"

namespace stakemap::dataset {

struct Manifest {
  std::string path;                                 ///< the manifest file
  std::vector<std::pair<std::string, long>> files;  ///< file name, data records
};

/// The manifest of folder `dir`, or nothing when it has none. Throws InputError (or
/// ValidationError with its position) when it is malformed.
std::optional<Manifest> read_manifest(const std::string& dir);

/// Reports an error for every file of `read` (path, records read) that the manifest does not
/// list or lists with another count, and for every listed dataset file that is missing.
void check_manifest(const Manifest& manifest, const std::vector<std::pair<std::string, long>>& read,
                    const std::vector<std::string>& dataset_files, Diagnostics& diags);

}  // namespace stakemap::dataset
