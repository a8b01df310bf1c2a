#pragma once
// A map ready to draw, free of any Graphviz type: nodes and edges with their visual
// attributes, clusters, title and legend. Text here is raw (unescaped) data; the DOT
// builder escapes it.
#include <string>
#include <vector>

namespace stakemap::render {

/// One organisation on the map.
struct SceneNode {
  int org = -1;                          ///< map organisation index
  std::vector<std::string> label_lines;  ///< the label, already wrapped
  std::string fill;                      ///< "#rrggbb"
  std::string shape;                     ///< Graphviz shape name
  std::string style;                     ///< extra style besides "filled" (e.g. "rounded"), or empty
  double width = 0;                      ///< minimum width in inches (0: from the label)
  double fontsize = 11;
  bool silo = false;    ///< red outline
  bool focus = false;   ///< double outline (ego centre)
  bool stub = false;    ///< a partner outside the view: its name in grey, no shape
  std::string outline;  ///< outline colour "#rrggbb" drawn thick (changes view), or empty
  bool dashed = false;  ///< dashed outline (an organisation removed since an earlier state)
  int cluster = -1;     ///< index into Scene::clusters, -1 for none
};

/// One drawn edge (several flows of the same pair and style are drawn once).
struct SceneEdge {
  int tail = -1, head = -1;  ///< indexes into Scene::nodes
  std::string style;         ///< solid, bold, dashed, dotted
  std::string color;         ///< "#rrggbb"
  double penwidth = 1;
  std::string arrowhead;  ///< normal, empty, none
  bool directed = true;
  std::string label;      ///< e.g. obstacle codes; empty for none
  bool to_stub = false;   ///< links a node of the view to a stub
  bool both = false;      ///< also stands for head -> tail (same style and label): arrowheads at both ends
  bool context = false;   ///< a light line for context, drawn under the others (SVG class "context")
  bool ordinary = false;  ///< an active flow or a context line: a large map may draw it in a bundle (group_links.hpp)
  bool gap = false;  ///< a desired or blocked flow: a large map draws these before ordinary links (group_links.hpp)
};

/// One line of the legend: a symbol and what it means.
struct LegendEntry {
  enum class Symbol { swatch, glyph, line, text };
  Symbol symbol = Symbol::text;
  std::string glyph;  ///< the characters drawn (glyph, line); for swatch unused
  std::string color;  ///< swatch fill or glyph/line colour
  std::string text;   ///< the explanation
};

/// A titled group of legend entries ("Fill: level", "Lines", ...).
struct LegendSection {
  std::string heading;
  std::vector<LegendEntry> entries;
  bool own_rows = false;  ///< drawn below the others, one entry per full-width row (long texts)
};

/// The whole drawing.
struct Scene {
  std::string title, subtitle;
  std::string notice;  ///< shown under the subtitle: the map's data are synthetic (or empty)
  std::vector<SceneNode> nodes;
  std::vector<SceneEdge> edges;
  std::vector<std::string> clusters;  ///< cluster labels
  std::vector<LegendSection> legend;
  /// Sizes of the title block and legend are multiplied by this: 1, except on a map laid out
  /// by groups, drawn many pages wide, whose legend grows with the drawing (legend_scale()).
  double legend_scale = 1;

  /// The organisations of the view: every node but the stubs.
  [[nodiscard]] int organisations() const {
    int n = 0;
    for (const auto& node : nodes) n += node.stub ? 0 : 1;
    return n;
  }
};

}  // namespace stakemap::render
