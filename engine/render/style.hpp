#pragma once
// The visual encoding of a map (docs/maps.md): fill colours from a colour-blind-safe
// palette, shapes, sizes, outlines, line styles, clusters, and the legend that explains
// every one of them that the map uses.
#include <string>
#include <vector>

#include "render/render_input.hpp"
#include "render/scene.hpp"
#include "render/views.hpp"

namespace stakemap::render {

/// Paul Tol's "light" qualitative palette (colour-blind safe, readable under black text),
/// reordered so that neighbouring codes contrast; then the fills for grouped and unknown values.
const std::vector<std::string>& palette();
inline constexpr const char* other_fill = "#FFFFFF";
inline constexpr const char* unknown_fill = "#DDDDDD";
inline constexpr const char* silo_color = "#CC3311";
/// Flows and organisations added since an earlier state (the changes view); removed ones are red.
inline constexpr const char* added_color = "#228833";
/// Stubs (partners outside a territory view): their names in grey, smaller than members'.
inline constexpr const char* stub_color = "#666666";
inline constexpr double stub_fontsize = 9;

/// How one class of link is drawn.
struct LinkStyle {
  std::string style, color;
  double penwidth;
  std::string arrowhead;
  bool directed;
  std::string glyph;     ///< legend sample
  std::string text_key;  ///< legend text (message id, models/messages.csv)
};
const LinkStyle& link_style(LinkClass cls);

/// The Graphviz shape (and extra style, e.g. rounded) for an organisation under `by` (by kind:
/// the shape the profile gives the kind, `tax`), and
/// its legend glyph. Shapes that grow much larger than their label (triangles) are avoided.
struct ShapeChoice {
  std::string shape, style, glyph;
};
ShapeChoice shape_for(const model::Taxonomy& tax, const model::Organisation& org, ShapeBy by);

/// Turns a view's selection into a drawing: nodes with fills (by input.encoding.color; at
/// most 8 colours, rarer groups merged into "Other"), shapes, sizes (by input.size, area
/// proportional to the value), silo and focus outlines, clusters, styled links, title,
/// subtitle and legend. Throws UsageError when an encoding needs an analysis not given.
Scene encode(const RenderInput& input, const ViewSelection& view);

}  // namespace stakemap::render
