#include "render/labels.hpp"

#include <map>

#include "core/escape.hpp"
#include "core/text.hpp"
#include "i18n/lang.hpp"

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

std::vector<std::string> label_lines(const model::Organisation& org, LabelMode mode, int wrap, i18n::Lang lang) {
  if (mode == LabelMode::id) return {without_controls(org.id)};
  auto width = static_cast<std::size_t>(wrap < 4 ? 4 : wrap);
  auto lines = text::wrap(without_controls(org.name_in(i18n::code(lang))), width);
  if (mode == LabelMode::short_name && lines.size() > 1) {
    lines.resize(1);
    lines[0] += "\u2026";
  }
  return lines;
}

namespace {

// The one-line short label of `org` before disambiguation (see node_labels): its name in
// `lang` when that language has one of its own and it fits, else its first alias that fits.
std::string short_line(const model::Organisation& org, std::size_t width, i18n::Lang lang) {
  const auto& name = org.name_in(i18n::code(lang));
  if (&name != &org.name && text::code_points(without_controls(name)) <= width) return without_controls(name);
  for (const auto& alias : org.aliases) {
    const auto clean = without_controls(alias);
    std::string a(text::trim(clean));
    if (!a.empty() && text::code_points(a) <= width) return a;
  }
  auto lines = text::wrap(without_controls(name), width);
  if (lines.empty()) return "";
  return lines.size() == 1 ? lines[0] : lines[0] + "\u2026";
}

// The words of the name of `org` in `lang`.
std::vector<std::string> name_words(const model::Organisation& org, i18n::Lang lang) {
  return text::wrap(without_controls(org.name_in(i18n::code(lang))), 1);  // one word a line
}

// The second line that tells apart organisations sharing a short label, by `pass`: 0, the last
// words of the name that fit on a line of `width`, after the words their names share;
// 1, their first territory's name; 2, their id.
std::string second_line(const model::Map& map, const model::Organisation& org, std::size_t shared_words,
                        std::size_t width, i18n::Lang lang, int pass) {
  if (pass == 0) {
    auto words = name_words(org, lang);
    if (shared_words >= words.size()) return "";
    // The last words that fit on a line: what differs is most often at the end of a name
    // ("... city in Antwerp province", "... for social security").
    std::string tail = words.back();
    for (std::size_t i = words.size() - 1; i > shared_words; --i) {
      auto longer = words[i - 1] + " " + tail;
      if (text::code_points(longer) > width) break;
      tail = std::move(longer);
    }
    return "\u2026" + tail;
  }
  if (pass == 1 && !org.territories.empty()) {
    int t = map.territory_index(org.territories.front());
    if (t >= 0) return without_controls(map.territories[t].name_in(i18n::code(lang)));
  }
  return without_controls(org.id);
}

// The members of each group of equal labels (groups of one left out).
std::vector<std::vector<std::size_t>> shared_groups(const std::vector<std::vector<std::string>>& labels) {
  std::map<std::vector<std::string>, std::vector<std::size_t>> by_label;
  for (std::size_t i = 0; i < labels.size(); ++i) by_label[labels[i]].push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [label, members] : by_label)
    if (members.size() > 1) out.push_back(std::move(members));
  return out;
}

// How many leading words the names of `orgs` (indexes `group` into it) all share.
std::size_t shared_prefix(const model::Map& map, const std::vector<int>& orgs, const std::vector<std::size_t>& group,
                          i18n::Lang lang) {
  auto first = name_words(map.organisations[orgs[group.front()]], lang);
  std::size_t k = first.size();
  for (std::size_t i : group) {
    auto words = name_words(map.organisations[orgs[i]], lang);
    std::size_t j = 0;
    while (j < k && j < words.size() && words[j] == first[j]) ++j;
    k = j;
  }
  return k;
}

}  // namespace

std::vector<std::vector<std::string>> node_labels(const model::Map& map, const std::vector<int>& orgs, LabelMode mode,
                                                  int wrap, i18n::Lang lang) {
  std::vector<std::vector<std::string>> labels;
  if (mode != LabelMode::short_name) {
    for (int o : orgs) labels.push_back(label_lines(map.organisations[o], mode, wrap, lang));
    return labels;
  }
  auto width = static_cast<std::size_t>(wrap < 4 ? 4 : wrap);
  for (int o : orgs) labels.push_back({short_line(map.organisations[o], width, lang)});
  for (int pass = 0; pass < 3; ++pass) {
    for (const auto& group : shared_groups(labels)) {
      std::size_t shared = pass == 0 ? shared_prefix(map, orgs, group, lang) : 0;
      for (std::size_t i : group) {
        labels[i].resize(1);
        auto second = second_line(map, map.organisations[orgs[i]], shared, width, lang, pass);
        if (!second.empty()) labels[i].push_back(std::move(second));
      }
    }
  }
  return labels;
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
