#pragma once
// What a dataset folder says its records are: provenance.csv (docs/dataset.md, "Provenance").
#include <string>

namespace stakemap::dataset {

/// The file's name in a dataset folder.
inline constexpr const char* kProvenanceFile = "provenance.csv";

/// The provenance the dataset folder `dir` declares in its `provenance.csv`: a header
/// `provenance` and one row, `synthetic` (invented records, e.g. calibrated on published
/// totals). Returns "" when the folder has no such file. Throws InputError naming file, line,
/// column and value for any other content.
std::string read_provenance(const std::string& dir);

}  // namespace stakemap::dataset
