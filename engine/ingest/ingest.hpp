#pragma once
// The one way into a map: `import_path` reads a dataset folder, one dataset file, a survey
// export or an interchange file (GraphML, GEXF, Kumu) and writes it in one transaction, all
// or nothing. `stakemap import` and `stakemap check` are this and a print.
#include <string>

#include "dataset/importer.hpp"
#include "ingest/source.hpp"
#include "store/store.hpp"
#include "survey/import.hpp"

namespace stakemap::ingest {

/// How to import, whatever the source.
struct ImportOptions {
  bool dry_run = false;            ///< check everything, write nothing
  bool replace = false;            ///< the map's content is replaced by the import instead of updated
  std::string command = "import";  ///< recorded with the batch in the change log
  std::string author;              ///< recorded with the batch ("" = store::default_author())
  std::string note;                ///< why (`--note`)
  std::string questionnaire = survey::Questionnaire::kDefault;  ///< survey: built-in id or questionnaire file
  std::string mapping;  ///< survey: CSV file `column,target` renaming export columns ("" = none)
  std::string sheet;    ///< survey: the sheet of an XLSX export ("" = its first sheet)
};

/// What an import did.
struct ImportReport {
  Source source = Source::dataset;  ///< what the path held
  /// Counts, warnings and attribute columns of a dataset or interchange import.
  dataset::ImportReport records;
  /// Respondents, organisations, flows, answers and unmatched partners (source survey).
  survey::ImportReport survey;
};

/// Imports `path`, holding `source` (see resolve()), into `store`. Throws ValidationError
/// listing every problem (file:line:column), or InputError for a file that cannot be read;
/// the map is then unchanged.
ImportReport import_path(store::Store& store, const std::string& path, Source source, const ImportOptions& options);
/// The same, with the kind of `path` as the user names it ("" = told from the path).
ImportReport import_path(store::Store& store, const std::string& path, const std::string& kind,
                         const ImportOptions& options);

/// Validates a dataset folder, or one file of a dataset, as a dry-run import into an empty
/// map (a file alone may only refer to the ids it defines). Throws InputError when `path`
/// does not exist, UsageError when it is neither, and ValidationError whose summary() is
/// "PATH: N errors, M warnings (listed above)".
dataset::ImportReport check_path(const std::string& path);

}  // namespace stakemap::ingest
