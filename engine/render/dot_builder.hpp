#pragma once
// Builds the cgraph graph of a drawing: synthetic node ids (n0, n1, ...), every text
// escaped (labels.hpp for plain labels, escape::xml inside the HTML-like legend), no URL,
// href or tooltip attributes. Internal to the render module: only a forward declaration
// of cgraph's graph type appears here.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "render/layout.hpp"
#include "render/page.hpp"
#include "render/scene.hpp"

struct Agraph_s;

namespace stakemap::render {

/// Largest map whose links neato, fdp, sfdp and circo route around nodes (splines=true);
/// above, links are straight lines, because routing time grows about quadratically.
inline constexpr std::size_t spline_max_nodes = 100;

/// Font size of link labels (obstacle codes), in points.
inline constexpr double edge_label_fontsize = 9;

/// Closes a cgraph graph.
struct GraphCloser {
  void operator()(Agraph_s* g) const;
};
using GraphPtr = std::unique_ptr<Agraph_s, GraphCloser>;

/// The graph of `scene`, with attributes for the layout engine `layout` (dot, sfdp, neato,
/// circo, fdp); the engine is also stored as the graph's `layout` attribute so the DOT
/// text lays out the same with the command-line tools. `dpi` > 0 sets the resolution of
/// bitmap output (Graphviz's default is 96).
GraphPtr build_graph(const Scene& scene, const std::string& layout, int dpi = 0);

/// Fixes node `n<i>` of `g` at positions[i] (points, Graphviz's pos "x,y!"), for the "groups"
/// layout, which Graphviz draws with nop2 (neato -n2).
void apply_positions(Agraph_s* g, const std::vector<NodePosition>& positions);

/// Lays `g` out for `page` (nothing for an empty page): the drawing fills the page inside its
/// margins (Graphviz size "W,H!" and ratio=fill: node positions, not nodes, are stretched to the page's
/// aspect ratio, a larger drawing is scaled down and a smaller one up), with the margins as padding.
void apply_page(Agraph_s* g, const Page& page);

/// The graph as DOT text, as agwrite writes it.
std::string write_dot(Agraph_s* g);

/// Reads DOT text (as write_dot writes it) back into a graph; throws std::runtime_error
/// when cgraph cannot parse it.
GraphPtr read_dot(const std::string& dot);

}  // namespace stakemap::render
