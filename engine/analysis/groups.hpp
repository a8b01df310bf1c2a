#pragma once
// Groupings of organisations by an attribute (territory, level, kind, language): the one
// place that knows which values of an organisation put it in a group. Brokerage roles,
// community comparisons, obstacle prevalence, silo shares and the rendered map's colours
// and clusters all start from values_of().
#include <string>
#include <vector>

#include "model/map.hpp"

namespace stakemap::analysis {

/// An attribute organisations can be grouped by.
enum class OrgAttribute { territory, level, kind, language };

/// The names of the attributes, in OrgAttribute order ("territory", "level", "kind", "language").
const std::vector<std::string>& grouping_names();
/// The attribute named `by` (one of grouping_names()); throws UsageError otherwise.
OrgAttribute org_attribute(const std::string& by);

/// Organisation `o`'s values of `by` as it lists them (territories and languages may have
/// several; level and kind one), empty values and repeats left out. O(v²) for v values
/// (a handful per organisation).
std::vector<std::string> values_of(const model::Organisation& o, OrgAttribute by);

/// Each organisation's values of attribute `by`, sorted (none when empty). Throws UsageError
/// for an unknown `by`. O(Σ v log v) over the organisations' values.
std::vector<std::vector<std::string>> group_values(const model::Map& map, const std::string& by);

/// A partition: organisations with the same set of values share a group, labelled by the
/// sorted values joined with '|'. Organisations without a value get group -1.
struct Partition {
  std::vector<int> of;              ///< group of each organisation, or -1
  std::vector<std::string> labels;  ///< label of each group, in order of first appearance
};
/// O(Σ v log v + n log g) for n organisations in g groups.
Partition partition(const model::Map& map, const std::string& by);

}  // namespace stakemap::analysis
