#include "survey/answer_store.hpp"

#include <map>

#include "core/errors.hpp"
#include "store/answers.hpp"

namespace stakemap::survey {

namespace {

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
  std::vector<std::string> respondents;
  respondents.reserve(responses.size());
  for (const auto& r : responses) respondents.push_back(r.respondent);
  store::clear_answers(w, q.id, respondents);
  for (const auto& r : responses) write_one(w, q, r);
}

void save_questionnaire(store::Writer& w, const Questionnaire& q) { store::save_questionnaire(w, q.id, q.source); }

Questionnaire load_saved_questionnaire(const store::Store& s, const std::string& id) {
  auto text = store::questionnaire_text(s, id);
  if (!text)
    throw OptionInputError({s.path() + ": the questionnaire '" + id + "' is not stored in this map; give ",
                            option_field("questionnaire")});
  return Questionnaire::parse(*text, s.path() + " (questionnaire " + id + ")", id);
}

std::vector<Response> load_answers(const store::Store& s, const Questionnaire& q) {
  std::map<std::string, Response> by_respondent;
  for (const auto& row : store::answers(s, q.id)) {
    auto [it, fresh] = by_respondent.try_emplace(row.respondent);
    Response& r = it->second;
    if (fresh) {
      r.respondent = it->first;
      r.org = row.org;
    }
    int qi = q.find(row.question);
    if (qi < 0) continue;  // answers to a question the questionnaire no longer has
    const auto& qq = q.questions[static_cast<std::size_t>(qi)];
    int s_idx = qq.scope(row.scope);
    if (s_idx < 0) continue;
    const std::string& value = row.value;
    const std::string& other = row.other_text;
    auto& a = r.at(qi, s_idx);
    a.given = true;
    if (qq.type == QuestionType::open) {
      a.text = value;
    } else if (qq.type == QuestionType::likert) {
      auto bar = value.find('|');
      int row = qq.option(value.substr(0, bar)),
          level = bar == std::string::npos ? -1 : qq.option(value.substr(bar + 1));
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
