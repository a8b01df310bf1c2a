#pragma once
// Views: which organisations and which links a map shows (`--view`).
#include <string>
#include <vector>

#include "model/map.hpp"
#include "render/render_input.hpp"

namespace stakemap::render {

/// How a link is drawn; the order is the legend's order. voluntary: voluntary and regular;
/// voluntary_unknown: voluntary, with no regularity given (never drawn as regular); outside: a
/// layer flow to or from an organisation outside the view (territory view), drawn to a stub.
enum class LinkClass {
  mandatory,
  voluntary,
  voluntary_unknown,
  on_request,
  sporadic,
  context,
  desired,
  blocked,
  recommended,
  outside,
  added,
  removed,
  unchanged
};
/// How many link classes there are (legend order is enum order).
constexpr int link_class_count = static_cast<int>(LinkClass::unchanged) + 1;

/// One drawn link: flows of the same ordered pair and class are merged into one.
struct ViewLink {
  int from = -1, to = -1;  ///< map organisation indexes
  LinkClass cls = LinkClass::voluntary;
  std::vector<std::string> obstacles;  ///< union over the merged flows, first-seen order
};

/// What a view selected.
struct ViewSelection {
  std::vector<int> orgs;        ///< map organisation indexes, ascending
  std::vector<ViewLink> links;  ///< in flow order, then recommended links
  std::vector<int> above;       ///< territory view: members covering the territory from above, ascending
  std::vector<int> outside;     ///< partners outside the view (territory, filters), drawn as stubs, ascending
  int focus = -1;               ///< the ego centre (map index), -1 in other views
  std::string title;            ///< the view's title in the input's language
};

/// The class of a flow: desired and blocked by status; active ones sporadic (dashed) before
/// mandatory (solid), on-request (open arrow) and voluntary or unspecified (bold).
LinkClass classify(const model::Flow& f);

/// Selects the organisations and links of `input.view`:
/// - map: every organisation, the flows of the layer;
/// - ego: organisations within `radius` hops of the centre, following layer flows in either
///   direction, and the layer flows among them;
/// - territory: organisations related to the territory by input.view.territory_scopes (filed
///   under it or a part of it, covering it from above, overlapping it), the layer flows among
///   them, and each layer flow to or from an organisation outside as a link to a stub of it;
/// - community: the organisations of community N and the layer flows among them;
/// - gaps: every organisation; active layer flows drawn as light context, every desired
///   and blocked flow, and the recommended links;
/// - obstacles: blocked flows, and desired flows that name an obstacle, with their ends;
/// - changes: the organisations added or removed (input.org_change) and the ends of the layer
///   flows added or removed (input.flow_change), with every layer flow among them as added,
///   removed or unchanged (context); both vectors sized as the map's (else std::logic_error).
/// Then, when input.kept is given, only the members it keeps stay (the ego centre always),
/// with the links that touch one of them, drawn to a stub when the other end is not kept.
/// Self-loops are left out. Throws InputError for an unknown organisation, territory or
/// community, UsageError when the community view has no communities to use.
ViewSelection select_view(const RenderInput& input);

}  // namespace stakemap::render
