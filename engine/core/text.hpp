#pragma once
// Small text helpers shared by every module: splitting multi-values, UTF-8 checks, widths.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stakemap::text {

/// Splits on `sep`, trims each part, drops empty parts ("a| b||c" -> a, b, c).
std::vector<std::string> split_list(std::string_view s, char sep = '|');
/// Joins with `sep`.
std::string join(const std::vector<std::string>& parts, std::string_view sep = "|");
/// Removes ASCII whitespace at both ends.
std::string_view trim(std::string_view s);
/// ASCII lower-case copy.
std::string lower(std::string_view s);

/// Byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid UTF-8
/// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t invalid_utf8_at(std::string_view s);
/// Number of code points in valid UTF-8 (counts bytes of invalid sequences one each).
std::size_t code_points(std::string_view s);
/// Terminal columns `s` takes, by utf8proc's character widths: wide East-Asian/emoji 2,
/// combining marks, control and format characters 0, others 1. O(n).
std::size_t display_width(std::string_view s);
/// Decodes one code point at `i`, advancing `i`; returns U+FFFD on invalid bytes.
char32_t decode_utf8(std::string_view s, std::size_t& i);
/// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);
/// The form names are matched in (core/unicode.cpp, by utf8proc): Unicode case folding and
/// compatibility decomposition ("Straße" -> "strasse", "ﬁ" -> "fi"), ignorable characters
/// (soft hyphen, zero-width, bidi controls) dropped, accents stripped from Latin and Greek
/// letters ("Națională" -> "nationala", "Αθήνα" -> "αθηνα"), Latin letters without a
/// decomposition spelled out ("Œ" -> "oe", "Ł" -> "l", "Æ" -> "ae"), Cyrillic letters kept with
/// their marks ("Київ" -> "київ", "й" stays) except Russian "ё" -> "е". Invalid bytes become U+FFFD.
std::string fold(std::string_view s);
/// True for a code point that belongs to a word: a letter, a digit or a combining mark
/// (Unicode categories L*, N*, M*).
bool is_word_char(char32_t cp);
/// An id made from a name: `fold(s)`, words of letters and digits (any script, never dropped)
/// joined by '-', at most `max_code_points` code points and never ending in '-';
/// empty when `s` has no letter or digit ("Asociația Obștească" -> "asociatia-obsteasca",
/// "Примэрия Бэлць" -> "примэрия-бэлць").
std::string slug(std::string_view s, std::size_t max_code_points = 60);
/// The start of `s` for a message: at most `max_code_points` code points, then "…" when
/// `s` is longer (never cuts a UTF-8 sequence).
std::string excerpt(std::string_view s, std::size_t max_code_points = 40);
/// Wraps words onto lines of at most `width` code points (a longer word stays whole).
std::vector<std::string> wrap(std::string_view s, std::size_t width);

}  // namespace stakemap::text
