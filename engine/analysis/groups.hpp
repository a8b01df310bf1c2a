#pragma once
// Groupings of organisations by an attribute (territory, level, kind, language), for
// brokerage roles and for comparing communities with the map's own divisions.
#include <string>
#include <vector>

#include "model/map.hpp"

namespace stakemap::analysis {

/// The attributes an organisation can be grouped by.
const std::vector<std::string>& grouping_names();

/// Each organisation's values of attribute `by` (territories and languages may have
/// several; level and kind one; none when empty). Throws UsageError for an unknown `by`.
std::vector<std::vector<std::string>> group_values(const model::Map& map, const std::string& by);

/// A partition: organisations with the same set of values share a group, labelled by the
/// sorted values joined with '|'. Organisations without a value get group -1.
struct Grouping {
  std::vector<int> of;              ///< group of each organisation, or -1
  std::vector<std::string> labels;  ///< label of each group, in order of first appearance
};
Grouping partition(const model::Map& map, const std::string& by);

}  // namespace stakemap::analysis
