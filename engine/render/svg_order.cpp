#include "render/svg_order.hpp"

#include <algorithm>

namespace stakemap::render {

namespace {

// The end (one past "</g>") of the group that opens at `start`, nested groups included;
// npos when the SVG ends first.
std::size_t group_end(const std::string& svg, std::size_t start) {
  int depth = 0;
  std::size_t at = start;
  while (at != std::string::npos) {
    const auto open = svg.find("<g", at + 1), close = svg.find("</g>", at + 1);
    if (close == std::string::npos) return std::string::npos;
    if (open != std::string::npos && open < close && (svg[open + 2] == ' ' || svg[open + 2] == '>')) {
      ++depth;
      at = open;
    } else if (depth-- == 0) {
      return close + 4;
    } else {
      at = close;
    }
  }
  return std::string::npos;
}

}  // namespace

std::string context_edges_first(const std::string& svg) {
  static const std::string context = "class=\"edge context\"";
  if (svg.find(context) == std::string::npos) return svg;
  // The first node or edge group: the context edges go just before it.
  const auto node = svg.find("class=\"node"), edge = svg.find("class=\"edge");
  const auto first_mark = std::min(node, edge);
  const auto first = svg.rfind("<g ", first_mark);
  if (first == std::string::npos) return svg;
  std::string moved, rest;
  std::size_t copied = first;
  for (auto mark = svg.find(context, first); mark != std::string::npos; mark = svg.find(context, mark + 1)) {
    const auto start = svg.rfind("<g ", mark);
    const auto end = group_end(svg, start);
    if (start == std::string::npos || start < copied || end == std::string::npos) return svg;
    rest.append(svg, copied, start - copied);
    moved.append(svg, start, end - start);
    moved += '\n';
    copied = end;
    if (copied < svg.size() && svg[copied] == '\n') ++copied;
  }
  rest.append(svg, copied, std::string::npos);
  return svg.substr(0, first) + moved + rest;
}

}  // namespace stakemap::render
