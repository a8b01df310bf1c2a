#pragma once
// Why a result is empty, in plain language (messages empty.*): printed by the CLI and the
// report instead of a bare header.
#include <cstddef>
#include <string>

#include "i18n/lang.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// Why the needs comparison shows no row (`rows` = rows shown): the map has no needs, or every
/// need is met. Empty when `rows` > 0.
std::string why_no_needs(const model::Map& map, std::size_t rows, i18n::Lang lang);
/// Why no link is recommended: no organisation lists its publics, or no unlinked pair shares a
/// territory, a domain and a public. Empty when `rows` > 0.
std::string why_no_recommended(const model::Map& map, std::size_t rows, i18n::Lang lang);
/// Why no flow is listed as blocked or desired. Empty when `rows` > 0.
std::string why_no_blocked(std::size_t rows, i18n::Lang lang);

}  // namespace stakemap::analysis
