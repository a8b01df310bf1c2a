#pragma once
// Who is present where: the organisations that reach each territory of a chosen level
// (coverage rolls down the territory DAG), with whether they are there locally or only
// from above, and the --role / --population filters shared by the gap analyses.
#include <string>
#include <vector>

#include "model/map.hpp"
#include "model/territory_graph.hpp"

namespace stakemap::analysis {

/// Which organisations an analysis counts (docs/gaps.md, "Filters").
struct ActorFilter {
  /// "" or "any": every organisation; "first-line": support_role first-line or both;
  /// "secondary": secondary or both.
  std::string role;
  /// "" or "all": every organisation; "ukraine": organisations whose publics include
  /// displaced-ukraine (and, where flows matter, flows of population ukraine or both).
  std::string population;

  /// Throws UsageError naming the option and the allowed values on an unknown value.
  void validate() const;
  bool accepts(const model::Organisation& o) const;
  bool ukraine_only() const { return population == "ukraine"; }
};

/// How one organisation reaches one row territory.
struct Presence {
  int org = -1;
  /// At least one of its territories that reach the row is not wider than the row (its
  /// leaves are not a strict superset of the row's leaves): the organisation is there.
  bool local = false;
  /// Level federal, european or international, or it reaches the row only through a
  /// national territory (kind country, or a root covering every leaf).
  bool national = false;
};

/// For each row (territory index), every organisation whose leaves meet the row's leaves,
/// once, in organisation order. O(sum of leaves of used territories x rows they reach).
std::vector<std::vector<Presence>> presence(const model::Map& map, const model::TerritoryGraph& tg,
                                            const std::vector<int>& rows);

/// Rows for `--at`: "leaf" gives the leaves of the DAG; a territory_kind code (country,
/// region, community, province, area, district, municipality, other) gives the territories
/// of that kind, in map order. With `within` (a territory index, -1 for none) only rows at
/// or below it are kept. Throws UsageError for an unknown level, InputError when the map
/// has no territory of that kind.
std::vector<int> rows_at(const model::Map& map, const model::TerritoryGraph& tg, const std::string& at,
                         int within = -1);

/// Ids of organisations (indexes into map.organisations), in that order, for --orgs columns.
std::vector<std::string> org_ids(const model::Map& map, const std::vector<int>& orgs);

/// The short form of a taxonomy label for sentences: text before " (", first letter
/// lower-cased unless the word is an acronym or `lang` is German, whose nouns keep their capital
/// ("Labour market integration (…)" -> "labour
/// market integration").
std::string short_label(const model::Taxonomy& tax, const std::string& facet, const std::string& code,
                        const std::string& lang);

}  // namespace stakemap::analysis
