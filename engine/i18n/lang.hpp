#pragma once
// The language of an output. The CLI parses --lang once into a Lang; the engine receives it
// typed. Any ISO 639-1 code is a language: names and taxonomy labels are looked up in it; the
// interface (the message catalogue) has en, fr, nl and de, and is English for any other.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace stakemap::i18n {

/// A language: an ISO 639-1 code (two lowercase letters). Default English.
class Lang final {
 public:
  static const Lang en, fr, nl, de;
  /// The number of languages of the message catalogue (columns of models/messages.csv).
  static constexpr std::size_t interface_count = 4;

  constexpr Lang() = default;
  /// The code: "en", "fr", "ro"… (also the language of taxonomy labels and `name_<lang>`).
  std::string code() const { return {code_.data(), code_.size()}; }
  /// The column of the message catalogue this language's interface is written in: 0 en,
  /// 1 fr, 2 nl, 3 de; 0 (English) for a language the catalogue does not have.
  std::size_t interface_column() const;
  /// True when the catalogue has this language (en, fr, nl, de).
  bool has_interface() const { return *this == en || interface_column() != 0; }
  friend constexpr bool operator==(const Lang&, const Lang&) = default;

 private:
  friend std::optional<Lang> parse_lang(std::string_view code);
  constexpr Lang(char a, char b) : code_{a, b} {}
  std::array<char, 2> code_{'e', 'n'};
};

inline constexpr Lang Lang::en{'e', 'n'};
inline constexpr Lang Lang::fr{'f', 'r'};
inline constexpr Lang Lang::nl{'n', 'l'};
inline constexpr Lang Lang::de{'d', 'e'};

/// The ISO 639-1 code of `lang` ("en", "fr", "ro"…).
inline std::string code(Lang lang) { return lang.code(); }
/// The language of `code`: any two lowercase ASCII letters (ISO 639-1 form); nullopt for
/// anything else ("FR", "fra", "", "en ").
std::optional<Lang> parse_lang(std::string_view code);
/// "en, fr, nl, de": the languages of the interface, for help and error messages.
std::string lang_codes();

}  // namespace stakemap::i18n
