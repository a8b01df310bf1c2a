#include "analysis/empty_reasons.hpp"

#include <algorithm>

#include "i18n/messages.hpp"

namespace stakemap::analysis {

std::string why_no_needs(const model::Map& map, std::size_t rows, i18n::Lang lang) {
  if (rows > 0) return {};
  return i18n::text(map.needs.empty() ? "empty.needs.none" : "empty.needs.met", lang);
}

std::string why_no_recommended(const model::Map& map, std::size_t rows, i18n::Lang lang) {
  if (rows > 0) return {};
  bool publics = std::any_of(map.organisations.begin(), map.organisations.end(),
                             [](const model::Organisation& o) { return !o.publics.empty(); });
  return i18n::text(publics ? "empty.recommended.none" : "empty.recommended.publics", lang);
}

std::string why_no_blocked(std::size_t rows, i18n::Lang lang) {
  return rows > 0 ? std::string() : i18n::text("empty.blocked", lang);
}

}  // namespace stakemap::analysis
