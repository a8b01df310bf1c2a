#include "render/dot_builder.hpp"

#include <graphviz/cgraph.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <stdexcept>

#include "render/labels.hpp"
#include "render/layout.hpp"
#include "render/legend.hpp"
#include "render/style.hpp"

namespace stakemap::render {

namespace {

// A synthetic id: prefix and number (never data text).
std::string synthetic_id(const char* prefix, std::size_t i) {
  std::string id(prefix);
  id += std::to_string(i);
  return id;
}

// cgraph takes char* but copies what it is given.
char* mut(const std::string& s) { return const_cast<char*>(s.c_str()); }

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", v);
  return buf;
}

// Declares an attribute with its default and returns its symbol.
Agsym_t* declare(Agraph_t* g, int kind, const std::string& name, const std::string& fallback) {
  return agattr(g, kind, mut(name), mut(fallback));
}

void set(void* obj, Agsym_t* sym, const std::string& value) { agxset(obj, sym, mut(value)); }

void graph_attributes(Agraph_t* g, const std::string& layout, std::size_t nodes) {
  declare(g, AGRAPH, "layout", graphviz_engine(layout));
  declare(g, AGRAPH, "fontname", "DejaVu Sans");
  declare(g, AGRAPH, "charset", "UTF-8");
  declare(g, AGRAPH, "labelloc", "t");
  declare(g, AGRAPH, "labeljust", "l");
  declare(g, AGRAPH, "pad", "0.3");
  declare(g, AGRAPH, "outputorder", "edgesfirst");
  if (layout == "dot") {
    declare(g, AGRAPH, "rankdir", "LR");
    declare(g, AGRAPH, "nodesep", "0.18");
    declare(g, AGRAPH, "ranksep", "0.6");
  } else if (layout == "groups") {
    declare(g, AGRAPH, "splines", "line");  // positions come with the nodes (apply_positions)
  } else {
    declare(g, AGRAPH, "start", "1");  // fixed seed: the same input lays out the same
    declare(g, AGRAPH, "overlap", "prism");
    declare(g, AGRAPH, "sep", "+8");
    // Edges routed around nodes cost 1 s of CPU at 57 nodes, 3 s at 100 and 18 s at 200
    // (sfdp, Graphviz 2.43); larger maps get straight lines.
    declare(g, AGRAPH, "splines", nodes <= spline_max_nodes ? "true" : "line");
    if (layout == "sfdp" || layout == "fdp") declare(g, AGRAPH, "K", "1.2");
  }
}

void node_defaults(Agraph_t* g) {
  declare(g, AGNODE, "fontname", "DejaVu Sans");
  declare(g, AGNODE, "margin", "0.06,0.03");
}

}  // namespace

void GraphCloser::operator()(Agraph_s* g) const {
  if (g) agclose(g);
}

GraphPtr build_graph(const Scene& scene, const std::string& layout, int dpi) {
  Agdesc_t desc = Agdirected;
  GraphPtr graph(agopen(mut("stakemap"), desc, nullptr));
  Agraph_t* g = graph.get();
  graph_attributes(g, layout, scene.nodes.size());
  if (dpi > 0) declare(g, AGRAPH, "dpi", std::to_string(dpi));
  char* html = agstrdup_html(g, mut(legend_html(scene)));
  agxset(g, declare(g, AGRAPH, "label", ""), html);
  agstrfree(g, html);

  node_defaults(g);
  Agsym_t* label = declare(g, AGNODE, "label", "\\N");
  Agsym_t* fill = declare(g, AGNODE, "fillcolor", "#DDDDDD");
  Agsym_t* shape = declare(g, AGNODE, "shape", "ellipse");
  Agsym_t* nstyle = declare(g, AGNODE, "style", "filled");
  Agsym_t* outline = declare(g, AGNODE, "color", "#555555");
  Agsym_t* penwidth = declare(g, AGNODE, "penwidth", "1");
  Agsym_t* peripheries = declare(g, AGNODE, "peripheries", "1");
  Agsym_t* width = declare(g, AGNODE, "width", "0.3");
  Agsym_t* height = declare(g, AGNODE, "height", "0.3");
  Agsym_t* fontsize = declare(g, AGNODE, "fontsize", "11");

  std::vector<Agraph_t*> clusters;
  for (std::size_t i = 0; i < scene.clusters.size(); ++i) {
    Agraph_t* c = agsubg(g, mut(synthetic_id("cluster_", i)), 1);
    agsafeset(c, mut("label"), mut(graphviz_text(scene.clusters[i])), mut(""));
    agsafeset(c, mut("style"), mut("rounded,filled"), mut(""));
    agsafeset(c, mut("fillcolor"), mut("#F4F4F4"), mut(""));
    agsafeset(c, mut("color"), mut("#BBBBBB"), mut(""));
    agsafeset(c, mut("fontsize"), mut("12"), mut(""));
    agsafeset(c, mut("labeljust"), mut("l"), mut(""));
    clusters.push_back(c);
  }

  std::vector<Agnode_t*> nodes;
  for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
    const auto& sn = scene.nodes[i];
    Agnode_t* n = agnode(g, mut(synthetic_id("n", i)), 1);
    set(n, label, graphviz_lines(sn.label_lines));
    set(n, fill, sn.fill);
    set(n, shape, sn.shape);
    if (!sn.style.empty() || sn.dashed)
      set(n, nstyle, "filled" + (sn.style.empty() ? "" : "," + sn.style) + (sn.dashed ? ",dashed" : ""));
    if (sn.width > 0) {
      set(n, width, num(sn.width));
      set(n, height, num(sn.width * 0.5));
    }
    if (sn.fontsize != 11) set(n, fontsize, num(sn.fontsize));
    if (sn.silo) {
      set(n, outline, "#CC3311");
      set(n, penwidth, "3");
    }
    if (!sn.outline.empty()) {
      set(n, outline, sn.outline);
      set(n, penwidth, "2.5");
    }
    if (sn.focus) {
      set(n, peripheries, "2");
      if (!sn.silo) set(n, outline, "#000000");
    }
    if (sn.stub) {  // a partner outside the view: its name only, in grey
      set(n, shape, "plaintext");
      set(n, nstyle, "solid");
      set(n, peripheries, "0");
      agsafeset(n, mut("fontcolor"), mut(stub_color), mut(""));
    }
    if (sn.cluster >= 0) agsubnode(clusters[sn.cluster], n, 1);
    nodes.push_back(n);
  }

  declare(g, AGEDGE, "fontname", "DejaVu Sans");
  declare(g, AGEDGE, "arrowsize", "0.7");
  Agsym_t* style = declare(g, AGEDGE, "style", "solid");
  Agsym_t* color = declare(g, AGEDGE, "color", "#444444");
  Agsym_t* fontcolor = declare(g, AGEDGE, "fontcolor", "#444444");
  Agsym_t* epen = declare(g, AGEDGE, "penwidth", "1");
  Agsym_t* arrowhead = declare(g, AGEDGE, "arrowhead", "normal");
  Agsym_t* dir = declare(g, AGEDGE, "dir", "forward");
  Agsym_t* arrowtail = declare(g, AGEDGE, "arrowtail", "normal");
  Agsym_t* svg_class = declare(g, AGEDGE, "class", "");
  // dot lays out an edge label as a node of its own rank, so it never lies on a node or on
  // another label; the other engines only place external labels after layout (xlabel). The
  // group layout puts them at the middle of each straight link: placing thousands of xlabels
  // among thousands of nodes was 40 % of drawing the 5k gaps map.
  Agsym_t* elabel = declare(g, AGEDGE, layout == "dot" || layout == "groups" ? "label" : "xlabel", "");
  declare(g, AGEDGE, "fontsize", num(edge_label_fontsize));
  for (std::size_t i = 0; i < scene.edges.size(); ++i) {
    const auto& se = scene.edges[i];
    Agedge_t* e = agedge(g, nodes[se.tail], nodes[se.head], nullptr, 1);
    set(e, style, se.style);
    set(e, color, se.color);
    set(e, fontcolor, se.color);
    set(e, epen, num(se.penwidth));
    set(e, arrowhead, se.arrowhead);
    if (!se.directed) set(e, dir, "none");
    if (se.context) set(e, svg_class, "context");
    if (se.both) {
      set(e, dir, "both");
      set(e, arrowtail, se.arrowhead);
    }
    if (!se.label.empty()) set(e, elabel, graphviz_text(se.label));
  }
  return graph;
}

void apply_positions(Agraph_s* g, const std::vector<NodePosition>& positions) {
  Agsym_t* pos = agattr(g, AGNODE, mut("pos"), mut(""));
  char buf[64];
  for (std::size_t i = 0; i < positions.size(); ++i) {
    Agnode_t* n = agnode(g, mut(synthetic_id("n", i)), 0);
    if (!n) continue;
    std::snprintf(buf, sizeof buf, "%.1f,%.1f!", positions[i].x, positions[i].y);
    agxset(n, pos, buf);
  }
}

void apply_page(Agraph_s* g, const Page& page) {
  if (page.empty()) return;
  agattr(g, AGRAPH, mut("size"),
         mut(num(page.width - 2 * page.margin) + "," + num(page.height - 2 * page.margin) + "!"));
  agattr(g, AGRAPH, mut("ratio"), mut("fill"));
  agattr(g, AGRAPH, mut("pad"), mut(num(page.margin)));
}

std::string write_dot(Agraph_s* g) {
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* f = open_memstream(&buffer, &size);
  if (!f) throw std::runtime_error("cannot open a memory stream for DOT output");
  errno = 0;
  int rc = agwrite(g, f);
  const bool no_memory = errno == ENOMEM;  // the memory stream could not grow (under --max-memory)
  std::fclose(f);
  std::string out(buffer ? buffer : "", size);
  std::free(buffer);
  if (rc != 0 && no_memory) throw std::bad_alloc();
  if (rc != 0) throw std::runtime_error("Graphviz could not write the DOT text");
  return out;
}

GraphPtr read_dot(const std::string& dot) {
  GraphPtr graph(agmemread(dot.c_str()));
  if (!graph) throw std::runtime_error("Graphviz could not read back the DOT text of the map");
  return graph;
}

}  // namespace stakemap::render
