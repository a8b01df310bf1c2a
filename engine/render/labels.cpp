#include "render/labels.hpp"

#include "core/escape.hpp"
#include "core/text.hpp"

namespace stakemap::render {

std::string without_controls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = text::decode_utf8(s, i);
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xFFFE || cp == 0xFFFF) out += ' ';
    else out.append(s.substr(start, i - start));
  }
  return out;
}

std::vector<std::string> label_lines(const model::Organisation& org, LabelMode mode, int wrap) {
  if (mode == LabelMode::id) return {without_controls(org.id)};
  auto width = static_cast<std::size_t>(wrap < 4 ? 4 : wrap);
  auto lines = text::wrap(without_controls(org.name), width);
  if (mode == LabelMode::short_name && lines.size() > 1) {
    lines.resize(1);
    lines[0] += "\u2026";
  }
  return lines;
}

std::string graphviz_text(std::string_view s) {
  // escape::dot gives the body of a DOT string: every backslash starts a two-character
  // escape (\\, \", \n). cgraph keeps \\ and \n as they are in memory but turns \" into ",
  // so only that pair is undone. Graphviz decodes HTML entities in plain labels too
  // ("&amp;" shows "&"), so every '&' is written as "&amp;".
  std::string kept;  // U+FFFE and U+FFFF are not allowed in XML: they would break the SVG
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = text::decode_utf8(s, i);
    if (cp != 0xFFFE && cp != 0xFFFF) kept.append(s.substr(start, i - start));
  }
  std::string escaped = escape::dot(kept);
  std::string out;
  out.reserve(escaped.size());
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] == '&') {
      out += "&amp;";
    } else if (escaped[i] == '\\' && i + 1 < escaped.size()) {
      if (escaped[i + 1] != '"') out += '\\';
      out += escaped[++i];
    } else {
      out += escaped[i];
    }
  }
  return out;
}

std::string graphviz_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out += "\\n";
    out += graphviz_text(lines[i]);
  }
  return out;
}

std::string html_text(std::string_view s) {
  std::string doubled;
  doubled.reserve(s.size());
  for (char c : s) {
    if (c == '\\') doubled += '\\';
    doubled += c;
  }
  return escape::xml(doubled);
}

}  // namespace stakemap::render
