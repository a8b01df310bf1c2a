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
/// Terminal columns `s` takes: wide East-Asian/emoji 2, combining marks 0, others 1.
std::size_t display_width(std::string_view s);
/// Decodes one code point at `i`, advancing `i`; returns U+FFFD on invalid bytes.
char32_t decode_utf8(std::string_view s, std::size_t& i);
/// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);
/// Folds case and strips accents of Latin letters, for name matching ("Liège" -> "liege").
std::string fold(std::string_view s);
/// Wraps words onto lines of at most `width` code points (a longer word stays whole).
std::vector<std::string> wrap(std::string_view s, std::size_t width);

}  // namespace stakemap::text
