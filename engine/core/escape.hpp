#pragma once
// Escaping for every output format. Untrusted text (names, notes) goes through these
// and nowhere else.
#include <string>
#include <string_view>

namespace stakemap::escape {

/// A JSON string literal with quotes; control characters as \uXXXX, valid UTF-8 kept.
std::string json(std::string_view s);
/// Text for XML/HTML content or attribute values: & < > " ' escaped; control characters
/// that XML 1.0 forbids (all C0 but tab/LF/CR, and invalid UTF-8) replaced by U+FFFD.
std::string xml(std::string_view s);
/// Text for an XML/HTML attribute value written in single quotes ('...'): as xml() but '"' and
/// '>' are kept (legal there), so a value full of double quotes (a page's JSON) keeps each as
/// one byte instead of six.
std::string xml_single_quoted(std::string_view s);
/// A DOT double-quoted string body (without the quotes) that shows `s` literally:
/// backslash doubled (no \N, \G, \l escapes survive), quote escaped, newline as \n,
/// other control characters dropped.
std::string dot(std::string_view s);
/// Longest piece of a DOT quoted string that dot_quoted writes, in bytes: well under the
/// 16384 bytes that Graphviz's scanner takes in one quoted string.
inline constexpr std::size_t dot_piece_max = 8192;
/// A whole DOT quoted string showing `s` literally (the body is dot(s)): one "..." when the
/// body fits in `piece_max` bytes, else "..." + "..." pieces of at most `piece_max` bytes each
/// (DOT joins quoted strings with +), never cut inside an escape (\\, \", \n) or a UTF-8
/// sequence. Precondition: piece_max >= 4 (the longest UTF-8 sequence). Linear time.
std::string dot_quoted(std::string_view s, std::size_t piece_max = dot_piece_max);
/// One CSV cell of text from the data: prefixed with ' when formula_guard_needed, so
/// spreadsheets never run it; quoted when it holds the separator, " or line breaks.
std::string csv_text(std::string_view s, char sep = ',');
/// True when `s` is a plain decimal number: optional sign, digits with an optional '.' part,
/// optional exponent (`-5`, `+1.5`, `-2e-3`); no spaces, no thousands separators.
bool plain_number(std::string_view s);
/// True when a spreadsheet could run `s` as a formula: it starts with = + - @, tab or CR and
/// is not a plain_number (`-5` is left alone, `-5+A1` and `+32 2 555 01 23` are not), or it
/// starts with ' followed by such a text (so that the guard itself round-trips).
bool formula_guard_needed(std::string_view s);
/// Undoes csv_text's guard: drops one leading ' when the rest needs the guard.
std::string unguard(std::string_view s);
/// One CSV cell written as is (no formula guard), quoted when needed.
std::string csv_raw(std::string_view s, char sep = ',');

/// Text for a terminal (diagnostics that quote the input, CSV printed on a TTY): C0 controls
/// but line feed and tab, DEL and invalid bytes as \xNN, C1 controls and bidi overrides as
/// \uNNNN, so that no escape sequence in the data reaches the terminal.
std::string terminal(std::string_view s);

}  // namespace stakemap::escape
