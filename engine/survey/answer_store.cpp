#include "survey/answer_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <map>

#include "core/errors.hpp"

namespace stakemap::survey {

namespace {
const std::string kMetaPrefix = "survey.questionnaire.";

SQLite::Database& db(const store::Store& s) { return const_cast<store::Store&>(s).db(); }

// Deletes the stored answers of these respondents in one pass over the questionnaire's rows.
void clear_answers(SQLite::Database& db, const Questionnaire& q, const std::vector<Response>& rs) {
  db.exec("CREATE TEMP TABLE IF NOT EXISTS survey_import_respondent(respondent TEXT PRIMARY KEY)");
  db.exec("DELETE FROM temp.survey_import_respondent");
  SQLite::Statement add(db, "INSERT OR IGNORE INTO temp.survey_import_respondent VALUES (?)");
  for (const auto& r : rs) {
    add.reset();
    add.bind(1, r.respondent);
    add.exec();
  }
  SQLite::Statement del(db, "DELETE FROM survey_answer WHERE questionnaire = ? AND respondent IN "
                            "(SELECT respondent FROM temp.survey_import_respondent)");
  del.bind(1, q.id);
  del.exec();
}

void write_one(store::Writer& w, const Questionnaire& q, const Response& r) {
  for (std::size_t qi = 0; qi < q.questions.size(); ++qi) {
    const auto& qq = q.questions[qi];
    for (std::size_t s = 0; s < qq.scopes.size(); ++s) {
      const auto& a = r.at(static_cast<int>(qi), static_cast<int>(s));
      if (!a.given) continue;
      auto put = [&](const std::string& value, const std::string& other) {
        w.put_answer(q.id, r.respondent, r.org, qq.id, qq.scopes[s], value, other);
      };
      auto text_of = [&](int o) {
        auto it = a.texts.find(o);
        return it == a.texts.end() ? std::string() : it->second;
      };
      if (qq.type == QuestionType::open) {
        put(a.text, "");
      } else if (qq.type == QuestionType::likert) {
        for (const auto& [row, level] : a.levels)
          put(qq.options[static_cast<std::size_t>(row)].code + "|" + qq.options[static_cast<std::size_t>(level)].code,
              text_of(row));
      } else {
        for (int o : a.options) put(qq.options[static_cast<std::size_t>(o)].code, text_of(o));
        for (std::size_t k = 0; k < a.items.size(); ++k)
          put(k < a.resolved.size() && !a.resolved[k].empty() ? a.resolved[k] : "unresolved", a.items[k]);
      }
    }
  }
}

}  // namespace

void write_answers(store::Writer& w, const Questionnaire& q, const std::vector<Response>& responses) {
  clear_answers(w.store().db(), q, responses);
  for (const auto& r : responses) write_one(w, q, r);
}

void save_questionnaire(store::Writer& w, const Questionnaire& q) {
  SQLite::Statement st(w.store().db(), "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
  st.bind(1, kMetaPrefix + q.id);
  st.bind(2, q.source);
  st.exec();
}

std::vector<std::string> stored_questionnaires(const store::Store& s) {
  std::vector<std::string> ids;
  SQLite::Statement st(db(s), "SELECT DISTINCT questionnaire FROM survey_answer ORDER BY questionnaire");
  while (st.executeStep()) ids.push_back(st.getColumn(0).getString());
  return ids;
}

Questionnaire load_saved_questionnaire(const store::Store& s, const std::string& id) {
  SQLite::Statement st(db(s), "SELECT value FROM meta WHERE key = ?");
  st.bind(1, kMetaPrefix + id);
  if (!st.executeStep())
    throw InputError(s.path() + ": the questionnaire '" + id + "' is not stored in this map; give --questionnaire");
  return Questionnaire::parse(st.getColumn(0).getString(), s.path() + " (questionnaire " + id + ")", id);
}

std::vector<Response> load_answers(const store::Store& s, const Questionnaire& q) {
  std::map<std::string, Response> by_respondent;
  SQLite::Statement st(db(s),
                       "SELECT respondent, org, question, scope, value, other_text FROM survey_answer "
                       "WHERE questionnaire = ? ORDER BY respondent, id");
  st.bind(1, q.id);
  while (st.executeStep()) {
    auto [it, fresh] = by_respondent.try_emplace(st.getColumn(0).getString());
    Response& r = it->second;
    if (fresh) {
      r.init(q);
      r.respondent = it->first;
      r.org = st.getColumn(1).getString();
    }
    int qi = q.find(st.getColumn(2).getString());
    if (qi < 0) continue;  // answers to a question the questionnaire no longer has
    const auto& qq = q.questions[static_cast<std::size_t>(qi)];
    int s_idx = qq.scope(st.getColumn(3).getString());
    if (s_idx < 0) continue;
    std::string value = st.getColumn(4).getString(), other = st.getColumn(5).getString();
    auto& a = r.at(qi, s_idx);
    a.given = true;
    if (qq.type == QuestionType::open) {
      a.text = value;
    } else if (qq.type == QuestionType::likert) {
      auto bar = value.find('|');
      int row = qq.option(value.substr(0, bar)), level = bar == std::string::npos ? -1 : qq.option(value.substr(bar + 1));
      if (row < 0 || level < 0) continue;
      a.levels[row] = level;
      a.choose(row);
      if (!other.empty()) a.texts[row] = other;
    } else if (int o = qq.option(value); o >= 0) {
      a.choose(o);
      if (!other.empty()) a.texts[o] = other;
    } else if (qq.type == QuestionType::partners) {
      a.items.push_back(other);
      a.resolved.push_back(value);
    }
  }
  std::vector<Response> out;
  for (auto& [id, r] : by_respondent) out.push_back(std::move(r));
  return out;
}

}  // namespace stakemap::survey
