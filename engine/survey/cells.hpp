#pragma once
// Reading one cell of a survey export into an Answer. Each function returns "" on success,
// else the problem (the caller adds the position).
#include <string>

#include "survey/questionnaire.hpp"
#include "survey/response.hpp"

namespace stakemap::survey {

/// A cell holding the whole answer of `q`:
/// - single/scale: one option (code, label, positional code), or "label: text" for an option
///   that takes a text, or "-oth-" (LimeSurvey) for the other option;
/// - multiple: options joined by ';', '|', a line break, ',' or spaces (labels holding the
///   separator are recognised whole);
/// - likert: "row=level" pairs joined by ';' or '|';
/// - partners: items joined by ';', '|' or line breaks (options are recognised, the rest kept);
/// - open: the text.
std::string parse_value(const Question& q, const std::string& cell, Answer& a);

/// A cell of a column for one option `o` (Likert: one row): 1/Y/yes/true/x or the option's
/// code/label = chosen; 0/N/no/false or empty = not chosen (`explicit_no` set for the former);
/// for an option that takes a text, any other value is its text. Likert: the level.
std::string parse_option_cell(const Question& q, int o, const std::string& cell, Answer& a, bool& explicit_no);

/// Codes of the options a cell may name, for messages: "yes, no".
std::string allowed_codes(const Question& q, bool levels = false);

/// Checks an answer once all its cells are read: one option for single/scale, exclusive
/// options alone, texts only on options that take one (a text chooses its option; text
/// option -1, from a `[comment]` column, goes to the option chosen).
std::string finish_answer(const Question& q, Answer& a);

}  // namespace stakemap::survey
