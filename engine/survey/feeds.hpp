#pragma once
// What a question's `feeds` column means: which part of the map its answers change.
#include <string>

#include "survey/questionnaire.hpp"

namespace stakemap::survey {

/// The model field a question feeds.
struct Feed {
  enum class Kind {
    none,         ///< raw answer only (kept in survey_answer)
    name,         ///< the organisation's name (open question)
    codes,        ///< a multi-valued organisation facet (languages, domains, publics, services, obstacles)
    code,         ///< a single-valued organisation field (support_role, focal_point, willing_to_share)
    territories,  ///< the organisation's territories (option feeds are territory ids)
    attribute,    ///< an organisation attribute named `column` (Likert: `column.<row feed>`)
    flows,        ///< flows from the respondent to the partners named, with basis `basis`
    regularity    ///< regularity of the voluntary flows of the same answer column
  };
  Kind kind = Kind::none;
  std::string column;  ///< organisations.csv column or attribute name
  std::string facet;   ///< taxonomy facet the option feeds must belong to ("" = any)
  std::string basis;   ///< flows: mandatory, voluntary or on-request
};

/// Reads a `feeds` cell; returns an empty string on success, else what is wrong.
std::string parse_feed(const std::string& feeds, Feed& out);
/// Checks that question `q` can feed `f` (type and option feeds); returns "" or the problem.
std::string check_feed(const Question& q, const Feed& f, const Option** bad_option);
/// The feed of `q` (parsed again; the questionnaire was validated when loaded).
Feed feed_of(const Question& q);

}  // namespace stakemap::survey
