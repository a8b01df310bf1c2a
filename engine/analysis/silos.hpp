#pragma once
// Organisations that work in silo (the headline: they share no data voluntarily), and the
// other signals of a closed organisation as named indicators, each with a plain-language reason.
#include <set>
#include <string>
#include <vector>

#include "graph/digraph.hpp"
#include "graph/layer.hpp"
#include "i18n/lang.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// Why an organisation counts in silo (the headline).
enum class SiloReasonKind {
  isolated,          ///< no flow in or out in the layer
  no_voluntary_out,  ///< sends nothing voluntarily (`flows` = its other outgoing flows)
  said_in_silo,      ///< answered "work in silo" as its reason not to share (survey Q29)
};

/// One reason, with the counts its sentence quotes.
struct SiloReason {
  SiloReasonKind kind = SiloReasonKind::isolated;
  long flows = 0, partners = 0;
  bool operator==(const SiloReason&) const = default;
};

/// A siloed organisation (index into map.organisations) and why.
struct Silo {
  int org = -1;
  std::vector<SiloReason> reasons;
};

/// The signals of a closed organisation other than the headline; each is its own finding.
enum class SiloIndicator {
  isolated,             ///< no flow in or out in the layer
  collects_only,        ///< receives from at least 2 partners, sends nothing
  reports_upward_only,  ///< its only exchanges are mandatory flows it sends to higher levels
  no_two_way,           ///< has partners but exchanges in both directions with none
  no_peer_exchange,     ///< has partners but none at its own level or in one of its territories
};

/// Every indicator, in the order of the columns and tables.
const std::vector<SiloIndicator>& silo_indicators();
/// The indicator's column name in csv/json (e.g. "collects_without_giving_back").
std::string column(SiloIndicator indicator);

/// What the survey answers say about voluntary sharing, by organisation id (empty without answers).
struct SiloSurvey {
  std::set<std::string> said_silo;  ///< gave "work in silo" as the reason not to share (Q29)
  std::set<std::string> shares;     ///< says it shares voluntarily, regularly or sporadically (Q28)
  bool empty() const { return said_silo.empty() && shares.empty(); }
};

/// One organisation's silo profile: the headline, the survey's word, the indicators.
struct SiloProfile {
  int org = -1;
  bool by_flows = false;   ///< no voluntary outgoing flow in the layer (collectors excepted)
  bool by_survey = false;  ///< said it works in silo
  /// The survey and the flows disagree: said silo but the map shows voluntary flows out, or
  /// says it shares voluntarily but the map shows none.
  bool disagrees = false;
  long flows_out = 0;      ///< outgoing flows in the layer, any basis
  long voluntary_out = 0;  ///< of which voluntary
  long partners = 0;       ///< distinct partners in the layer, either direction
  long partners_in = 0;    ///< distinct organisations sending to it
  long upward_flows = 0;   ///< mandatory flows it sends to higher levels
  std::vector<SiloIndicator> indicators;
  bool silo() const { return by_flows || by_survey; }
  bool has(SiloIndicator indicator) const;
};

/// The reason as a plain-language sentence in `lang` (messages silo.reason.*).
std::string describe(const SiloReason& reason, i18n::Lang lang = i18n::Lang::en);
/// The kind of reason in a few words in `lang`, without counts, for tallies (silo.kind.*).
std::string describe(SiloReasonKind kind, i18n::Lang lang = i18n::Lang::en);
/// The indicator in a few words in `lang` (silo.indicator.*).
std::string describe(SiloIndicator indicator, i18n::Lang lang = i18n::Lang::en);
/// Why `profile` shows `indicator`, as a sentence quoting its counts (silo.why.*).
std::string explain(const SiloProfile& profile, SiloIndicator indicator, i18n::Lang lang = i18n::Lang::en);
/// Where the survey and the flows disagree for `profile`, as a sentence; empty when they agree.
std::string disagreement(const SiloProfile& profile, i18n::Lang lang = i18n::Lang::en);

/// One profile per organisation of `map` (indexed), in map order. The headline: no voluntary
/// outgoing flow, judged on the flows of the layer's status, regularity and population whatever
/// its basis filter, except an organisation that collects from at least 2 partners and sends
/// nothing (a hub, indicator collects_only); plus the organisations `survey` says work in silo.
/// Partner-based indicators (isolated, collects_only, no_two_way, no_peer_exchange) are judged
/// in the layer's graph `g` = graph::build(map, layer); reports_upward_only on the flows'
/// bases like the headline. Self-loops are left out. O(F + m log d) for F flows, m arcs.
std::vector<SiloProfile> silo_profiles(const model::Map& map, const graph::Layer& layer, const graph::Digraph& g,
                                       const SiloSurvey& survey = {});

/// The organisations in silo (the headline) with their reasons, ordered by organisation.
/// `map` must be indexed. Cost: graph::build, then silo_profiles().
std::vector<Silo> find_silos(const model::Map& map, const graph::Layer& layer, const SiloSurvey& survey = {});
/// The same with the layer's graph `g` = graph::build(map, layer) already built.
std::vector<Silo> find_silos(const model::Map& map, const graph::Layer& layer, const graph::Digraph& g,
                             const SiloSurvey& survey = {});
/// The headline silos of `profiles` with their reasons.
std::vector<Silo> silos_of(const std::vector<SiloProfile>& profiles);

/// Silo share of one group of organisations (a territory or a level).
struct SiloShare {
  std::string group;
  int organisations = 0, silos = 0;
  double share = 0;  ///< silos / organisations
};

/// Silo share per territory listed by organisations (an organisation counts in each of its
/// territories) or per level (`by` = "territory" or "level"); throws UsageError otherwise.
/// An organisation listing a territory twice counts once in it. O(V · G) for V values over
/// the organisations and G groups (a linear search in display order).
/// With `keep` (one flag per organisation), only the organisations it flags count.
std::vector<SiloShare> silo_shares(const model::Map& map, const std::vector<Silo>& silos, const std::string& by,
                                   const std::vector<bool>* keep = nullptr);

}  // namespace stakemap::analysis
