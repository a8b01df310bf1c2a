#pragma once
// What survey answers say about voluntary sharing, per organisation: who says it shares data
// voluntarily, and who gave "work in silo" as its reason not to share (the silo headline's
// survey side, see docs/metrics.md).
#include <set>
#include <string>

#include "store/store.hpp"
#include "survey/questionnaire.hpp"

namespace stakemap::survey {

/// Organisation ids, by what they answered in any answer column.
struct VoluntarySharing {
  std::set<std::string> said_silo;  ///< chose option `silo` of a question feeding flows:voluntary (Q29)
  std::set<std::string>
      shares;  ///< chose an option feeding `regular` or `sporadic` of a question feeding regularity (Q28)
};

/// The questions of `q` that carry these answers: the reason question is the one feeding
/// `flows:voluntary` with an option coded `silo`; the sharing question feeds `regularity`.
/// Either index is -1 when the questionnaire has no such question.
struct SharingQuestions {
  int reason = -1, sharing = -1;
};
SharingQuestions sharing_questions(const Questionnaire& q);

/// Reads the stored answers of every questionnaire the map holds answers to (empty sets when
/// there are none). Cost: one pass over the stored answers.
VoluntarySharing voluntary_sharing(const store::Store& s);

}  // namespace stakemap::survey
