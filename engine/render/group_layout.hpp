#pragma once
// The layout of large maps, in two steps linear in the map (docs/maps.md, "Large maps"): the
// drawing's nodes are grouped (Louvain communities of the drawn links), the groups are laid
// out by sfdp as discs sized for their members (a few hundred nodes at most), then each node
// is placed inside its group's disc, the best-linked at the centre. Graphviz then draws the
// map at those positions (engine nop2, straight links) instead of laying out every node.
#include <vector>

#include "render/layout.hpp"
#include "render/scene.hpp"

namespace stakemap::render {

/// Maps of more organisations than this are laid out by groups when the engine is `auto`:
/// sfdp takes about a second at 1 000 and 5 s at 5 000 on the 2-core reference machine
/// (docs/benchmarks.md), minutes at 20 000.
inline constexpr int group_layout_min_nodes = 1000;

/// Most groups laid out in the first step: the largest communities are kept, the others (often
/// isolated organisations) share the last group.
inline constexpr int group_layout_max_groups = 200;

/// One group's area: a disc (centre and radius in points) holding every member's box.
struct GroupArea {
  double x = 0, y = 0, radius = 0;
  int members = 0;
  int centre = -1;  ///< the scene node at the centre: the member with most links
};

/// Where the group layout put each node of a scene.
struct GroupedLayout {
  std::vector<int> group;               ///< group of each scene node (index into areas)
  std::vector<GroupArea> areas;         ///< one per group, largest group first
  std::vector<NodePosition> positions;  ///< centre of each scene node, with its estimated size
};

/// The size (points) Graphviz will give `node`, estimated from its label, font size and
/// minimum width, rounded up so that boxes placed apart by it do not overlap when drawn.
NodePosition estimated_size(const SceneNode& node);

/// How much larger than on a map a page wide the legend of a map laid out as `laid` is drawn:
/// the drawing's larger side over 1 500 points (about an A2 page), at least 1, at most 24. The
/// legend then keeps the share of the picture it has on a small map, and stays readable when
/// the whole picture is fitted to a screen or a page.
double legend_scale(const GroupedLayout& laid);

/// Lays out `scene`'s nodes by groups as described above. Nodes of one group sit on a grid of
/// cells as large as the group's largest node, the cells nearest the centre going to the nodes
/// with most links (ties: scene order), so no two nodes of a group overlap. Deterministic: the
/// same scene gives the same positions (fixed Louvain and sfdp seeds). Cost: O(n + m) for the
/// grouping and packing (n log n for sorting), plus sfdp on at most group_layout_max_groups
/// discs. Throws std::runtime_error when Graphviz fails.
GroupedLayout lay_out_by_groups(const Scene& scene);

}  // namespace stakemap::render
