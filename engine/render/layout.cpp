#include "render/layout.hpp"

#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/progress.hpp"
#include "render/group_layout.hpp"

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_pango_LTX_library;
}

namespace stakemap::render {

namespace {

// The plugins linked into the binary. With demand loading off, gvc uses only these and
// never reads the installed plugin configuration (config6a), so a machine where `dot -c`
// never ran still lays out and renders.
const lt_symlist_t builtin_plugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {"gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library},
    {nullptr, nullptr},
};

std::string graphviz_messages;

// gvc and cgraph keep global state (the error handler, the plugin context).
std::mutex& graphviz_lock() {
  static std::mutex lock;
  return lock;
}

int collect_message(char* message) {
  graphviz_messages += message;
  return 0;
}

GVC_t* context() {
  static GVC_t* gvc = [] {
    agseterrf(collect_message);
    agseterr(AGERR);  // warnings (e.g. "label too wide") are not errors: keep them quiet
    return gvContextPlugins(builtin_plugins, 0);
  }();
  return gvc;
}

const char* renderer(ImageFormat f) {
  switch (f) {
    case ImageFormat::svg: return "svg:svg:core";  // text stays text (cairo's SVG draws glyph outlines)
    case ImageFormat::png: return "png:cairo";
    case ImageFormat::pdf: return "pdf:cairo";
    case ImageFormat::dot: return "dot";
  }
  return "svg";
}

std::string take_messages() {
  std::string m = std::move(graphviz_messages);
  graphviz_messages.clear();
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return m;
}

}  // namespace

const std::vector<std::string>& layout_engines() {
  static const std::vector<std::string> engines{"dot", "sfdp", "neato", "circo", "fdp", "groups"};
  return engines;
}

std::string choose_layout(const std::string& requested, int nodes, bool clusters, bool hierarchical) {
  if (requested == "auto") {
    if (hierarchical && nodes <= dot_max_nodes) return "dot";
    if (clusters) return "fdp";
    return nodes > group_layout_min_nodes ? "groups" : "sfdp";
  }
  for (const auto& e : layout_engines())
    if (e == requested) return e;
  throw OptionError::unknown("layout", requested, "auto, dot, sfdp, neato, circo, fdp, groups");
}

std::string graphviz_engine(const std::string& layout) { return layout == "groups" ? "nop2" : layout; }

namespace {

// The renderer's zoom for the laid-out `g`: min(size / drawing) per axis when the graph has a
// size and the drawing is larger, or the size ends in '!' (then the drawing is scaled up too).
double render_zoom(Agraph_t* g) {
  const char* size = agget(g, const_cast<char*>("size"));
  double w = 0, h = 0;
  if (!size || std::sscanf(size, "%lf,%lf", &w, &h) != 2 || w <= 0 || h <= 0) return 1;
  boxf bb = GD_bb(g);
  double bw = bb.UR.x - bb.LL.x, bh = bb.UR.y - bb.LL.y;
  if (bw <= 0 || bh <= 0) return 1;
  double z = std::min(w * 72 / bw, h * 72 / bh);
  return z < 1 || std::strchr(size, '!') ? z : 1;
}

// Lays out `g` (the caller holds graphviz_lock()); the caller frees the layout.
void lay_out(GVC_t* gvc, Agraph_s* g, const std::string& engine) {
  take_messages();
  // fdp breaks ties between coincident nodes with rand(), whose state otherwise carries over
  // from earlier layouts in the same process: reseed so every layout starts alike.
  std::srand(1);
  srand48(1);
  if (gvLayout(gvc, g, engine.c_str()) != 0)
    throw std::runtime_error("Graphviz could not lay out the map with " + engine + ": " + take_messages());
}

}  // namespace

Drawing lay_out_graph(Agraph_s* g, const std::string& engine, std::size_t count, std::optional<ImageFormat> format) {
  std::lock_guard<std::mutex> hold(graphviz_lock());
  GVC_t* gvc = context();
  Busy busy("drawing " + std::to_string(count) + " nodes with " + engine);  // shown after a second
  lay_out(gvc, g, engine);
  Drawing out;
  out.zoom = render_zoom(g);
  out.positions.resize(count);
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    const char* name = agnameof(n);
    if (!name || name[0] != 'n') continue;
    char* end = nullptr;
    unsigned long i = std::strtoul(name + 1, &end, 10);
    if (*end != '\0' || i >= count) continue;
    out.positions[i] = {ND_coord(n).x, ND_coord(n).y, ND_width(n) * 72.0, ND_height(n) * 72.0};
  }
  if (!format) {
    gvFreeLayout(gvc, g);
    return out;
  }
  // Render into a memory stream rather than with gvRenderData, whose buffer grows one page
  // at a time (quadratic copying: +15 % time on a 2 MB SVG).
  char* data = nullptr;
  std::size_t length = 0;
  FILE* stream = open_memstream(&data, &length);
  if (!stream) {
    gvFreeLayout(gvc, g);
    throw std::runtime_error("cannot open a memory stream for the rendered map");
  }
  int rc = gvRender(gvc, g, renderer(*format), stream);
  std::fclose(stream);
  if (data) out.bytes.assign(data, length);
  std::free(data);
  gvFreeLayout(gvc, g);
  if (rc != 0) throw std::runtime_error("Graphviz could not render the map: " + take_messages());
  return out;
}

std::string graphviz_version() {
  std::lock_guard<std::mutex> hold(graphviz_lock());
  const char* version = gvcVersion(context());
  return version ? version : "";
}

}  // namespace stakemap::render
