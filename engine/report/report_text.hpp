#pragma once
// The report's own words in English, French and Dutch. Data (names, labels) comes from the
// map and the taxonomy; only the report's fixed text lives here.
#include <string>

namespace stakemap::report {

/// The text of `key` in `lang` (en, fr, nl); English when a translation is missing; the key
/// itself when unknown. `{1}`, `{2}`, ... in the text are placeholders for fill().
const std::string& report_text(const std::string& key, const std::string& lang);
/// Replaces {1}, {2}, ... in `pattern` with the arguments, in order.
std::string fill(std::string pattern, const std::initializer_list<std::string>& args);

}  // namespace stakemap::report
