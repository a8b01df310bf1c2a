#include "i18n/lang.hpp"

namespace stakemap::i18n {

std::string code(Lang lang) {
  switch (lang) {
    case Lang::fr: return "fr";
    case Lang::nl: return "nl";
    case Lang::en: break;
  }
  return "en";
}

std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "en") return Lang::en;
  if (code == "fr") return Lang::fr;
  if (code == "nl") return Lang::nl;
  return std::nullopt;
}

std::string lang_codes() { return "en, fr, nl"; }

}  // namespace stakemap::i18n
