#pragma once
// Drawing order in Graphviz's SVG: Graphviz draws each edge with its tail node, so a light
// context line can lie over a line that carries the view's message. The context edges
// (SVG class "context", set by the DOT builder) are moved under every node and other edge.
#include <string>

namespace stakemap::render {

/// `svg` with every `<g ... class="edge context">` group moved before the first node or edge
/// group (after the graph's background, title and clusters), in their own order. An SVG
/// without such groups is returned unchanged.
std::string context_edges_first(const std::string& svg);

}  // namespace stakemap::render
