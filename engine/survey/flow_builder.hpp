#pragma once
// Turning the sharing questions (Q27 mandatory reporting, Q28/Q29 voluntary sharing) into
// flows from each respondent to the partners it names.
#include <string>
#include <vector>

#include "dataset/diagnostics.hpp"
#include "model/map.hpp"
#include "survey/partners.hpp"
#include "survey/response.hpp"

namespace stakemap::survey {

/// A partner name that matched no organisation: reported, never dropped silently.
struct UnmatchedPartner {
  Position where;
  std::string respondent, org, question, scope, text, note;
};

/// What the sharing answers give.
struct SurveyFlows {
  std::vector<model::Flow> flows;
  std::vector<model::Organisation> placeholders;  ///< partner types named (id partner-CODE)
  std::vector<UnmatchedPartner> unmatched;
};

/// Builds the flows of every response (their `org` is set). A partner named in the `all`
/// and the `ukraine` column gives one flow with population `both`. Voluntary flows take
/// their regularity from the question feeding `regularity` in the same column; when that
/// answer is "no", the items are reasons for not sharing and give no flow. Fills
/// Answer::resolved for partners questions.
SurveyFlows build_flows(const Questionnaire& q, std::vector<Response>& responses, const PartnerMatcher& matcher,
                        dataset::Diagnostics& diags);

/// The partner items of a text (split on ';', '|' and line breaks).
std::vector<std::string> partner_items(const std::string& text);

}  // namespace stakemap::survey
