// Case folding, accent stripping, slugs and widths through utf8proc (Unicode tables from a
// library, not written by hand here).
#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "core/text.hpp"

namespace stakemap::text {

namespace {

// `s` as valid UTF-8: each invalid byte becomes U+FFFD (utf8proc rejects invalid input).
std::string valid(std::string_view s) {
  if (invalid_utf8_at(s) == std::string_view::npos) return std::string(s);
  std::string out;
  for (std::size_t i = 0; i < s.size();) append_utf8(out, decode_utf8(s, i));
  return out;
}

// `s` (valid UTF-8, NULs included) transformed by utf8proc_map with `options`.
std::string mapped(const std::string& s, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()), &out,
                   static_cast<utf8proc_option_t>(options));
  if (n < 0) return s;  // cannot happen on valid UTF-8 but for memory; matching then sees the text unchanged
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

// `s` case-folded in compatibility decomposition (NFKD), ignorable characters dropped.
std::string folded_nfkd(const std::string& s) {
  return mapped(s, UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
}

// Latin letters that Unicode does not decompose into a base letter and a mark, spelled out
// in ASCII (after case folding, so lower-case only); nullptr for any other code point.
const char* spelled_out(char32_t c) {
  switch (c) {
    case 0x00E6: return "ae";  // æ
    case 0x00F0: return "d";   // ð
    case 0x00F8: return "o";   // ø
    case 0x00FE: return "th";  // þ
    case 0x0111: return "d";   // đ
    case 0x0127: return "h";   // ħ
    case 0x0131: return "i";   // ı (dotless i)
    case 0x0138: return "k";   // ĸ
    case 0x0142: return "l";   // ł
    case 0x014B: return "n";   // ŋ
    case 0x0153: return "oe";  // œ
    case 0x0167: return "t";   // ŧ
    case 0x0180: return "b";   // ƀ
    case 0x0188: return "c";   // ƈ
    case 0x0192: return "f";   // ƒ
    case 0x0199: return "k";   // ƙ
    case 0x019A: return "l";   // ƚ
    case 0x01B6: return "z";   // ƶ
    case 0x0225: return "z";   // ȥ
    case 0x0247: return "e";   // ɇ
    default: return nullptr;
  }
}

// Scripts whose accents are stripped for matching: Latin (with IPA) and Greek, whose capitals
// are written without accents ("ΑΘΗΝΑ" and "Αθήνα").
bool strips_marks(char32_t base) { return base < 0x0400 || (base >= 0x1E00 && base <= 0x1FFF); }

bool is_mark(char32_t c) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
}

// Recomposes the marks kept (Cyrillic "и" + breve -> "й"): NFC.
std::string nfc(const std::string& s) { return mapped(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE); }

}  // namespace

std::string fold(std::string_view s) {
  std::string d = folded_nfkd(valid(s)), out;
  out.reserve(d.size());
  char32_t base = 0;
  bool kept_mark = false;
  for (std::size_t i = 0; i < d.size();) {
    char32_t c = decode_utf8(d, i);
    if (is_mark(c)) {
      bool russian_yo = base == 0x0435 && c == 0x0308;  // ё -> е, as Russian is commonly written
      if (strips_marks(base) || russian_yo) continue;
      append_utf8(out, c);
      kept_mark = true;
      continue;
    }
    base = c;
    if (const char* latin = spelled_out(c)) out += latin;
    else append_utf8(out, c);
  }
  return kept_mark ? nfc(out) : out;
}

bool is_word_char(char32_t cp) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);  // L*, M*, N*
}

std::string slug(std::string_view s, std::size_t max_code_points) {
  std::string f = fold(s), out;
  std::size_t points = 0;
  bool gap = false;
  for (std::size_t i = 0; i < f.size() && points < max_code_points;) {
    char32_t c = decode_utf8(f, i);
    if (!is_word_char(c)) {
      gap = !out.empty();
      continue;
    }
    if (gap) {
      if (points + 1 >= max_code_points) break;
      out += '-';
      ++points;
      gap = false;
    }
    append_utf8(out, c);
    ++points;
  }
  return out;
}

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    int cw = utf8proc_charwidth(static_cast<utf8proc_int32_t>(decode_utf8(s, i)));
    w += cw > 0 ? static_cast<std::size_t>(cw) : 0;
  }
  return w;
}

}  // namespace stakemap::text
