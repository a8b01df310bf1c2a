#pragma once
// `stakemap render` as a library call: view -> encoding -> cgraph graph -> gvc layout and
// rendering, all in-process.
#include <optional>
#include <string>
#include <vector>

#include "render/drawing_cache.hpp"
#include "render/layout.hpp"
#include "render/page.hpp"
#include "render/render_input.hpp"
#include "render/scene.hpp"
#include "render/views.hpp"

namespace stakemap::render {

/// The output format named by `to` (svg, png, pdf, dot) or, when `to` is empty, by the
/// extension of `path` (.svg, .png, .pdf, .dot, .gv); svg when neither says. Throws
/// UsageError for an unknown format or extension.
ImageFormat output_format(const std::string& to, const std::string& path);

/// How to render.
struct RenderOptions {
  ImageFormat format = ImageFormat::svg;
  std::string layout = "auto";  ///< auto, dot, sfdp, neato, circo, fdp (layout.hpp)
  int dpi = 0;                  ///< PNG resolution in dots per inch (0: Graphviz's 96)
  Page page;                    ///< the page the map is laid out for (page.hpp); empty: natural size
  bool page_asked = true;       ///< false: a default page, dropped for the natural size when the map does not fit it
  const DrawingCache* cache = nullptr;  ///< drawings kept between runs (drawing_cache.hpp); null: none
};

/// A rendered map.
struct Rendered {
  std::string bytes;   ///< the file content (SVG/DOT text, PNG/PDF binary)
  std::string layout;  ///< the engine used
  int nodes = 0, edges = 0;
  /// Laid out by groups: the links to draw one by one (not bundled between groups), and how
  /// many of them are drawn (at most group_layout_max_links, group_links.hpp).
  int links_one_by_one = 0, links_drawn = 0;
  double smallest_text_pt = 0;  ///< the smallest text at print size (points); 0 without a page
  bool page_dropped = false;    ///< the default page did not fit: drawn at natural size instead
  /// Where each organisation was drawn, in map order (none for those not drawn, and for stubs);
  /// empty for DOT, which is not laid out.
  std::vector<std::optional<NodePosition>> org_positions;
};

/// Renders `input` (see views.hpp for what each view selects, style.hpp for the encoding).
/// The same input gives the same bytes (fixed seeds; SVG, DOT and PNG are byte-identical).
/// With a page, the drawing fills the page and the SVG carries its physical size; when its
/// smallest text would print under the page's minimum, nothing is rendered: OptionInputError
/// (field `page`) says how small, and suggests a larger page, a smaller view or fewer flows.
/// Throws InputError for unknown ids in the view, UsageError for bad options.
Rendered render_map(const RenderInput& input, const RenderOptions& options);

/// A map laid out but not drawn: what the view selected, its scene, and where Graphviz put
/// each scene node (positions[i] is scene.nodes[i]), for drawings made elsewhere (the explorer).
struct Placed {
  ViewSelection view;
  Scene scene;
  std::vector<NodePosition> positions;
  std::string layout;  ///< the engine used
};

/// Lays out `input` exactly as render_map() does with `layout` (same view, scene, engine and
/// DOT text), without rendering; the positions are kept in `cache` (may be null). Throws like
/// render_map().
Placed place_map(const RenderInput& input, const std::string& layout, const DrawingCache* cache = nullptr);

/// `input` placed where an earlier drawing put its organisations (Rendered::org_positions,
/// drawn with engine `layout`) instead of laid out again; nullopt when an organisation the view
/// shows was not in that drawing. The scene's nodes carry only `org` and `stub` (in the order
/// of encode()), and it has no edges: the view's links are in `view`. Throws like render_map().
std::optional<Placed> place_known(const RenderInput& input, const std::vector<std::optional<NodePosition>>& positions,
                                  const std::string& layout);

}  // namespace stakemap::render
