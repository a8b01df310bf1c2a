#pragma once
// Matching the partner names respondents write (Q27, Q29) against the organisations of the
// map and the questionnaire's partner types. The rule (docs/survey.md, "Partner names"):
//   1. the organisation id, case-insensitive;
//   2. the name or an alias, compared in normal form (case, accents, punctuation and
//      spacing ignored);
//   3. the same, with parenthesised parts of names and aliases left out;
//   4. a partner type's code or label (en/fr/nl) -> a typed placeholder;
//   5. a name or alias at edit distance <= 2 (and <= 10% of its length) in normal form.
// Each step must give exactly one organisation; two or more is "ambiguous", none "unmatched".
#include <string>
#include <unordered_map>
#include <vector>

#include "model/map.hpp"
#include "survey/near_index.hpp"
#include "survey/questionnaire.hpp"

namespace stakemap::survey {

struct PartnerMatch {
  enum class Kind { org, partner_type, unmatched, ambiguous };
  Kind kind = Kind::unmatched;
  std::string id;    ///< organisation id or partner type code
  std::string note;  ///< for ambiguous: the candidates
};

class PartnerMatcher final {
 public:
  explicit PartnerMatcher(const Questionnaire& q) : q_(q) {}
  /// Adds an organisation that partners may name.
  void add(const model::Organisation& o);
  PartnerMatch match(const std::string& item) const;

 private:
  using Index = std::unordered_map<std::string, std::vector<std::string>>;  // normal form -> ids
  static PartnerMatch pick(std::vector<std::string> ids);
  const Questionnaire& q_;
  std::unordered_map<std::string, std::string> by_id_;  // lower-case id -> id
  Index exact_, bare_;                                  // names/aliases, and without (...)
  NearIndex near_;                                      // every form, for the edit-distance step
};

/// The placeholder organisation for a partner type: id `partner-CODE`.
model::Organisation placeholder(const PartnerType& p);

}  // namespace stakemap::survey
