#pragma once
// The one import of dataset files that import_dataset, import_files and import_workbook share
// (inside the dataset module only).
#include <string>
#include <utility>
#include <vector>

#include "dataset/columns.hpp"
#include "dataset/importer.hpp"
#include "dataset/manifest.hpp"
#include "dataset/vocabulary.hpp"
#include "io/xlsx_reader.hpp"

namespace stakemap::dataset {

/// Imports `files` (kind, path) in dependency order with the codes of `vocabulary`, checking
/// the folder's `manifest` (when not null) before anything is written. With `book`, each path
/// names a sheet of that workbook.
ImportReport import_checked(store::Store& store, std::vector<std::pair<FileKind, std::string>> files,
                            const ImportOptions& options, const Manifest* manifest, const ImportVocabulary& vocabulary,
                            const io::XlsxWorkbook* book = nullptr);

}  // namespace stakemap::dataset
