#pragma once
// Matching what respondents and survey tools write against option codes and labels.
#include <string>
#include <string_view>
#include <vector>

#include "survey/questionnaire.hpp"

namespace stakemap::survey {

/// Normal form for comparing texts: accents and case folded (text::fold), every run of
/// characters other than letters and digits turned into one space, trimmed.
/// "Lack of trust between actors: reluctance…" and "lack of trust between actors reluctance" match.
std::string norm(std::string_view s);
/// True when `token` names `label` in any of its languages (compared in normal form).
bool names(std::string_view token, const Labels& label);

/// The option of `q` that `token` names, among its levels (`levels` true) or its other options:
/// the code (exact or in normal form), a label in en/fr/nl, a survey tool's positional code
/// (LimeSurvey SQ001/A1/AO01: the n-th option), Y/N for yes/no options, or for levels a bare
/// number 1..n. Returns -1 when nothing matches.
int match_option(const Question& q, std::string_view token, bool levels = false);

/// The options of `q` that can be named, in order: its levels, or its other options.
std::vector<int> candidates(const Question& q, bool levels);

}  // namespace stakemap::survey
