#pragma once
// One meaning for "in a territory", used by every command that takes --territory: an
// organisation is *in* T when one of its territories is T or a part of T; it *covers T from
// above* when one of its territories contains T; it *overlaps* T when one of its territories
// shares a part (a leaf) with T without containing it or lying inside it (the Flemish Community
// and the Flemish Region share the Flemish provinces). See docs/gaps.md.
#include <string>
#include <vector>

#include "model/map.hpp"
#include "model/territory_graph.hpp"

namespace stakemap::model {

/// Ways an organisation can relate to a territory, as bits; `all` is the three together.
enum TerritoryScope : unsigned { scope_in = 1, scope_above = 2, scope_overlap = 4, scope_all = 7 };

/// The scopes named in `names` ("in", "above", "overlap", "all"; several allowed, an empty list
/// means all); throws OptionError on field `territory_scope` for an unknown name.
unsigned parse_territory_scopes(const std::vector<std::string>& names);

/// The relation (one TerritoryScope bit, the closest: in before above before overlap) of the
/// organisation listing `territories` to territory `t` (index into map.territories), or 0 when
/// none. Unknown territory ids are skipped. O(L · (A + B)) for L listed territories, A
/// ancestors and B leaves below.
unsigned territory_relation(const Map& map, const TerritoryGraph& tg, const std::vector<std::string>& territories,
                            int t);

/// One flag per organisation of `map` (indexed): whether its relation to territory `t` is one
/// of `scopes`.
std::vector<bool> territory_members(const Map& map, int t, unsigned scopes = scope_all);

}  // namespace stakemap::model
