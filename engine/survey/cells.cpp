#include "survey/cells.hpp"

#include "core/text.hpp"
#include "survey/match.hpp"

namespace stakemap::survey {

std::string allowed_codes(const Question& q, bool levels) {
  std::string s;
  for (int i : candidates(q, levels)) s += (s.empty() ? "" : ", ") + q.options[static_cast<std::size_t>(i)].code;
  return s;
}

namespace {

// "label: text" where the label names an option that takes a text; -1 when not of that form.
int option_with_text(const Question& q, const std::string& token, std::string& text_out) {
  for (std::size_t colon = token.find(':'); colon != std::string::npos; colon = token.find(':', colon + 1)) {
    int o = match_option(q, token.substr(0, colon));
    if (o >= 0 && q.options[static_cast<std::size_t>(o)].text) {
      text_out = std::string(text::trim(token.substr(colon + 1)));
      return o;
    }
  }
  return -1;
}

// One option named by `token`, with its text; false when the token names none.
bool take_one(const Question& q, const std::string& token, Answer& a) {
  int o = match_option(q, token);
  if (o < 0 && text::trim(token) == "-oth-") o = q.other_option();
  if (o >= 0) {
    a.choose(o);
    return true;
  }
  std::string t;
  o = option_with_text(q, token, t);
  if (o < 0) return false;
  a.choose(o);
  if (!t.empty()) a.texts[o] = t;
  return true;
}

char separator_of(const std::string& cell) {
  for (char c : {';', '|', '\n', ','})
    if (cell.find(c) != std::string::npos) return c;
  return ' ';
}

std::vector<std::string> split_keep(const std::string& cell, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : cell) {
    if (c == sep || (sep == '\n' && c == '\r')) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

// Multiple choice: the longest run of tokens that names an option wins, so labels that hold
// the separator ("Lack of trust between actors: reluctance to share info, etc.") are read whole.
std::string parse_multiple(const Question& q, const std::string& cell, Answer& a) {
  char sep = separator_of(cell);
  auto tokens = split_keep(cell, sep);
  std::string unknown;
  for (std::size_t i = 0; i < tokens.size();) {
    if (text::trim(tokens[i]).empty()) {
      ++i;
      continue;
    }
    bool hit = false;
    for (std::size_t j = tokens.size(); j > i && !hit; --j) {
      std::string joined;
      for (std::size_t k = i; k < j; ++k) joined += (k > i ? std::string(1, sep) : "") + tokens[k];
      if (take_one(q, joined, a)) {
        hit = true;
        i = j;
      }
    }
    if (!hit) unknown += (unknown.empty() ? "" : ", ") + quoted(std::string(text::trim(tokens[i++])));
  }
  if (!unknown.empty())
    return q.id + ": " + unknown + (unknown.find(',') == std::string::npos ? " is not an option" : " are not options") +
           " (allowed: " + allowed_codes(q) + (q.other_option() >= 0 ? "; give other answers as 'other: TEXT'" : "") +
           ")";
  return "";
}

std::string parse_likert(const Question& q, const std::string& cell, Answer& a) {
  for (const auto& pair : text::split_list(cell, separator_of(cell) == '|' ? '|' : ';')) {
    std::size_t eq = pair.find('=');
    if (eq == std::string::npos) eq = pair.rfind(':');
    if (eq == std::string::npos) return q.id + ": " + quoted(pair) + " is not a 'row=level' pair";
    int row = match_option(q, pair.substr(0, eq));
    if (row < 0) return q.id + ": " + quoted(pair.substr(0, eq)) + " is not a row (allowed: " + allowed_codes(q) + ")";
    bool no = false;
    if (auto problem = parse_option_cell(q, row, pair.substr(eq + 1), a, no); !problem.empty()) return problem;
  }
  return "";
}

bool truthy(const std::string& v) {
  static const char* yes[] = {"1", "y", "yes", "true", "x", "selected", "checked", "oui", "ja"};
  for (const char* y : yes)
    if (v == y) return true;
  return false;
}
bool falsy(const std::string& v) {
  static const char* no[] = {"0", "n", "no", "false", "non", "nee", "not selected"};
  for (const char* n : no)
    if (v == n) return true;
  return false;
}

}  // namespace

std::string parse_value(const Question& q, const std::string& raw, Answer& a) {
  std::string cell(text::trim(raw));
  if (cell.empty()) return "";
  switch (q.type) {
    case QuestionType::open:
      a.text = cell;
      a.given = true;
      return "";
    case QuestionType::partners:
      a.given = true;
      for (const auto& item : text::split_list(cell, separator_of(cell) == '|'    ? '|'
                                                     : separator_of(cell) == '\n' ? '\n'
                                                                                  : ';'))
        if (!take_one(q, item, a)) a.items.push_back(std::string(text::trim(item)));
      return "";
    case QuestionType::multiple: return parse_multiple(q, cell, a);
    case QuestionType::likert: return parse_likert(q, cell, a);
    case QuestionType::single:
    case QuestionType::scale:
      if (take_one(q, cell, a)) return "";
      return q.id + ": " + quoted(cell) + " is not an option (allowed: " + allowed_codes(q) + ")";
  }
  return "";
}

std::string parse_option_cell(const Question& q, int o, const std::string& raw, Answer& a, bool& explicit_no) {
  std::string cell(text::trim(raw)), v = text::lower(cell);
  explicit_no = false;
  if (cell.empty()) return "";
  const auto& opt = q.options[static_cast<std::size_t>(o)];
  if (q.type == QuestionType::likert) {
    int level = match_option(q, cell, true);
    if (level < 0)
      return q.id + " [" + opt.code + "]: " + quoted(cell) + " is not a level (allowed: " + allowed_codes(q, true) +
             ")";
    a.levels[o] = level;
    a.choose(o);
    return "";
  }
  if (falsy(v)) {
    explicit_no = true;
    return "";
  }
  if (truthy(v) || match_option(q, cell) == o) {
    a.choose(o);
    return "";
  }
  if (!opt.text) return q.id + " [" + opt.code + "]: " + quoted(cell) + " is neither 1/0 nor Y/N";
  a.choose(o);
  a.texts[o] = cell;
  return "";
}

std::string finish_answer(const Question& q, Answer& a) {
  if (auto it = a.texts.find(-1); it != a.texts.end()) {
    std::string t = it->second;
    a.texts.erase(it);
    if (a.options.size() != 1)
      return q.id + ": a comment is given but " + std::to_string(a.options.size()) + " options are chosen";
    a.texts[a.options[0]] = t;
  }
  for (const auto& [o, t] : a.texts) {
    const auto& opt = q.options[static_cast<std::size_t>(o)];
    if (!opt.text) return q.id + ": option '" + opt.code + "' takes no text, but " + quoted(t) + " is given";
    a.choose(o);
  }
  if ((q.type == QuestionType::single || q.type == QuestionType::scale) && a.options.size() > 1) {
    std::string got;
    for (int o : a.options) got += (got.empty() ? "" : ", ") + q.options[static_cast<std::size_t>(o)].code;
    return q.id + " takes one answer, but " + std::to_string(a.options.size()) + " are given (" + got + ")";
  }
  for (int o : a.options)
    if (q.options[static_cast<std::size_t>(o)].exclusive && a.options.size() > 1)
      return q.id + ": '" + q.options[static_cast<std::size_t>(o)].code + "' cannot be combined with other options";
  return "";
}

}  // namespace stakemap::survey
