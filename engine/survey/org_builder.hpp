#pragma once
// Turning each respondent into an organisation of the map: its id, and the fields its
// answers feed (facets, single-valued fields, territories, attributes).
#include <memory>
#include <string>
#include <vector>

#include "dataset/diagnostics.hpp"
#include "dataset/field_checker.hpp"
#include "model/map.hpp"
#include "model/territory_graph.hpp"
#include "store/writer.hpp"
#include "survey/response.hpp"

namespace stakemap::survey {

/// An organisation as the survey leaves it, and which of its fields the survey set.
struct OrgUpdate {
  model::Organisation org;
  store::FieldSet present;  ///< organisations.csv column names (attributes are always written)
  bool existed = false;     ///< it was in the map before
};

class OrgBuilder final {
 public:
  OrgBuilder(const Questionnaire& q, const model::Map& map, dataset::Diagnostics& diags, std::string file)
      : q_(q), map_(map), diags_(diags), check_(diags), file_(std::move(file)) {}
  /// Gives every response an organisation id: column `org` (checked as every import checks
  /// an id); else the name answer (Q1)
  /// matched against the names and aliases of the map; else a new id made from the name.
  /// Two responses for one organisation, or a response with neither, are errors.
  void assign_ids(std::vector<Response>& responses);
  /// The organisation `r` becomes (starting from the map's when it exists).
  OrgUpdate build(const Response& r);

 private:
  std::vector<std::string> territories(const Question& qq, const Answer& a, const Response& r);
  void prefill(const Response& r, OrgUpdate& u, const std::vector<std::string>& answered_areas, bool other_area);

  const Questionnaire& q_;
  const model::Map& map_;
  dataset::Diagnostics& diags_;
  dataset::FieldChecker check_;  // the same checks as every import path
  std::string file_;
  std::unique_ptr<model::TerritoryGraph> graph_;  // built when a response refines its territories
};

/// An id made from a name: text::slug (letters of any script kept, at most 60), "org" when empty.
std::string slug(const std::string& name);

}  // namespace stakemap::survey
