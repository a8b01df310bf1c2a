#include "survey/summary.hpp"

#include <algorithm>
#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace stakemap::survey {

namespace {

void count_choices(const Question& qq, const Answer& a, QuestionSummary& qs, const std::string& lang) {
  if (qs.rows.empty())
    for (int o : qq.rows())
      qs.rows.push_back(
          {qq.options[static_cast<std::size_t>(o)].code, qq.options[static_cast<std::size_t>(o)].label.in(lang), 0});
  for (int o : a.options) {
    const auto& code = qq.options[static_cast<std::size_t>(o)].code;
    for (auto& row : qs.rows)
      if (row.option == code) ++row.count;
  }
}

void count_likert(const Question& qq, const Answer& a, QuestionSummary& qs, const std::string& lang) {
  if (qs.rows.empty())
    for (int r : qq.rows())
      for (int l : qq.levels()) {
        const auto& ro = qq.options[static_cast<std::size_t>(r)];
        const auto& lo = qq.options[static_cast<std::size_t>(l)];
        qs.rows.push_back({ro.code + "|" + lo.code, ro.label.in(lang) + " | " + lo.label.in(lang), 0});
      }
  for (const auto& [row, level] : a.levels) {
    std::string key =
        qq.options[static_cast<std::size_t>(row)].code + "|" + qq.options[static_cast<std::size_t>(level)].code;
    for (auto& r : qs.rows)
      if (r.option == key) ++r.count;
  }
}

void count_partners(const Questionnaire& q, const Question& qq, const Answer& a, QuestionSummary& qs,
                    const std::string& lang) {
  if (qs.rows.empty()) {
    count_choices(qq, Answer{}, qs, lang);
    qs.rows.push_back(
        {"organisation", Labels{"Organisations named", "Organisations nommées", "Genoemde organisaties"}.in(lang), 0});
    for (const auto& p : q.partner_types) qs.rows.push_back({"partner:" + p.code, p.label.in(lang), 0});
  }
  count_choices(qq, a, qs, lang);
  std::set<std::string> named;
  for (const auto& r : a.resolved) named.insert(r.rfind("org:", 0) == 0 ? "organisation" : r);
  for (auto& row : qs.rows)
    if (row.option.rfind("partner:", 0) == 0 || row.option == "organisation") row.count += named.count(row.option);
}

void collect_texts(const Question& qq, const Answer& a, const Response& r, QuestionSummary& qs) {
  for (const auto& [o, t] : a.texts)
    qs.texts.push_back({qq.options[static_cast<std::size_t>(o)].code, r.org, r.respondent, t});
  if (qq.type == QuestionType::open && !a.text.empty()) qs.texts.push_back({"", r.org, r.respondent, a.text});
  for (std::size_t k = 0; k < a.items.size(); ++k)
    qs.texts.push_back({k < a.resolved.size() ? a.resolved[k] : "", r.org, r.respondent, a.items[k]});
}

}  // namespace

std::vector<QuestionSummary> summarise(const Questionnaire& q, const std::vector<Response>& responses,
                                       const SummaryOptions& options) {
  std::vector<int> which;
  for (const auto& id : options.questions) {
    int qi = q.find(id);
    if (qi < 0)
      throw UsageError("questionnaire " + q.id + " has no question '" + id + "' (see `stakemap survey questions`)");
    which.push_back(qi);
  }
  if (which.empty())
    for (std::size_t i = 0; i < q.questions.size(); ++i) which.push_back(static_cast<int>(i));
  std::sort(which.begin(), which.end());
  which.erase(std::unique(which.begin(), which.end()), which.end());
  std::vector<std::vector<std::vector<Asked>>> status;
  for (const auto& r : responses) status.push_back(asked(q, r));
  std::vector<QuestionSummary> out;
  bool scope_found = options.scope.empty();
  for (int qi : which) {
    const auto& qq = q.questions[static_cast<std::size_t>(qi)];
    for (std::size_t s = 0; s < qq.scopes.size(); ++s) {
      if (!options.scope.empty() && qq.scopes[s] != options.scope) continue;
      scope_found = true;
      QuestionSummary qs;
      qs.question = qi;
      qs.scope = qq.scopes[s];
      if (qq.choice()) count_choices(qq, Answer{}, qs, options.lang);
      else if (qq.type == QuestionType::likert) count_likert(qq, Answer{}, qs, options.lang);
      else if (qq.type == QuestionType::partners) count_partners(q, qq, Answer{}, qs, options.lang);
      for (std::size_t k = 0; k < responses.size(); ++k) {
        if (status[k][static_cast<std::size_t>(qi)][s] == Asked::no) continue;
        ++qs.asked;
        const auto& a = responses[k].at(qi, static_cast<int>(s));
        if (!a.given) continue;
        ++qs.answered;
        if (qq.choice()) count_choices(qq, a, qs, options.lang);
        else if (qq.type == QuestionType::likert) count_likert(qq, a, qs, options.lang);
        else if (qq.type == QuestionType::partners) count_partners(q, qq, a, qs, options.lang);
        collect_texts(qq, a, responses[k], qs);
      }
      qs.base = qs.answered;
      if (qq.type == QuestionType::open) {
        qs.rows.push_back({"answered", "Answered", qs.answered});
        qs.base = qs.asked;
      }
      out.push_back(std::move(qs));
    }
  }
  if (!scope_found) throw UsageError("no question summarised has the answer column '" + options.scope + "'");
  return out;
}

Table summary_records(const Questionnaire& q, const std::vector<QuestionSummary>& summaries) {
  Table t;
  t.columns = {"question", "scope", "option", "label", "count", "base", "percent"};
  for (const auto& qs : summaries)
    for (const auto& r : qs.rows) {
      Cell pct;
      if (qs.base > 0) pct = 100.0 * static_cast<double>(r.count) / static_cast<double>(qs.base);
      t.add(
          {q.questions[static_cast<std::size_t>(qs.question)].id, qs.scope, r.option, r.label, r.count, qs.base, pct});
    }
  return t;
}

}  // namespace stakemap::survey
