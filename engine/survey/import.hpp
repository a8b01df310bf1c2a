#pragma once
// `stakemap import FILE --kind survey`: a survey export becomes organisations (facets,
// attributes), flows (from the sharing questions) and raw answers, all in one transaction.
#include <iosfwd>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "store/store.hpp"
#include "survey/flow_builder.hpp"

namespace stakemap::survey {

struct ImportOptions {
  std::string questionnaire = Questionnaire::kDefault;  ///< built-in id or questionnaire file
  std::string mapping;                                  ///< mapping file ("" = none)
  bool dry_run = false;                                 ///< check everything, write nothing
  std::string command = "import --kind survey";
  /// Replace the survey: every stored answer to the questionnaire is deleted first. The map's
  /// organisations and flows stay, and are updated as by any survey import.
  bool replace = false;
  std::string author;  ///< recorded with the batch ("" = store::default_author())
  std::string note;
  std::string sheet;  ///< the sheet of an XLSX export ("" = its first sheet)
};

struct ImportReport {
  std::string questionnaire, file;
  long respondents = 0, orgs_created = 0, orgs_updated = 0, placeholders = 0, flows = 0, answers = 0;
  std::vector<UnmatchedPartner> unmatched;
  std::vector<Diagnostic> warnings;
};

/// Imports the responses in `path` (a CSV file, or a sheet of an XLSX workbook). Throws ValidationError listing every
/// error (an answer that is not an option, contradicts the skip logic, an unknown territory or code...) with
/// file:line:column; the map is then unchanged.
ImportReport import_responses(store::Store& store, const std::string& path, const ImportOptions& options);

/// Prints the import report: counts, then each partner name that matched nothing.
void print_report(std::ostream& out, const ImportReport& report, bool dry_run);

}  // namespace stakemap::survey
