#pragma once
// Survey answers in the map file: table survey_answer (one row per respondent, question,
// answer column and value) and the text of the questionnaire they answer (table meta).
// What the values mean is the survey module's business; the store keeps them as text.
#include <optional>
#include <string>
#include <vector>

#include "store/store.hpp"
#include "store/writer.hpp"

namespace stakemap::store {

/// One stored answer row (Writer::put_answer writes them).
struct StoredAnswer {
  std::string respondent, org, question, scope, value, other_text;
};

/// Deletes, in the writer's batch, the answers of `respondents` to `questionnaire` (one pass
/// over the questionnaire's rows, whatever the number of respondents).
void clear_answers(Writer& w, const std::string& questionnaire, const std::vector<std::string>& respondents);
/// Deletes, in the writer's batch, every answer to `questionnaire` (survey import --replace).
void clear_answers(Writer& w, const std::string& questionnaire);
/// Keeps the text of `questionnaire` in the map (replacing an earlier one), in the writer's batch.
void save_questionnaire(Writer& w, const std::string& questionnaire, const std::string& text);

/// Ids of the questionnaires the map holds answers to, sorted.
std::vector<std::string> stored_questionnaires(const Store& s);
/// The text saved for `questionnaire`, if any.
std::optional<std::string> questionnaire_text(const Store& s, const std::string& questionnaire);
/// Every stored answer to `questionnaire`, ordered by respondent, then as written.
std::vector<StoredAnswer> answers(const Store& s, const std::string& questionnaire);

}  // namespace stakemap::store
