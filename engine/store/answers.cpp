#include "store/answers.hpp"

#include "store/connection.hpp"

namespace stakemap::store {

namespace {
const std::string kMetaPrefix = "survey.questionnaire.";
}  // namespace

void clear_answers(Writer& w, const std::string& questionnaire, const std::vector<std::string>& respondents) {
  auto& db = Connection::of(w.store());
  db.exec("CREATE TEMP TABLE IF NOT EXISTS survey_import_respondent(respondent TEXT PRIMARY KEY)");
  db.exec("DELETE FROM temp.survey_import_respondent");
  SQLite::Statement add(db, "INSERT OR IGNORE INTO temp.survey_import_respondent VALUES (?)");
  for (const auto& r : respondents) {
    add.reset();
    add.bind(1, r);
    add.exec();
  }
  SQLite::Statement del(db,
                        "DELETE FROM survey_answer WHERE questionnaire = ? AND respondent IN "
                        "(SELECT respondent FROM temp.survey_import_respondent)");
  del.bind(1, questionnaire);
  del.exec();
}

void clear_answers(Writer& w, const std::string& questionnaire) {
  SQLite::Statement del(Connection::of(w.store()), "DELETE FROM survey_answer WHERE questionnaire = ?");
  del.bind(1, questionnaire);
  del.exec();
}

void save_questionnaire(Writer& w, const std::string& questionnaire, const std::string& text) {
  SQLite::Statement st(Connection::of(w.store()), "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
  st.bind(1, kMetaPrefix + questionnaire);
  st.bind(2, text);
  st.exec();
}

std::vector<std::string> stored_questionnaires(const Store& s) {
  std::vector<std::string> ids;
  SQLite::Statement st(Connection::of(s), "SELECT DISTINCT questionnaire FROM survey_answer ORDER BY questionnaire");
  while (st.executeStep()) ids.push_back(st.getColumn(0).getString());
  return ids;
}

std::optional<std::string> questionnaire_text(const Store& s, const std::string& questionnaire) {
  SQLite::Statement st(Connection::of(s), "SELECT value FROM meta WHERE key = ?");
  st.bind(1, kMetaPrefix + questionnaire);
  if (!st.executeStep()) return std::nullopt;
  return st.getColumn(0).getString();
}

std::vector<StoredAnswer> answers(const Store& s, const std::string& questionnaire) {
  SQLite::Statement st(Connection::of(s),
                       "SELECT respondent, org, question, scope, value, other_text FROM survey_answer "
                       "WHERE questionnaire = ? ORDER BY respondent, id");
  st.bind(1, questionnaire);
  std::vector<StoredAnswer> out;
  while (st.executeStep())
    out.push_back({st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                   st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getString()});
  return out;
}

}  // namespace stakemap::store
