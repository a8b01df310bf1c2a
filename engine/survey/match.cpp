#include "survey/match.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

namespace stakemap::survey {

std::string norm(std::string_view s) {
  std::string f = text::fold(s), out;
  bool space = false;
  for (std::size_t i = 0; i < f.size();) {
    std::size_t start = i;
    if (!text::is_word_char(text::decode_utf8(f, i))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    out.append(f, start, i - start);
    space = false;
  }
  return out;
}

std::string quoted(std::string_view s) {
  std::string out = "'";
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = text::decode_utf8(s, i);
    if (cp < 0x20 || cp == 0x7F) text::append_utf8(out, cp == 0x7F ? 0x2421 : 0x2400 + cp);
    else out.append(s.substr(start, i - start));
  }
  return out + "'";
}

bool names(std::string_view token, const Labels& label) {
  std::string t = norm(token);
  if (t.empty()) return false;
  return t == norm(label.en) || (!label.fr.empty() && t == norm(label.fr)) ||
         (!label.nl.empty() && t == norm(label.nl));
}

std::vector<int> candidates(const Question& q, bool levels) { return levels ? q.levels() : q.rows(); }

namespace {
// "SQ001", "A1", "AO01" -> 1-based position; 0 when `t` is not such a code.
int positional(const std::string& t) {
  std::size_t i = 0;
  std::string u = text::lower(t);
  if (u.rfind("sq", 0) == 0 || u.rfind("ao", 0) == 0) i = 2;
  else if (u.rfind('a', 0) == 0) i = 1;
  else return 0;
  if (i >= u.size() || u.size() - i > 4) return 0;
  int n = 0;
  for (; i < u.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(u[i]))) return 0;
    n = n * 10 + (u[i] - '0');
  }
  return n;
}
}  // namespace

int match_option(const Question& q, std::string_view token, bool levels) {
  std::string t(text::trim(token));
  if (t.empty()) return -1;
  auto list = candidates(q, levels);
  std::string lower = text::lower(t), n = norm(t);
  for (int i : list)
    if (q.options[static_cast<std::size_t>(i)].code == lower) return i;
  for (int i : list) {  // normal forms of the code and labels, computed when the questionnaire was read
    const auto& forms = q.options[static_cast<std::size_t>(i)].forms;
    if (!n.empty() && std::find(forms.begin(), forms.end(), n) != forms.end()) return i;
  }
  if (lower == "y" || lower == "n") {
    for (int i : list)
      if (q.options[static_cast<std::size_t>(i)].code == (lower == "y" ? "yes" : "no")) return i;
  }
  if (int p = positional(t); p >= 1 && p <= static_cast<int>(list.size())) return list[static_cast<std::size_t>(p - 1)];
  if (levels && t.size() <= 2 && std::isdigit(static_cast<unsigned char>(t[0])) &&
      (t.size() == 1 || std::isdigit(static_cast<unsigned char>(t[1])))) {
    int p = std::stoi(t);
    if (p >= 1 && p <= static_cast<int>(list.size())) return list[static_cast<std::size_t>(p - 1)];
  }
  return -1;
}

}  // namespace stakemap::survey
