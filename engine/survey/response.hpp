#pragma once
// Survey answers in memory: one Response per respondent, one Answer per question and
// answer column (scope).
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "survey/questionnaire.hpp"

namespace stakemap::survey {

/// The answer of one respondent to one question in one answer column.
struct Answer {
  bool given = false;                 ///< anything was answered
  std::vector<int> options;           ///< chosen options (single/scale: at most one); Likert: rated rows
  std::map<int, std::string> texts;   ///< "please specify" texts by option
  std::map<int, int> levels;          ///< Likert: row option -> level option
  std::string text;                   ///< open question
  std::vector<std::string> items;     ///< partners: names and types given (options excluded)
  std::vector<std::string> resolved;  ///< partners: what each item became (org:ID, partner:CODE, unmatched)
  Position where;                     ///< first cell that gave it

  bool has(int option) const;
  void choose(int option);
};

/// One respondent. Only the answers given are held (about 300 bytes each, plus their text):
/// a respondent who answered one question costs well under 1 KiB, whatever the size of the
/// questionnaire (docs/security.md, "Limits").
struct Response {
  long line = 0;                 ///< line of the record in the responses file
  std::string respondent;        ///< respondent id (column `respondent`, `id`, `_uuid`, ...) or "" until assigned
  std::string org;               ///< organisation id (column `org`) or "" until assigned
  Position org_at;               ///< where column `org` gave it
  std::string language;          ///< language the respondent answered in (attribute survey_language)
  bool matched_by_name = false;  ///< its organisation was found by the name answered (name kept)
  std::map<std::string, std::string> prefill;  ///< organisation columns given (aliases, kind, level, territories)
  std::map<std::string, Position> prefill_at;
  std::map<std::pair<int, int>, Answer> answers;  ///< (question, scope) -> the answers given

  /// The answer to (question, scope); an empty one (not `given`) when there is none.
  const Answer& at(int question, int scope = 0) const;
  /// The answer to (question, scope), added empty when there is none.
  Answer& at(int question, int scope = 0) { return answers[{question, scope}]; }
  /// The answer to (question, scope), or nullptr when there is none.
  Answer* find(int question, int scope = 0);
  /// The memory this respondent holds, in bytes (structures, texts and their allocations;
  /// an estimate that errs high), checked against kRespondentBudget.
  std::size_t bytes() const;
};

/// The most memory one respondent may hold: 1 MiB. Beyond it a survey import stops with
/// exit 1 (docs/security.md, "Limits"); a real respondent holds a few KiB.
inline constexpr std::size_t kRespondentBudget = std::size_t(1) << 20;

/// Whether a question was put to a respondent in one answer column.
enum class Asked { no, yes, unknown };

/// Evaluates the skip logic of `q` for `r`, in questionnaire order: [question][scope].
/// A question is not asked when a clause is false: the question it tests was not asked, or
/// its answer is (for `!=`: is not) one of the values. A clause on a question that was asked
/// but left unanswered is unknown, and the question counts as asked.
std::vector<std::vector<Asked>> asked(const Questionnaire& q, const Response& r);
/// Why (q, scope) was not asked, e.g. "Q8 = no (asked only if Q8=yes)".
std::string why_not_asked(const Questionnaire& q, const Response& r, int question, int scope,
                          const std::vector<std::vector<Asked>>& asked_status);

}  // namespace stakemap::survey
