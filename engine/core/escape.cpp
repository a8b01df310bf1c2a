#include "core/escape.hpp"

#include <cstdio>

#include "core/text.hpp"

namespace stakemap::escape {

std::string json(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = text::decode_utf8(s, i);
    switch (cp) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (cp < 0x20 || cp == 0x2028 || cp == 0x2029 || cp == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
          out += buf;
        } else if (cp == 0xFFFD && !(i - start == 3)) {
          out += "\\ufffd";  // invalid byte
        } else {
          out.append(s.substr(start, i - start));
        }
    }
  }
  return out + "\"";
}

namespace {
// xml() and xml_single_quoted(): `quotes` says whether '"' and '>' are escaped too.
std::string markup(std::string_view s, bool quotes) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = text::decode_utf8(s, i);
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += quotes ? "&gt;" : ">"; break;
      case '"': out += quotes ? "&quot;" : "\""; break;
      case '\'': out += "&#39;"; break;
      default:
        bool bad = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF ||
                   (cp == 0xFFFD && i - start != 3);
        if (bad) out += "\xEF\xBF\xBD";
        else out.append(s.substr(start, i - start));
    }
  }
  return out;
}
}  // namespace

std::string xml(std::string_view s) { return markup(s, true); }

std::string xml_single_quoted(std::string_view s) { return markup(s, false); }

std::string dot(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = text::decode_utf8(s, i);
    if (cp == '\\') out += "\\\\";
    else if (cp == '"') out += "\\\"";
    else if (cp == '\n') out += "\\n";
    else if (cp < 0x20 || cp == 0x7F || (cp == 0xFFFD && i - start != 3)) continue;
    else out.append(s.substr(start, i - start));
  }
  return out;
}

std::string dot_quoted(std::string_view s, std::size_t piece_max) {
  std::string body = dot(s);
  std::string out(1, '"');
  out.reserve(body.size() + 2 + body.size() / piece_max * 6);
  std::size_t piece = 0;  // bytes of body in the current piece
  for (std::size_t i = 0; i < body.size();) {
    // One unit that must stay whole: an escape (dot() writes only two-byte ones), or a
    // character with its continuation bytes.
    std::size_t n = body[i] == '\\' ? 2 : 1;
    if (n == 1)
      while (i + n < body.size() && (static_cast<unsigned char>(body[i + n]) & 0xC0) == 0x80) ++n;
    if (piece + n > piece_max && piece > 0) {
      out += "\" +\n\"";
      piece = 0;
    }
    out.append(body, i, n);
    piece += n;
    i += n;
  }
  return out += '"';
}

namespace {
std::string quote_if_needed(std::string cell, char sep) {
  if (cell.find_first_of(std::string("\"\r\n") + sep) == std::string::npos) return cell;
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}
}  // namespace

bool plain_number(std::string_view s) {
  std::size_t i = 0, n = s.size();
  auto digits = [&] {
    std::size_t start = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') ++i;
    return i - start;
  };
  if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t whole = digits(), fraction = 0;
  if (i < n && s[i] == '.') {
    ++i;
    fraction = digits();
  }
  if (whole + fraction == 0) return false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    if (digits() == 0) return false;
  }
  return i == n;
}

bool formula_guard_needed(std::string_view s) {
  if (s.empty() || plain_number(s)) return false;
  char c = s[0];
  if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return true;
  return c == '\'' && formula_guard_needed(s.substr(1));
}

std::string csv_text(std::string_view s, char sep) {
  std::string cell(s);
  if (formula_guard_needed(cell)) cell.insert(cell.begin(), '\'');
  return quote_if_needed(std::move(cell), sep);
}

std::string unguard(std::string_view s) {
  if (!s.empty() && s[0] == '\'' && formula_guard_needed(s.substr(1))) s.remove_prefix(1);
  return std::string(s);
}

std::string csv_raw(std::string_view s, char sep) { return quote_if_needed(std::string(s), sep); }

std::string terminal(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char buf[12];
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = text::decode_utf8(s, i);
    bool invalid = cp == 0xFFFD && i - start != 3;
    if (invalid || cp == 0x7F || (cp < 0x20 && cp != '\n' && cp != '\t')) {
      for (std::size_t k = start; k < i; ++k) {
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(static_cast<unsigned char>(s[k])));
        out += buf;
      }
    } else if ((cp >= 0x80 && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
      out += buf;
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace stakemap::escape
