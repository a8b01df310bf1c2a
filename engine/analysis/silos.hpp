#pragma once
// Organisations that work in silo, each with plain-language reasons.
#include <string>
#include <vector>

#include "graph/layer.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// A siloed organisation (index into map.organisations) and why.
struct Silo {
  int org = -1;
  std::vector<std::string> reasons;
};

/// Organisations with at least one of: isolated in the layer; no voluntary outgoing flow;
/// receives mandatory reports but passes nothing on; only one-way ties. The layer's status,
/// regularity and population filters apply; the voluntary and mandatory reasons look at the
/// flows' bases. Ordered by organisation. `map` must be indexed.
std::vector<Silo> find_silos(const model::Map& map, const graph::Layer& layer);

/// Silo share of one group of organisations (a territory or a level).
struct SiloShare {
  std::string group;
  int organisations = 0, silos = 0;
  double share = 0;  ///< silos / organisations
};

/// Silo share per territory listed by organisations (an organisation counts in each of its
/// territories) or per level (`by` = "territory" or "level"); throws UsageError otherwise.
std::vector<SiloShare> silo_shares(const model::Map& map, const std::vector<Silo>& silos, const std::string& by);

}  // namespace stakemap::analysis
