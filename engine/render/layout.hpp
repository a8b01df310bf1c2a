#pragma once
// Layout and rendering in-process with gvc. The Graphviz plugins stakemap needs (dot and
// neato-family layouts, core SVG/DOT renderers, cairo PNG/PDF renderers) are linked into the
// binary and registered as built-ins, so no plugin configuration file is read or needed.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

struct Agraph_s;

namespace stakemap::render {

/// Output formats of `stakemap render`.
enum class ImageFormat { svg, png, pdf, dot };

/// The layout engines offered by --layout.
const std::vector<std::string>& layout_engines();

/// Largest map (nodes) that the automatic choice lays out with `dot`; larger maps use
/// `sfdp`. Measured on this machine (docs/maps.md, docs/benchmarks.md).
inline constexpr int dot_max_nodes = 200;

/// The engine for a map of `nodes` nodes: `requested` unless it is "auto". Auto picks dot
/// up to dot_max_nodes, sfdp above and, above group_layout_min_nodes (group_layout.hpp),
/// "groups": stakemap's own layout by groups, drawn by Graphviz at fixed positions (fdp at
/// every size above dot's when clusters are asked for, since sfdp does not draw clusters). A view that is not
/// `hierarchical` (the gaps view, whose links cut across dot's ranks and made its maps twice as wide) gets sfdp/fdp at
/// every size. Throws UsageError for an unknown engine.
std::string choose_layout(const std::string& requested, int nodes, bool clusters, bool hierarchical = true);

/// The Graphviz engine that draws `layout`: nop2 (neato -n2: the nodes' given positions,
/// straight links) for "groups", else `layout` itself.
std::string graphviz_engine(const std::string& layout);

/// Where the layout put one node: its centre and size in points (y grows upwards, as in
/// Graphviz).
struct NodePosition {
  double x = 0, y = 0, width = 0, height = 0;
};

/// A laid-out map: where each scene node went and, when it was rendered, the file's bytes.
struct Drawing {
  std::string bytes;  ///< SVG/PNG/PDF (empty when only laid out)
  double zoom = 1;    ///< the factor by which the renderer scaled the drawing to fit the graph's `size`
  std::vector<NodePosition> positions;  ///< positions[i]: the node named `n<i>` (as build_graph names them)
};

/// Lays out `g` with `engine` and, when `format` is given (not dot: DOT text is written without
/// layout by write_dot), renders it. `count` is the number of nodes named `n<i>`. Throws
/// std::runtime_error when Graphviz fails, with its messages.
Drawing lay_out_graph(Agraph_s* g, const std::string& engine, std::size_t count,
                      std::optional<ImageFormat> format = std::nullopt);

/// Graphviz's version, as gvc reports it.
std::string graphviz_version();

}  // namespace stakemap::render
