#pragma once
// Groupings of organisations used for colours and clusters: by level, kind, main territory
// or network community.
#include <limits>
#include <string>

#include "render/render_input.hpp"
#include "render/scene.hpp"

namespace stakemap::render {

/// What a map groups organisations by, for colours and clusters.
enum class GroupBy { level, kind, territory, community };

/// The group of one organisation. An organisation without a value has an empty key.
struct Group {
  std::string key;                              ///< code, territory id or community number; empty: not given
  std::string label;                            ///< shown in legends and cluster titles, in the input's language
  int order = std::numeric_limits<int>::max();  ///< taxonomy / map / number order
};

/// The group of organisation `org` (map index). The main territory is the first one the
/// organisation lists. Community grouping needs `input.community` (UsageError otherwise).
Group group_of(const RenderInput& input, int org, GroupBy grouping);

/// Number of possible groups when fixed by the taxonomy (level, kind), else 0.
int fixed_group_count(const model::Taxonomy& tax, GroupBy grouping);

/// The grouping's name for legend headings ("level", "niveau", ...).
std::string grouping_name(GroupBy grouping, i18n::Lang lang);

/// Puts each node of `scene` in the cluster of its group under input.encoding.cluster
/// (none: no clusters); clusters are listed in group order, nodes without a group stay out.
void assign_clusters(const RenderInput& input, Scene& scene);

}  // namespace stakemap::render
