#include "survey/voluntary_sharing.hpp"

#include "store/answers.hpp"
#include "survey/answer_store.hpp"

namespace stakemap::survey {

SharingQuestions sharing_questions(const Questionnaire& q) {
  SharingQuestions found;
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const auto& question = q.questions[i];
    if (found.reason < 0 && question.feeds == "flows:voluntary" && question.option("silo") >= 0)
      found.reason = static_cast<int>(i);
    if (found.sharing < 0 && question.feeds == "regularity") found.sharing = static_cast<int>(i);
  }
  return found;
}

VoluntarySharing voluntary_sharing(const store::Store& s) {
  VoluntarySharing out;
  for (const auto& id : store::stored_questionnaires(s)) {
    const auto q = load_saved_questionnaire(s, id);
    const auto found = sharing_questions(q);
    const std::string reason = found.reason >= 0 ? q.questions[found.reason].id : "";
    const std::string sharing = found.sharing >= 0 ? q.questions[found.sharing].id : "";
    for (const auto& a : store::answers(s, id)) {
      if (a.org.empty()) continue;
      if (!reason.empty() && a.question == reason && a.value == "silo") out.said_silo.insert(a.org);
      if (!sharing.empty() && a.question == sharing) {
        int o = q.questions[found.sharing].option(a.value);
        if (o < 0) continue;
        const auto& feeds = q.questions[found.sharing].options[o].feeds;
        if (feeds == "regular" || feeds == "sporadic") out.shares.insert(a.org);
      }
    }
  }
  return out;
}

}  // namespace stakemap::survey
