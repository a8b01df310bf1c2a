#pragma once
// What a dataset folder says its records are: provenance.csv (docs/dataset.md, "Provenance"),
// and the vocabulary they are written in: profile.csv (docs/profiles.md).
#include <string>

#include "io/record_source.hpp"

namespace stakemap::dataset {

/// The file's name in a dataset folder.
inline constexpr const char* kProvenanceFile = "provenance.csv";

/// The provenance the dataset folder `dir` declares in its `provenance.csv`: a header
/// `provenance` and one row, `synthetic` (invented records, e.g. calibrated on published
/// totals). Returns "" when the folder has no such file. Throws InputError naming file, line,
/// column and value for any other content.
std::string read_provenance(const std::string& dir);
/// The same, of a workbook's provenance sheet (XLSX import, dataset::import_workbook).
std::string read_provenance(io::RecordSource& sheet);

/// The file naming the profile a dataset folder is written for.
inline constexpr const char* kProfileFile = "profile.csv";
/// The file of the codes a dataset folder adds to its profile (models/taxonomy.csv's format).
inline constexpr const char* kTaxonomyFile = "taxonomy.csv";

/// The bundled profile the dataset folder `dir` declares in its `profile.csv` (a header
/// `profile` and one row, e.g. `generic`); "" when it has no such file. Throws InputError
/// naming file, line, column and value for any other content.
std::string read_profile(const std::string& dir);
/// The same, of a workbook's profile sheet.
std::string read_profile(io::RecordSource& sheet);

}  // namespace stakemap::dataset
