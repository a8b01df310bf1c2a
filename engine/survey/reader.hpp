#pragma once
// Reading a survey export (CSV, ',' or ';', BOM, CRLF; or a sheet of an XLSX export) into Responses, checking every
// answer against the option lists and the skip logic.
#include <istream>
#include <string>
#include <vector>

#include "dataset/diagnostics.hpp"
#include "io/record_source.hpp"
#include "survey/columns.hpp"
#include "survey/response.hpp"

namespace stakemap::survey {

/// The respondents of one file, and what its columns were read as.
struct ResponseFile {
  std::vector<Response> responses;
  std::vector<std::pair<std::string, ColumnTarget>> columns;  ///< header -> target, in file order
};

/// Reads the records of `csv` (a CSV file, or a sheet of a Kobo XLSX export). Every problem goes to `diags` with
/// file:line:column: a value that is not an option, two answers to a single question, an
/// answer to a question the skip logic did not ask, a duplicate column. Columns that match
/// no question are reported as warnings and ignored.
ResponseFile read_responses(io::RecordSource& csv, const Questionnaire& q, const Mapping* mapping,
                            dataset::Diagnostics& diags);
/// The same, of the CSV text `in` named `file` in messages.
ResponseFile read_responses(std::istream& in, const std::string& file, const Questionnaire& q, const Mapping* mapping,
                            dataset::Diagnostics& diags);

/// Reports, as errors, the answers of `r` to questions its skip logic did not ask.
void check_skip_logic(const Questionnaire& q, const Response& r, dataset::Diagnostics& diags);

}  // namespace stakemap::survey
