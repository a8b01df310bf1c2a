#pragma once
// Per-question survey statistics, as in the report's Annex II: for each question and answer
// column, how many respondents chose each option, over the right base.
#include <iosfwd>
#include <string>
#include <vector>

#include "core/table.hpp"
#include "survey/response.hpp"

namespace stakemap::survey {

/// One option (Likert: one row at one level) of one question in one answer column.
struct SummaryRow {
  std::string
      option;  ///< option code; Likert "row|level"; open "answered"; partners also "partner:CODE", "organisation"
  std::string label;    ///< in the language asked for; Likert "row label | level label"
  long long count = 0;  ///< respondents who chose it
};

/// A question in one answer column.
struct QuestionSummary {
  int question = -1;
  std::string scope;
  long long asked = 0;     ///< respondents the skip logic put the question to
  long long answered = 0;  ///< of those, respondents who answered
  long long base = 0;      ///< what percentages are over: `answered`; for open questions `asked`
  std::vector<SummaryRow> rows;
  struct Text {
    std::string option, org, respondent, text;
  };
  std::vector<Text> texts;  ///< "please specify" texts, open answers, partner names as written
};

struct SummaryOptions {
  std::vector<std::string> questions;  ///< ids to summarise (empty = all)
  std::string scope;                   ///< only this answer column ("" = all)
  std::string lang = "en";
};

/// Summarises `responses`. Bases follow the skip logic: a respondent counts in the base of a
/// question when it was asked (not skipped) and answered it. Multiple choice: percent of
/// respondents (a respondent counts once per option). Throws UsageError for an unknown
/// question id or answer column.
std::vector<QuestionSummary> summarise(const Questionnaire& q, const std::vector<Response>& responses,
                                       const SummaryOptions& options);

/// One record per option: question,scope,option,label,count,base,percent.
Table summary_records(const Questionnaire& q, const std::vector<QuestionSummary>& summaries);

/// The Annex-II view: one table per question (answer columns side by side, Likert matrices
/// as rows x levels), its base, and the texts given under "other".
void print_annex(std::ostream& out, const Questionnaire& q, const std::vector<QuestionSummary>& summaries,
                 long long respondents, const std::string& lang);

}  // namespace stakemap::survey
