#include "survey/questionnaire_rules.hpp"

#include <regex>
#include <set>

#include "core/text.hpp"
#include "model/taxonomy.hpp"
#include "survey/feeds.hpp"
#include "survey/match.hpp"

namespace stakemap::survey {

namespace {

const std::regex& question_id_re() {
  static const std::regex re("[A-Za-z][A-Za-z0-9.-]*");
  return re;
}
const std::regex& code_re() {
  static const std::regex re("[a-z0-9]+([-_][a-z0-9]+)*");
  return re;
}

std::vector<std::string> words(const std::string& s) {
  std::string t = s;
  for (char& c : t)
    if (c == '|' || c == ',') c = ' ';
  return text::split_list(t, ' ');
}

bool parse_type(const std::string& s, QuestionType& t) {
  for (auto c : {QuestionType::open, QuestionType::single, QuestionType::multiple, QuestionType::scale,
                 QuestionType::likert, QuestionType::partners})
    if (s == type_name(c)) {
      t = c;
      return true;
    }
  return false;
}

}  // namespace

int RuleChecker::question_index(const std::string& id) const {
  auto it = q_.by_id_.find(text::lower(id));
  return it == q_.by_id_.end() ? -1 : it->second;
}

void RuleChecker::add(const std::string& question, const std::string& option, const std::string& section,
                      const std::string& type, const std::string& scopes, const std::string& asked_if,
                      const std::string& feeds, const std::string& flags, const Labels& labels,
                      const RowPositions& at) {
  if (question.empty()) {
    diags_.error(at.question, "empty 'question' cell (a question id, or *title, *section, *scope, *partner)");
    return;
  }
  if (question == "*title") {
    q_.title = labels;
  } else if (question == "*section" || question == "*scope") {
    if (option.empty()) diags_.error(at.option, question + " row without a code in column 'option'");
    auto& list = question == "*section" ? q_.sections : q_.scopes;
    list.push_back({option, labels});
    if (question == "*section") section_codes_.insert(option);
  } else if (question == "*partner") {
    add_partner(option, feeds, labels, at);
  } else if (question[0] == '*') {
    diags_.error(at.question, "unknown row kind '" + question + "' (allowed: *title, *section, *scope, *partner)");
  } else if (option.empty()) {
    add_question(question, section, type, scopes, feeds, flags, labels, at);
    asked_if_.push_back(asked_if);
  } else {
    add_option(question, option, feeds, flags, labels, at);
  }
}

void RuleChecker::add_question(const std::string& id, const std::string& section, const std::string& type,
                               const std::string& scopes, const std::string& feeds, const std::string& flags,
                               const Labels& labels, const RowPositions& at) {
  Question q;
  q.id = id;
  q.section = section;
  q.label = labels;
  q.feeds = feeds;
  q.line = at.question.line;
  if (!std::regex_match(id, question_id_re()))
    diags_.error(at.question,
                 "question id '" + id + "' must start with a letter and hold only letters, digits, '.' and '-'");
  if (!q_.by_id_.emplace(text::lower(id), static_cast<int>(q_.questions.size())).second)
    diags_.error(at.question, "question '" + id + "' is defined twice");
  if (!parse_type(type, q.type))
    diags_.error(at.type,
                 "unknown question type '" + type + "' (allowed: open, single, multiple, scale, likert, partners)");
  if (labels.en.empty()) diags_.error(at.label, "question '" + id + "' has no label_en");
  if (!scopes.empty()) q.scopes = words(scopes);
  std::set<std::string> seen;
  for (const auto& s : q.scopes)
    if (!std::regex_match(s, code_re()) || !seen.insert(s).second)
      diags_.error(at.scopes, "bad or repeated answer column (scope) '" + s + "'");
  for (const auto& f : words(flags)) {
    if (f == "required") q.required = true;
    else diags_.error(at.flags, "unknown question flag '" + f + "' (allowed: required)");
  }
  if (!section.empty() && !q_.sections.empty() && !section_codes_.count(section))
    diags_.error(at.question, "section '" + section + "' has no *section row");
  q_.questions.push_back(std::move(q));
  option_index_.emplace_back();
  question_at_.push_back(at);
}

void RuleChecker::add_option(const std::string& question, const std::string& code, const std::string& feeds,
                             const std::string& flags, const Labels& labels, const RowPositions& at) {
  int qi = question_index(question);
  if (qi < 0) {
    diags_.error(at.question, "option '" + code + "' of question '" + question +
                                  "', which is not defined above (a question row comes before its options)");
    return;
  }
  auto& q = q_.questions[static_cast<std::size_t>(qi)];
  Option o;
  o.code = code;
  o.label = labels;
  o.feeds = feeds;
  o.line = at.option.line;
  if (!std::regex_match(code, code_re()))
    diags_.error(at.option, "option code '" + code + "' must be lower-case letters and digits joined by '-' or '_'");
  if (!option_index_[static_cast<std::size_t>(qi)].emplace(code, static_cast<int>(q.options.size())).second)
    diags_.error(at.option, "option '" + code + "' of " + q.id + " is defined twice");
  if (labels.en.empty()) diags_.error(at.label, "option '" + code + "' of " + q.id + " has no label_en");
  for (const auto& f : words(flags)) {
    if (f == "text") o.text = true;
    else if (f == "other") o.other = o.text = true;
    else if (f == "exclusive") o.exclusive = true;
    else if (f == "level") o.level = true;
    else diags_.error(at.flags, "unknown option flag '" + f + "' (allowed: text, other, exclusive, level)");
  }
  for (const auto* t : {&o.code, &o.label.en, &o.label.fr, &o.label.nl})
    if (!t->empty()) o.forms.push_back(norm(*t));
  q.options.push_back(std::move(o));
}

void RuleChecker::add_partner(const std::string& code, const std::string& feeds, const Labels& labels,
                              const RowPositions& at) {
  PartnerType p;
  p.code = code;
  p.label = labels;
  if (!std::regex_match(code, code_re()))
    diags_.error(at.option, "partner type code '" + code + "' must be lower-case letters and digits joined by '-'");
  if (labels.en.empty()) diags_.error(at.label, "partner type '" + code + "' has no label_en");
  const auto& tax = model::Taxonomy::builtin();
  for (const auto& kv : text::split_list(feeds, ' ')) {
    auto colon = kv.find(':');
    std::string key = kv.substr(0, colon), value = colon == std::string::npos ? "" : kv.substr(colon + 1);
    if ((key == "kind" || key == "level") && tax.has(key, value)) {
      (key == "kind" ? p.kind : p.level) = value;
    } else {
      diags_.error(at.feeds, "partner type feeds '" + kv + "': expected kind:CODE or level:CODE with taxonomy codes");
    }
  }
  q_.partner_types.push_back(std::move(p));
}

void RuleChecker::parse_condition(std::size_t qi) {
  auto& q = q_.questions[qi];
  const auto& at = question_at_[qi].asked_if;
  q.asked_if.assign(q.scopes.size(), {});
  q.asked_if_text = asked_if_[qi];
  static const std::regex scoped("\\s*([a-z0-9_-]+)\\s*:(.*)");
  static const std::regex clause_re("\\s*([A-Za-z][A-Za-z0-9.-]*)\\s*(!=|=)\\s*(.+?)\\s*");
  for (const auto& part : text::split_list(asked_if_[qi], ';')) {
    std::smatch m;
    std::string body = part;
    int only_scope = -1;
    if (std::regex_match(part, m, scoped)) {
      only_scope = q.scope(m[1]);
      if (only_scope < 0) {
        diags_.error(at,
                     q.id + ": asked_if names answer column '" + m[1].str() + "', which the question does not have");
        continue;
      }
      body = m[2];
    }
    for (const auto& text_clause : text::split_list(body, '&')) {
      std::smatch c;
      if (!std::regex_match(text_clause, c, clause_re)) {
        diags_.error(at, q.id + ": cannot read condition '" + text_clause + "' (expected e.g. Q8=yes or Q10!=none)");
        continue;
      }
      Clause clause;
      clause.question = question_index(c[1]);
      clause.negate = c[2] == "!=";
      if (clause.question < 0 || clause.question >= static_cast<int>(qi)) {
        diags_.error(at, q.id + ": condition refers to '" + c[1].str() + "', which is not a question defined above");
        continue;
      }
      const auto& ref = q_.questions[static_cast<std::size_t>(clause.question)];
      if (!ref.choice()) diags_.error(at, q.id + ": condition on " + ref.id + ", which is not a choice question");
      const auto& options = option_index_[static_cast<std::size_t>(clause.question)];
      for (const auto& v : text::split_list(c[3].str(), '|')) {
        auto found = options.find(v);
        int o = found == options.end() ? -1 : found->second;
        if (o < 0) diags_.error(at, q.id + ": condition value '" + v + "' is not an option of " + ref.id);
        else clause.values.push_back(o);
      }
      for (std::size_t s = 0; s < q.scopes.size(); ++s)
        if (only_scope < 0 || static_cast<int>(s) == only_scope) q.asked_if[s].push_back(clause);
    }
  }
}

void RuleChecker::check_question(std::size_t qi) {
  auto& q = q_.questions[qi];
  const auto& at = question_at_[qi];
  auto rows = q.rows(), levels = q.levels();
  if (q.type == QuestionType::open && !q.options.empty())
    diags_.error(at.question, q.id + ": an open question has no options");
  if (q.choice() && rows.empty())
    diags_.error(at.question, q.id + ": a " + type_name(q.type) + " question needs options");
  if (q.type == QuestionType::likert && (rows.empty() || levels.size() < 2))
    diags_.error(at.question, q.id + ": a likert question needs row options and at least two options flagged 'level'");
  if (q.type != QuestionType::likert && !levels.empty())
    diags_.error(at.question, q.id + ": only a likert question has options flagged 'level'");
  int others = 0;
  for (const auto& o : q.options) {
    others += o.other && !o.level;
    if (o.exclusive && q.type != QuestionType::multiple)
      diags_.error({at.question.file, o.line, 0},
                   q.id + ": option '" + o.code + "' is exclusive, which only a multiple question needs");
  }
  if (others > 1) diags_.error(at.question, q.id + ": more than one option flagged 'other'");
  Feed feed;
  if (auto problem = parse_feed(q.feeds, feed); !problem.empty()) {
    diags_.error(at.feeds, q.id + ": " + problem);
    return;
  }
  const Option* bad = nullptr;
  if (auto problem = check_feed(q, feed, &bad); !problem.empty())
    diags_.error(bad ? Position{at.question.file, bad->line, 0} : at.feeds, q.id + ": " + problem);
  if (feed.kind == Feed::Kind::flows && q.type == QuestionType::single) {
    bool has_text = false;
    for (const auto& o : q.options) has_text = has_text || o.text;
    if (!has_text)
      diags_.error(at.feeds, q.id + ": feeds flows but no option takes a text (flag 'text') naming the partners");
  }
}

void RuleChecker::finish() {
  for (std::size_t i = 0; i < q_.questions.size(); ++i) {
    parse_condition(i);
    check_question(i);
  }
  if (q_.questions.empty()) diags_.error({}, "the questionnaire has no question");
}

}  // namespace stakemap::survey
