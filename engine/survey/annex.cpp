// print_annex: the terminal view of `stakemap survey summary`.
#include <cmath>
#include <cstdio>
#include <ostream>

#include "core/table.hpp"
#include "survey/summary.hpp"

namespace stakemap::survey {

namespace {

double percent(long long count, long long base) {
  return base > 0 ? 100.0 * static_cast<double>(count) / static_cast<double>(base) : 0.0;
}

std::string one_decimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string bar(double pct) {
  std::string s;
  for (long i = 0; i < std::lround(pct / 5.0); ++i) s += "\u2588";
  return s;
}

std::string base_text(const QuestionSummary& qs) {
  std::string s = "base " + std::to_string(qs.base);
  if (qs.base == qs.answered && qs.asked != qs.answered)
    s += " (asked " + std::to_string(qs.asked) + ", " + std::to_string(qs.asked - qs.answered) + " no answer)";
  return s;
}

// The summaries of question `qi` (one per answer column) from `from` on.
std::vector<const QuestionSummary*> columns_of(const std::vector<QuestionSummary>& all, std::size_t& i) {
  std::vector<const QuestionSummary*> out;
  int qi = all[i].question;
  while (i < all.size() && all[i].question == qi) out.push_back(&all[i++]);
  return out;
}

Table choice_table(const std::vector<const QuestionSummary*>& cols) {
  Table t;
  t.columns = {"option", "label"};
  for (const auto* c : cols) {
    t.columns.push_back(cols.size() > 1 ? c->scope : "count");
    t.columns.push_back(cols.size() > 1 ? c->scope + " %" : "%");
  }
  if (cols.size() == 1) t.columns.push_back("");
  for (std::size_t r = 0; r < cols[0]->rows.size(); ++r) {
    std::vector<Cell> row{cols[0]->rows[r].option, cols[0]->rows[r].label};
    for (const auto* c : cols) {
      row.push_back(c->rows[r].count);
      row.push_back(one_decimal(percent(c->rows[r].count, c->base)));
    }
    if (cols.size() == 1) row.push_back(bar(percent(cols[0]->rows[r].count, cols[0]->base)));
    t.add(std::move(row));
  }
  return t;
}

Table likert_table(const Questionnaire& q, const QuestionSummary& qs, const std::string& lang) {
  const auto& qq = q.questions[static_cast<std::size_t>(qs.question)];
  Table t;
  t.columns = {"row", "label"};
  auto levels = qq.levels();
  for (int l : levels) t.columns.push_back(qq.options[static_cast<std::size_t>(l)].label.in(lang));
  std::size_t k = 0;
  for (int r : qq.rows()) {
    std::vector<Cell> row{qq.options[static_cast<std::size_t>(r)].code,
                          qq.options[static_cast<std::size_t>(r)].label.in(lang)};
    for (std::size_t l = 0; l < levels.size(); ++l, ++k) {
      long long n = qs.rows[k].count;
      row.push_back(std::to_string(n) + " (" + one_decimal(percent(n, qs.base)) + "%)");
    }
    t.add(std::move(row));
  }
  return t;
}

}  // namespace

void print_annex(std::ostream& out, const Questionnaire& q, const std::vector<QuestionSummary>& all,
                 long long respondents, const std::string& lang) {
  out << q.title.in(lang) << "\n" << respondents << " respondents\n";
  for (std::size_t i = 0; i < all.size();) {
    auto cols = columns_of(all, i);
    const auto& qq = q.questions[static_cast<std::size_t>(cols[0]->question)];
    std::string bases;
    for (const auto* c : cols)
      bases += (bases.empty() ? "" : "; ") + (cols.size() > 1 ? c->scope + ": " : "") + base_text(*c);
    out << "\n" << qq.id << " (" << type_name(qq.type) << ") " << qq.label.in(lang) << "\n" << bases << "\n";
    if (qq.type == QuestionType::open) {
      for (const auto* c : cols)
        out << (cols.size() > 1 ? c->scope + ": " : "") << "answered by " << c->answered << " of the " << c->asked
            << " respondents asked (" << one_decimal(percent(c->answered, c->asked)) << "%)\n";
      continue;
    }
    if (qq.type == QuestionType::likert)
      for (const auto* c : cols) print_table(out, likert_table(q, *c, lang));
    else print_table(out, choice_table(cols));
    Table texts;
    texts.columns = {"scope", "option", "org", "text"};
    int other = qq.other_option();
    for (const auto* c : cols)
      for (const auto& t : c->texts) {
        bool is_other = other >= 0 && t.option == qq.options[static_cast<std::size_t>(other)].code;
        bool unmatched = t.option == "unmatched" || t.option == "reason" || t.option == "unresolved";
        if (is_other || unmatched) texts.add({c->scope, t.option, t.org, t.text});
      }
    if (texts.rows.empty()) continue;
    out << "\"other\" answers (all texts: stakemap survey texts " << qq.id << "):\n";
    print_table(out, texts);
  }
}

}  // namespace stakemap::survey
