#pragma once
// Survey answers in the map file, as Responses: each answer becomes stored rows (store/answers.hpp,
// one row per respondent, question, answer column and value) and back; the questionnaire they
// answer is kept in the map too.
#include <string>
#include <vector>

#include "store/store.hpp"
#include "store/writer.hpp"
#include "survey/response.hpp"

namespace stakemap::survey {

/// Replaces the stored answers of each response (same questionnaire and respondent) with its answers.
/// Rows: choice -> value = option code, other_text = its text; likert -> value = "row|level";
/// open -> value = the text; partners -> value = option code, or what the item became
/// (org:ID, partner:CODE, unmatched, reason) with the item as written in other_text.
void write_answers(store::Writer& w, const Questionnaire& q, const std::vector<Response>& responses);
/// Keeps the questionnaire's text in the map so that `survey summary` reads it back.
void save_questionnaire(store::Writer& w, const Questionnaire& q);

/// The questionnaire `id` as saved in the map; throws InputError when it is not there.
Questionnaire load_saved_questionnaire(const store::Store& s, const std::string& id);
/// The stored answers to `q`, one Response per respondent (ordered by respondent).
std::vector<Response> load_answers(const store::Store& s, const Questionnaire& q);

}  // namespace stakemap::survey
