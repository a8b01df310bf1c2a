#include "model/territory_scope.hpp"

#include <algorithm>

#include "core/errors.hpp"

namespace stakemap::model {

unsigned parse_territory_scopes(const std::vector<std::string>& names) {
  unsigned scopes = 0;
  for (const auto& name : names) {
    if (name == "in") scopes |= scope_in;
    else if (name == "above") scopes |= scope_above;
    else if (name == "overlap") scopes |= scope_overlap;
    else if (name == "all") scopes |= scope_all;
    else throw OptionError::unknown("territory_scope", name, "in, above, overlap, all");
  }
  return scopes == 0 ? scope_all : scopes;
}

unsigned territory_relation(const Map& map, const TerritoryGraph& tg, const std::vector<std::string>& territories,
                            int t) {
  unsigned found = 0;
  const auto& leaves_of_t = tg.leaves_below(t);
  for (const auto& id : territories) {
    int o = map.territory_index(id);
    if (o < 0) continue;
    if (tg.covers(t, o)) return scope_in;
    if (tg.covers(o, t)) found |= scope_above;
    else {
      const auto& leaves = tg.leaves_below(o);
      bool shared = std::any_of(leaves.begin(), leaves.end(), [&](int leaf) {
        return std::find(leaves_of_t.begin(), leaves_of_t.end(), leaf) != leaves_of_t.end();
      });
      if (shared) found |= scope_overlap;
    }
  }
  if (found & scope_above) return scope_above;
  return found;
}

std::vector<bool> territory_members(const Map& map, int t, unsigned scopes) {
  TerritoryGraph tg(map);
  std::vector<bool> keep(map.organisations.size(), false);
  for (std::size_t i = 0; i < keep.size(); ++i)
    keep[i] = (territory_relation(map, tg, map.organisations[i].territories, t) & scopes) != 0;
  return keep;
}

}  // namespace stakemap::model
