#pragma once
// The fixed words of maps (titles, legend headings, line meanings) in English, French and
// Dutch. Codes of the taxonomy (levels, kinds, obstacles...) take their labels from the
// taxonomy instead.
#include <string>
#include <vector>

namespace stakemap::render {

/// The text of `key` in `lang` (en, fr, nl; English when the language is unknown).
/// Throws std::logic_error for an unknown key (a programming error).
std::string ui_text(const std::string& key, const std::string& lang);

/// `pattern` with each "{}" replaced by the next of `args`, in order.
std::string fill_in(const std::string& pattern, const std::vector<std::string>& args);

}  // namespace stakemap::render
