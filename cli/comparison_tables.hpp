#pragma once
// The tables that compare two states of a map: `whatif` (a scenario against the map) and
// `diff --view analysis` (two rounds). One row per measure: measure,before,after,change.
#include <vector>

#include "analysis/map_comparison.hpp"
#include "analysis/whatif.hpp"
#include "core/table.hpp"
#include "i18n/lang.hpp"
#include "model/map.hpp"

namespace stakemap::cli {

/// The what-if measures side by side.
Table measures_table(const analysis::WhatIfMeasures& before, const analysis::WhatIfMeasures& after);
/// The headline measures of two rounds side by side: flows by status, the what-if measures,
/// silo share, federal-only cells, articulation points, flows unblocked and newly blocked.
Table headline_table(const analysis::MapComparison& c);
/// The organisations whose position changes most (org, name, betweenness and degree before
/// and after), titled in `lang`.
Table moves_table(const std::vector<analysis::OrgChange>& moves, i18n::Lang lang);
/// The flows unblocked and newly blocked (both are in `after`, the later map).
Table blocking_table(const analysis::MapComparison& c, const model::Map& after, i18n::Lang lang);

}  // namespace stakemap::cli
