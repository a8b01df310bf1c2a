#include "survey/columns.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <regex>
#include <set>

#include "core/text.hpp"
#include "io/csv_reader.hpp"
#include "survey/match.hpp"

namespace stakemap::survey {

Mapping read_mapping(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot read the mapping file");
  io::CsvReader csv(in, path);
  std::vector<std::string> cells;
  if (!csv.next(cells)) throw InputError(path + ": empty mapping file (expected a header `column,target`)");
  io::CsvHeader header(cells);
  int c = header.find("column"), t = header.find("target");
  if (c < 0 || t < 0) throw InputError(path + ":1: a mapping file has the columns `column,target`");
  Mapping m;
  while (csv.next(cells)) {
    auto get = [&](int i) {
      return i < static_cast<int>(cells.size()) ? std::string(text::trim(cells[static_cast<std::size_t>(i)])) : "";
    };
    if (get(c).empty()) throw InputError(csv.position(static_cast<std::size_t>(c)).str() + ": empty column name");
    if (!m.emplace(get(c), std::make_pair(get(t), csv.position(static_cast<std::size_t>(t)))).second)
      throw InputError(csv.position(static_cast<std::size_t>(c)).str() + ": column '" + get(c) + "' is mapped twice");
  }
  return m;
}

namespace {

using Kind = ColumnTarget::Kind;

ColumnTarget meta_column(const std::string& header) {
  std::string m = text::lower(header);
  while (!m.empty() && m[0] == '_') m.erase(0, 1);
  static const std::set<std::string> org{"org", "org_id", "organisation_id", "organization_id"};
  static const std::set<std::string> respondent{"respondent", "id",         "response id",     "responseid",   "uuid",
                                                "token",      "instanceid", "meta/instanceid", "respondent id"};
  static const std::set<std::string> language{"language", "lang", "startlanguage", "submission language"};
  static const std::set<std::string> prefill{"aliases", "kind", "level", "territories"};
  static const std::set<std::string> ignored{"submitdate",
                                             "lastpage",
                                             "startdate",
                                             "datestamp",
                                             "ipaddr",
                                             "refurl",
                                             "seed",
                                             "start",
                                             "end",
                                             "today",
                                             "deviceid",
                                             "submission_time",
                                             "validation_status",
                                             "notes",
                                             "status",
                                             "submitted_by",
                                             "version__",
                                             "version",
                                             "tags",
                                             "index",
                                             "meta/rootuuid",
                                             "formhub/uuid",
                                             "timestamp",
                                             "horodateur",
                                             "tijdstempel",
                                             "email address",
                                             "interviewtime",
                                             "date submitted",
                                             "last page",
                                             "start language"};
  ColumnTarget t;
  if (org.count(m)) t.meta = "org";
  else if (respondent.count(m)) t.meta = "respondent";
  else if (language.count(m)) t.meta = "language";
  else if (prefill.count(m)) t.meta = m;
  else if (ignored.count(m)) t.kind = Kind::ignore;
  if (!t.meta.empty()) t.kind = Kind::meta;
  return t;
}

bool id_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-'; }

// The question a header starts with: its index and the length of the id; -1 when none.
int leading_question(const Questionnaire& q, const std::string& h, std::size_t& len) {
  len = 0;
  while (len < h.size() && id_char(h[len])) ++len;
  for (std::size_t n = len; n > 0; --n) {  // "Q5." -> "Q5"
    std::string id = h.substr(0, n);
    int qi = q.find(id);
    if (qi < 0 && std::all_of(id.begin(), id.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      qi = q.find("Q" + id);
    if (qi >= 0) {
      len = n;
      return qi;
    }
    if (h[n - 1] != '.') break;
  }
  return -1;
}

// Applies one "[...]" or "/..." part: a scope, an option, or an option's text ("comment").
bool apply_part(const Questionnaire& q, ColumnTarget& t, const std::string& part, bool bracket) {
  const auto& qq = q.questions[static_cast<std::size_t>(t.question)];
  std::string lower = text::lower(part);
  bool option_first = qq.type == QuestionType::multiple || qq.type == QuestionType::likert;
  if (t.kind == Kind::value && bracket && lower == "comment") {
    t.kind = Kind::text;
    return true;
  }
  if (t.kind == Kind::value && bracket && lower.size() > 7 && lower.substr(lower.size() - 7) == "comment") {
    int o = match_option(qq, part.substr(0, part.size() - 7));
    if (o >= 0) {
      t.kind = Kind::text;
      t.option = o;
      return true;
    }
  }
  int scope = qq.scope(lower);
  if (scope < 0)
    for (std::size_t s = 0; s < qq.scopes.size() && qq.scopes.size() > 1; ++s)
      if (names(part, q.scope_label(qq.scopes[s]))) scope = static_cast<int>(s);
  int option = t.kind == Kind::value ? match_option(qq, part) : -1;
  if (scope >= 0 && (option < 0 || !option_first)) {
    t.scope = scope;
    return true;
  }
  if (option >= 0) {
    t.kind = Kind::option;
    t.option = option;
    return true;
  }
  return false;
}

// Q5, Q25:ukraine, Q5/medical, Q5[SQ001], Q5[other], Q5_other, group/Q5/medical.
bool resolve_codes(const Questionnaire& q, std::string h, ColumnTarget& t) {
  std::size_t len = 0;
  int qi = leading_question(q, h, len);
  while (qi < 0 && h.find('/') != std::string::npos) {
    h = h.substr(h.find('/') + 1);
    qi = leading_question(q, h, len);
  }
  if (qi < 0) return false;
  const auto& qq = q.questions[static_cast<std::size_t>(qi)];
  t.kind = Kind::value;
  t.question = qi;
  std::string rest = h.substr(len);
  while (!rest.empty()) {
    char c = rest[0];
    if (c == ':') {
      std::size_t end = rest.find_first_of("/[_", 1);
      std::string seg = rest.substr(1, end == std::string::npos ? std::string::npos : end - 1);
      t.scope = qq.scope(text::lower(seg));
      if (t.scope < 0) {
        t.why = qq.id + " has no answer column " + quoted(seg);
        return false;
      }
      rest = end == std::string::npos ? "" : rest.substr(end);
    } else if (c == '/') {
      std::size_t end = rest.find_first_of("/[", 1);
      std::string seg = rest.substr(1, end == std::string::npos ? std::string::npos : end - 1);
      if (!apply_part(q, t, seg, false)) {
        t.why = quoted(seg) + " is neither an option nor an answer column of " + qq.id;
        return false;
      }
      rest = end == std::string::npos ? "" : rest.substr(end);
    } else if (c == '[') {
      std::size_t end = rest.find(']');
      if (end == std::string::npos) return false;
      if (!apply_part(q, t, rest.substr(1, end - 1), true)) {
        t.why = quoted(rest.substr(1, end - 1)) + " is neither an option nor an answer column of " + qq.id;
        return false;
      }
      rest = rest.substr(end + 1);
    } else if (c == '_' && t.kind == Kind::value) {
      std::size_t end = rest.find_first_of("/[_", 1);
      int scope = qq.scope(text::lower(rest.substr(1, end == std::string::npos ? std::string::npos : end - 1)));
      int o = qq.option(text::lower(rest.substr(1)));
      if (scope >= 0 && !(o >= 0 && qq.options[static_cast<std::size_t>(o)].text)) {  // Kobo-style Q25_ukraine
        t.scope = scope;
        rest = end == std::string::npos ? "" : rest.substr(end);
        continue;
      }
      if (o < 0 || !qq.options[static_cast<std::size_t>(o)].text) {
        t.why = quoted(rest.substr(1)) + " is not an option of " + qq.id + " that takes a text";
        return false;
      }
      t.kind = Kind::text;
      t.option = o;
      rest.clear();
    } else {
      return false;
    }
  }
  return true;
}

// "5. Question text [Option]", "Question text [Scope][Option]", "Question label/Option label".
bool resolve_labels(const Questionnaire& q, std::string h, ColumnTarget& t) {
  std::vector<std::string> parts;
  while (!h.empty() && h.back() == ']') {
    std::size_t open = h.rfind('[');
    if (open == std::string::npos) return false;
    parts.insert(parts.begin(), std::string(text::trim(h.substr(open + 1, h.size() - open - 2))));
    h = std::string(text::trim(h.substr(0, open)));
  }
  int qi = -1;
  static const std::regex numbered("\\s*[Qq]?([0-9]+)\\s*[.):-]?\\s+.*");
  std::smatch m;
  if (std::regex_match(h, m, numbered)) qi = q.find("Q" + m[1].str());
  for (std::size_t i = 0; qi < 0 && i < q.questions.size(); ++i)
    if (names(h, q.questions[i].label)) qi = static_cast<int>(i);
  for (std::size_t slash = h.find('/'); qi < 0 && slash != std::string::npos; slash = h.find('/', slash + 1))
    for (std::size_t i = 0; qi < 0 && i < q.questions.size(); ++i)
      if (names(h.substr(0, slash), q.questions[i].label)) {
        qi = static_cast<int>(i);
        parts.insert(parts.begin(), h.substr(slash + 1));
      }
  if (qi < 0) return false;
  t.kind = Kind::value;
  t.question = qi;
  for (const auto& p : parts)
    if (!apply_part(q, t, p, true)) {
      t.why =
          quoted(p) + " is neither an option nor an answer column of " + q.questions[static_cast<std::size_t>(qi)].id;
      return false;
    }
  return true;
}

}  // namespace

ColumnTarget resolve_column(const Questionnaire& q, const std::string& header, const Mapping* mapping) {
  std::string h(text::trim(header));
  if (mapping) {
    auto it = mapping->find(h);
    if (it != mapping->end()) {
      if (text::lower(it->second.first) == "ignore") return {Kind::ignore, "", -1, 0, -1, ""};
      h = it->second.first;
    }
  }
  ColumnTarget t = meta_column(h);
  if (t.kind != Kind::unknown) return t;
  ColumnTarget codes;
  if (resolve_codes(q, h, codes)) return codes;
  ColumnTarget labels;
  if (resolve_labels(q, h, labels)) return labels;
  t.why = !codes.why.empty() ? codes.why : !labels.why.empty() ? labels.why : "no question has this code or label";
  return t;
}

std::string canonical_header(const Questionnaire& q, const ColumnTarget& t) {
  if (t.kind == Kind::meta) return t.meta;
  if (t.question < 0) return "";
  const auto& qq = q.questions[static_cast<std::size_t>(t.question)];
  std::string h = qq.id;
  if (qq.scopes.size() > 1) h += ":" + qq.scopes[static_cast<std::size_t>(t.scope)];
  if (t.kind == Kind::option) h += "/" + qq.options[static_cast<std::size_t>(t.option)].code;
  if (t.kind == Kind::text)
    h += t.option >= 0 ? "_" + qq.options[static_cast<std::size_t>(t.option)].code : "[comment]";
  return h;
}

}  // namespace stakemap::survey
