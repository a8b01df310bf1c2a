#include "i18n/lang.hpp"

namespace stakemap::i18n {

std::size_t Lang::interface_column() const {
  if (*this == fr) return 1;
  if (*this == nl) return 2;
  if (*this == de) return 3;
  return 0;
}

std::optional<Lang> parse_lang(std::string_view code) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  if (code.size() != 2 || !lower(code[0]) || !lower(code[1])) return std::nullopt;
  return Lang(code[0], code[1]);
}

std::string lang_codes() { return "en, fr, nl, de"; }

}  // namespace stakemap::i18n
