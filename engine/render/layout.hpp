#pragma once
// Layout and rendering in-process with gvc. The Graphviz plugins stakemap needs (dot and
// neato-family layouts, core SVG/DOT renderers, cairo PNG/PDF renderers) are linked into the
// binary and registered as built-ins, so no plugin configuration file is read or needed.
#include <cstddef>
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
/// up to dot_max_nodes and sfdp above (fdp when clusters are asked for, since sfdp does not
/// draw clusters). A view that is not `hierarchical` (the gaps view, whose links cut across
/// dot's ranks and made its maps twice as wide) gets sfdp/fdp at every size.
/// Throws UsageError for an unknown engine.
std::string choose_layout(const std::string& requested, int nodes, bool clusters, bool hierarchical = true);

/// Lays out `g` with `engine` and renders it to `format` (not dot: DOT text is written
/// without layout by write_dot). When `zoom` is given, it receives the factor by which the
/// renderer scales the laid-out drawing to fit the graph's `size` (1 without size). Throws
/// std::runtime_error when Graphviz fails, with its messages.
std::string layout_and_render(Agraph_s* g, const std::string& engine, ImageFormat format, double* zoom = nullptr);

/// Where the layout put one node: its centre and size in points (y grows upwards, as in
/// Graphviz).
struct NodePosition {
  double x = 0, y = 0, width = 0, height = 0;
};

/// Lays out `g` with `engine` and returns the position of each node named `n<i>` (as
/// build_graph names them) at index i; `count` is the number of such nodes. Throws like
/// layout_and_render().
std::vector<NodePosition> layout_positions(Agraph_s* g, const std::string& engine, std::size_t count);

}  // namespace stakemap::render
