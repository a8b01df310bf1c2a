#include "survey/response.hpp"

#include <algorithm>

namespace stakemap::survey {

bool Answer::has(int option) const { return std::find(options.begin(), options.end(), option) != options.end(); }

void Answer::choose(int option) {
  if (!has(option)) options.push_back(option);
  given = true;
}

const Answer& Response::at(int question, int scope) const {
  static const Answer none;
  auto it = answers.find({question, scope});
  return it == answers.end() ? none : it->second;
}

Answer* Response::find(int question, int scope) {
  auto it = answers.find({question, scope});
  return it == answers.end() ? nullptr : &it->second;
}

namespace {

constexpr std::size_t kNode = 32;  // a tree node's own pointers and colour, besides its value

// Heap bytes of a string (none when it is short enough to live inside the object).
std::size_t heap(const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; }

std::size_t heap(const std::vector<std::string>& v) {
  std::size_t n = v.capacity() * sizeof(std::string);
  for (const auto& s : v) n += heap(s);
  return n;
}

}  // namespace

std::size_t Response::bytes() const {
  std::size_t n = sizeof(Response) + heap(respondent) + heap(org) + heap(org_at.file) + heap(language);
  for (const auto& [k, v] : prefill) n += kNode + sizeof(std::pair<const std::string, std::string>) + heap(k) + heap(v);
  for (const auto& [k, p] : prefill_at)
    n += kNode + sizeof(std::pair<const std::string, Position>) + heap(k) + heap(p.file);
  for (const auto& [key, a] : answers) {
    n += kNode + sizeof(std::pair<const std::pair<int, int>, Answer>) + a.options.capacity() * sizeof(int) +
         heap(a.text) + heap(a.items) + heap(a.resolved) + heap(a.where.file);
    for (const auto& [o, t] : a.texts) n += kNode + sizeof(std::pair<const int, std::string>) + heap(t);
    n += a.levels.size() * (kNode + sizeof(std::pair<const int, int>));
  }
  return n;
}

namespace {

// The answer column of `ref` that a clause evaluated in column `scope` of `q` looks at:
// the same column when `ref` has it, else `ref`'s first column.
int ref_scope(const Question& q, const Question& ref, int scope) {
  int s = ref.scope(q.scopes[static_cast<std::size_t>(scope)]);
  return s >= 0 ? s : 0;
}

Asked eval(const Questionnaire& qn, const Response& r, const Clause& c, const Question& q, int scope,
           const std::vector<std::vector<Asked>>& st) {
  const auto& ref = qn.questions[static_cast<std::size_t>(c.question)];
  int s = ref_scope(q, ref, scope);
  if (st[static_cast<std::size_t>(c.question)][static_cast<std::size_t>(s)] == Asked::no) return Asked::no;
  const auto& a = r.at(c.question, s);
  if (!a.given || a.options.empty()) return Asked::unknown;
  bool any = false;
  for (int v : c.values) any = any || a.has(v);
  return any != c.negate ? Asked::yes : Asked::no;
}

}  // namespace

std::vector<std::vector<Asked>> asked(const Questionnaire& qn, const Response& r) {
  std::vector<std::vector<Asked>> st(qn.questions.size());
  for (std::size_t qi = 0; qi < qn.questions.size(); ++qi) {
    const auto& q = qn.questions[qi];
    st[qi].assign(q.scopes.size(), Asked::yes);
    for (std::size_t s = 0; s < q.scopes.size(); ++s)
      for (const auto& c : q.asked_if[s]) {
        Asked v = eval(qn, r, c, q, static_cast<int>(s), st);
        if (v == Asked::no) {
          st[qi][s] = Asked::no;
          break;
        }
        if (v == Asked::unknown) st[qi][s] = Asked::unknown;
      }
  }
  return st;
}

std::string why_not_asked(const Questionnaire& qn, const Response& r, int question, int scope,
                          const std::vector<std::vector<Asked>>& st) {
  const auto& q = qn.questions[static_cast<std::size_t>(question)];
  for (const auto& c : q.asked_if[static_cast<std::size_t>(scope)]) {
    if (eval(qn, r, c, q, scope, st) != Asked::no) continue;
    const auto& ref = qn.questions[static_cast<std::size_t>(c.question)];
    int s = ref_scope(q, ref, scope);
    std::string col = ref.scopes.size() > 1 ? " [" + ref.scopes[static_cast<std::size_t>(s)] + "]" : "";
    if (st[static_cast<std::size_t>(c.question)][static_cast<std::size_t>(s)] == Asked::no)
      return ref.id + col + " was not asked either";
    std::string got;
    for (int o : r.at(c.question, s).options)
      got += (got.empty() ? "" : "|") + ref.options[static_cast<std::size_t>(o)].code;
    return ref.id + col + " = " + got;
  }
  return "skip logic";
}

}  // namespace stakemap::survey
