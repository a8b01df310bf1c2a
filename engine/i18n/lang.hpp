#pragma once
// The languages stakemap writes its own words in. The CLI parses --lang once into a Lang;
// the engine receives it typed.
#include <optional>
#include <string>
#include <string_view>

namespace stakemap::i18n {

/// A language of the message catalogue (models/messages.csv has one column per language).
enum class Lang { en, fr, nl };

/// The ISO 639-1 code: "en", "fr" or "nl" (also the language code of taxonomy labels).
std::string code(Lang lang);
/// The language of `code` ("en", "fr", "nl"); nullopt for any other code.
std::optional<Lang> parse_lang(std::string_view code);
/// "en, fr, nl": the codes accepted by parse_lang(), for error messages.
std::string lang_codes();

}  // namespace stakemap::i18n
