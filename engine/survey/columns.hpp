#pragma once
// Which question (answer column, option) a column of a survey export holds, from its
// header: codes (Q5, Q25:ukraine, Q5/medical, Q5[SQ001], Q5_other, Q5[other]) or labels
// (LimeSurvey "Question text [Option text]", Kobo "Question label/Option label"), or as a
// mapping file says. See docs/questionnaires.md, "Response files".
#include <map>
#include <string>

#include "core/errors.hpp"
#include "survey/questionnaire.hpp"

namespace stakemap::survey {

/// What one column of a responses file holds.
struct ColumnTarget {
  enum class Kind {
    unknown,  ///< nothing recognised (reported, then ignored)
    ignore,   ///< a survey tool's metadata (submit date, ...) or mapped to `ignore`
    meta,     ///< respondent, org, language, or a prefilled organisation column
    value,    ///< the answer of a question (one column per question)
    option,   ///< one option (one column per option: 1/0, Y, ...) or one Likert row
    text      ///< the "please specify" text of an option (option -1: of the option chosen)
  };
  Kind kind = Kind::unknown;
  std::string meta;  ///< respondent, org, language, aliases, kind, level, territories
  int question = -1, scope = 0, option = -1;
  std::string why;  ///< for unknown: what did not match
};

/// Column header -> canonical target text ("Q25:ukraine", "Q5/medical", "org", "ignore").
/// Read from a mapping file: CSV with columns `column,target`.
using Mapping = std::map<std::string, std::pair<std::string, Position>>;
/// Reads a mapping file; throws InputError on a malformed file.
Mapping read_mapping(const std::string& path);

/// Resolves one header (after applying `mapping`, when given).
ColumnTarget resolve_column(const Questionnaire& q, const std::string& header, const Mapping* mapping = nullptr);

/// The canonical header of a target, e.g. "Q25:ukraine", "Q5/medical", "Q5_other".
std::string canonical_header(const Questionnaire& q, const ColumnTarget& t);

}  // namespace stakemap::survey
