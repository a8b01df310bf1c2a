#pragma once
// The links of a map laid out by groups (group_layout.hpp): tens of thousands of lines between
// groups hide the map under a dark web and make files of tens of megabytes, so the ordinary
// links between two groups (active flows, context lines) are drawn as one line between the
// groups' centres, wider for more links; the links inside a group and every desired, blocked,
// recommended or changed link stay drawn one by one. The explorer shows each flow.
#include "i18n/lang.hpp"
#include "render/group_layout.hpp"
#include "render/scene.hpp"

namespace stakemap::render {

/// Replaces `scene`'s ordinary links between two groups of `laid` (lay_out_by_groups(scene))
/// by one undirected line per pair of groups, from centre to centre, its width growing with the
/// square root of the links it stands for, and adds its legend line (in `lang`). Returns how
/// many links were bundled (0: the scene is unchanged). O(links + pairs log pairs).
int bundle_links_between_groups(Scene& scene, const GroupedLayout& laid, i18n::Lang lang);

/// Most links a map laid out by groups draws one by one (thin_links), besides the bundles:
/// at 20 000 organisations and 200 000 flows, its 65 559 links inside groups made the picture
/// 36 MB, and the gaps map's 30 000 blocked and desired links 25 MB, each a dark smudge.
inline constexpr int group_layout_max_links = 6000;

/// What thin_links() did.
struct Thinned {
  int links = 0;  ///< links to draw one by one before thinning (not those bundled between groups)
  int drawn = 0;  ///< of those, how many are still drawn
};

/// Keeps at most `bound` of the links `scene` draws one by one on the map `laid` out by groups
/// (the ordinary links between two groups are bundled apart and not counted), and when it
/// drops any, says in the legend (in `lang`) how many are drawn of how many. Recommended and
/// changed links are always drawn; then blocked and desired links (SceneEdge::gap) up to the
/// bound; what is left of it goes to the ordinary links inside groups, each group a share in
/// proportion to its links (largest remainders). Within each kind, each organisation's strongest
/// link comes first (bold before thin, context lines last, then the better-linked partner), then
/// each one's second, and so on, the best-linked organisations first within a round, ties in
/// scene order: deterministic, and spread over the organisations rather than given to a few
/// hubs. O(links log links).
Thinned thin_links(Scene& scene, const GroupedLayout& laid, i18n::Lang lang, int bound = group_layout_max_links);

/// Clears the labels (obstacle codes) of `scene`'s links and says so in the legend (in
/// `lang`): on a map laid out by groups, Graphviz's placement of thousands of link labels among
/// thousands of nodes was 40 % of drawing the 5k gaps map, and the codes could not be read at
/// that scale. Returns how many labels were cleared.
int drop_link_labels(Scene& scene, i18n::Lang lang);

}  // namespace stakemap::render
