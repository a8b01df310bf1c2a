#pragma once
// Organisations that work in silo, each with plain-language reasons.
#include <string>
#include <vector>

#include "graph/digraph.hpp"
#include "graph/layer.hpp"
#include "i18n/lang.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// Why an organisation counts as a silo.
enum class SiloReasonKind {
  isolated,            ///< no flow in or out in the layer
  no_voluntary_out,    ///< sends nothing voluntarily (`flows` = its other outgoing flows)
  mandatory_dead_end,  ///< receives `flows` mandatory reports but sends nothing
  one_way_only,        ///< none of its `partners` exchanges data with it both ways
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

/// The reason as a plain-language sentence in `lang` (messages silo.reason.*).
std::string describe(const SiloReason& reason, i18n::Lang lang = i18n::Lang::en);
/// The kind of reason in a few words in `lang`, without counts, for tallies (silo.kind.*).
std::string describe(SiloReasonKind kind, i18n::Lang lang = i18n::Lang::en);

/// Organisations with at least one of: isolated in the layer; no voluntary outgoing flow;
/// receives mandatory reports but passes nothing on; only one-way ties. The layer's status,
/// regularity and population filters apply; the voluntary and mandatory reasons look at the
/// flows' bases. Ordered by organisation. `map` must be indexed. O(F log F) for F flows
/// (building the layer's graph), then O(m log d) for the mutual-tie checks.
std::vector<Silo> find_silos(const model::Map& map, const graph::Layer& layer);
/// The same with the layer's graph `g` = graph::build(map, layer) already built.
std::vector<Silo> find_silos(const model::Map& map, const graph::Layer& layer, const graph::Digraph& g);

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
std::vector<SiloShare> silo_shares(const model::Map& map, const std::vector<Silo>& silos, const std::string& by);

}  // namespace stakemap::analysis
