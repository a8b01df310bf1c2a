#pragma once
// The message catalogue: every sentence stakemap writes in its own words, in English, French,
// Dutch and German, kept as data in models/messages.csv (embedded at build time; docs/messages.md).
// One placeholder syntax, fmt's named fields: "{count} flows". A message quoting a count has
// two ids, `ID.one` and `ID.other`, chosen by the language's plural rule.
#include <array>
#include <concepts>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/lang.hpp"

namespace stakemap::i18n {

/// One named argument: `{name}` in the message is replaced by `value`.
struct Arg {
  Arg(std::string n, std::string v) : name(std::move(n)), value(std::move(v)) {}
  Arg(std::string n, const char* v) : name(std::move(n)), value(v) {}
  template <std::integral T>
  Arg(std::string n, T v) : name(std::move(n)), value(std::to_string(v)) {}
  std::string name;
  std::string value;
};
using Args = std::vector<Arg>;

/// One entry of the catalogue: its id and its text in en, fr, nl, de (indexed by
/// Lang::interface_column()).
struct Message {
  std::string id;
  std::array<std::string, Lang::interface_count> text;
  /// The text in `lang`'s interface language; English when that text is empty or the
  /// catalogue does not have the language.
  const std::string& in(Lang lang) const;
};

/// The plural category of a count: `one` (en, nl, de: 1; fr: 0 and 1) or `other`.
enum class PluralForm { one, other };
/// The plural category of `n` in `lang`'s interface language (English's rule for a language
/// the catalogue does not have, whose messages are English).
PluralForm plural_form(long long n, Lang lang);

/// Message `id` in `lang` with `args` filled in. Throws std::logic_error when the id is not
/// in the catalogue or the text names a placeholder missing from `args` (programming errors).
std::string text(std::string_view id, Lang lang, const Args& args = {});
/// Message `ID.one` or `ID.other`, chosen by plural_form(count, lang), with `{count}` and
/// `args` filled in. Throws like text().
std::string plural(std::string_view id, long long count, Lang lang, Args args = {});
/// `items` as a list in words: "a", "a and b", "a, b and c"; with `shown` > 0 and more items,
/// the first `shown` and "and N more" (message list.more).
std::string list(const std::vector<std::string>& items, Lang lang, std::size_t shown = 0);

/// Every message, in the order of models/messages.csv. Parsed once; throws std::logic_error
/// when the file is malformed (a wrong header, a repeated id).
const std::vector<Message>& messages();
/// The placeholder names of `text`, in order of appearance ("{count} of {total}" gives
/// count, total); a doubled brace "{{" is a literal brace.
std::vector<std::string> placeholders(std::string_view text);

}  // namespace stakemap::i18n
