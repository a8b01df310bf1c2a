#pragma once
// ISO 639-1 two-letter language codes: any of them is a valid `language` code (docs/taxonomy.md).
#include <string_view>

namespace stakemap::model {

/// True when `code` is one of the 184 ISO 639-1 codes (lower case: "ro", "uk", "ru"). O(log n).
bool is_iso639_1(std::string_view code);

}  // namespace stakemap::model
