#include "render/render.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "render/dot_builder.hpp"
#include "render/group_layout.hpp"
#include "render/group_links.hpp"
#include "render/style.hpp"
#include "render/svg_order.hpp"
#include "render/views.hpp"

namespace stakemap::render {

ImageFormat output_format(const std::string& to, const std::string& path) {
  std::string name = to;
  if (name.empty()) {
    auto dot = path.rfind('.');
    auto slash = path.find_last_of("/\\");
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) {
      name = text::lower(path.substr(dot + 1));
      if (name == "gv") name = "dot";
      if (name != "svg" && name != "png" && name != "pdf" && name != "dot")
        throw OptionError(
            {"cannot tell the format from the extension of '" + path + "' (use .svg, .png, .pdf or .dot, or ",
             option_field("to"), ")"});
    } else {
      name = "svg";
    }
  }
  if (name == "svg") return ImageFormat::svg;
  if (name == "png") return ImageFormat::png;
  if (name == "pdf") return ImageFormat::pdf;
  if (name == "dot") return ImageFormat::dot;
  throw OptionError::unknown("to", to, "svg, png, pdf, dot");
}

namespace {

// The view, scene, engine and DOT text of `input`, for place_map().
struct Prepared {
  ViewSelection view;
  Scene scene;
  std::string layout;
  std::string dot;
};

// The graph Graphviz lays out for `scene` with `layout`, and how many links it draws: the
// scene's own (build_graph), except for the group layout, which bundles the ordinary links
// between groups and thins the links drawn one by one (group_links.hpp) and fixes every node where lay_out_by_groups()
// put it.
struct Built {
  GraphPtr graph;
  int edges = 0;
  Thinned thinned;  // the links inside groups, and how many are drawn
};

Built graph_of(Scene scene, const std::string& layout, int dpi, i18n::Lang lang) {
  std::vector<NodePosition> fixed;
  Thinned thinned;
  if (layout == "groups") {
    auto laid = lay_out_by_groups(scene);
    thinned = thin_links(scene, laid, lang);
    bundle_links_between_groups(scene, laid, lang);
    drop_link_labels(scene, lang);
    scene.legend_scale = legend_scale(laid);
    fixed = std::move(laid.positions);
  }
  Built out{build_graph(scene, layout, dpi), static_cast<int>(scene.edges.size()), thinned};
  if (!fixed.empty()) apply_positions(out.graph.get(), fixed);
  return out;
}

Prepared prepare(const RenderInput& input, const std::string& layout, int dpi) {
  if (!input.map) throw std::logic_error("place_map: no map");
  Prepared p;
  p.view = select_view(input);
  p.scene = encode(input, p.view);
  p.layout = choose_layout(layout, static_cast<int>(p.scene.nodes.size()), !p.scene.clusters.empty(),
                           input.view.kind != ViewSpec::Kind::gaps);
  p.dot = write_dot(graph_of(p.scene, p.layout, dpi, input.lang).graph.get());
  return p;
}

// The smallest font size (points) of the drawing before any scaling: node labels, link
// labels (9 pt), cluster titles (12 pt) and the legend's smallest lines (11 pt).
double smallest_font(const Scene& scene) {
  double smallest = 11;
  for (const auto& n : scene.nodes) smallest = std::min(smallest, n.fontsize);
  for (const auto& e : scene.edges)
    if (!e.label.empty()) smallest = std::min(smallest, edge_label_fontsize);
  return smallest;
}

const char* format_name(ImageFormat f) {
  switch (f) {
    case ImageFormat::svg: return "svg";
    case ImageFormat::png: return "png";
    case ImageFormat::pdf: return "pdf";
    case ImageFormat::dot: return "dot";
  }
  return "svg";
}

// Positions of the scene's organisations (not stubs) by map organisation.
std::vector<std::optional<NodePosition>> by_organisation(const Scene& scene, const std::vector<NodePosition>& positions,
                                                         std::size_t organisations) {
  std::vector<std::optional<NodePosition>> out(organisations);
  for (std::size_t i = 0; i < scene.nodes.size() && i < positions.size(); ++i)
    if (!scene.nodes[i].stub && scene.nodes[i].org >= 0 && static_cast<std::size_t>(scene.nodes[i].org) < organisations)
      out[static_cast<std::size_t>(scene.nodes[i].org)] = positions[i];
  return out;
}

std::string one_decimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// Refuses a drawing whose smallest text prints under the page's minimum.
void check_legible(const Page& page, double smallest_pt, const ViewSpec& view) {
  if (smallest_pt + 1e-9 >= page.min_text_pt) return;
  std::string larger = page.name == "a0" || !page.paper ? "" : " or a larger page (a0 is the largest)";
  std::string views = view.kind == ViewSpec::Kind::map || view.kind == ViewSpec::Kind::gaps
                          ? "a smaller view (territory:ID, community:N, ego:ORG, obstacles)"
                          : "a smaller view";
  throw OptionInputError({"the map cannot be drawn legibly on ", option_field("page"),
                          " " + page.name + (page.landscape ? " landscape" : " portrait") +
                              ": its smallest text would print at " + one_decimal(smallest_pt) + " pt, under the " +
                              one_decimal(page.min_text_pt) + " pt minimum; draw " + views + ", fewer flows (",
                          option_field("layer"), ")" + larger});
}

}  // namespace

Rendered render_map(const RenderInput& input, const RenderOptions& options) {
  if (!input.map) throw std::logic_error("render_map: no map");
  auto view = select_view(input);
  auto scene = encode(input, view);
  Rendered out;
  out.nodes = scene.organisations();
  out.edges = static_cast<int>(scene.edges.size());
  const bool clusters = !scene.clusters.empty();
  std::vector<std::string> engines{
      choose_layout(options.layout, out.nodes, clusters, input.view.kind != ViewSpec::Kind::gaps)};
  // On a page, `auto` falls back on the force-directed engine when dot's layered drawing (long
  // and narrow on a large map) would print its text under the page's minimum; not for links
  // with labels, which only dot keeps off the nodes.
  const bool labelled =
      std::any_of(scene.edges.begin(), scene.edges.end(), [](const auto& e) { return !e.label.empty(); });
  if (!options.page.empty() && options.layout == "auto" && engines.front() == "dot" && !labelled)
    engines.push_back(choose_layout("auto", out.nodes, clusters, false));
  for (std::size_t i = 0; i < engines.size(); ++i) {
    out.layout = engines[i];
    auto built = graph_of(scene, out.layout, options.format == ImageFormat::png ? options.dpi : 0, input.lang);
    out.edges = built.edges;
    out.links_one_by_one = built.thinned.links;
    out.links_drawn = built.thinned.drawn;
    apply_page(built.graph.get(), options.page);
    std::string dot = write_dot(built.graph.get());
    if (options.format == ImageFormat::dot) {
      out.bytes = std::move(dot);
      return out;
    }
    // Lay out the graph as read back from its DOT text: node and edge order then match what
    // `dot -Tsvg map.dot` reads, so the command-line tools draw the same map (dot's layout
    // depends on that order), and what is drawn is exactly the DOT that was written.
    const std::size_t count = scene.nodes.size();
    Drawing drawn =
        cached_drawing(options.cache, drawing_key(format_name(options.format), out.layout, dot), count, [&] {
          auto reread = read_dot(dot);
          return lay_out_graph(reread.get(), graphviz_engine(out.layout), count, options.format);
        });
    out.bytes = std::move(drawn.bytes);
    out.org_positions = by_organisation(scene, drawn.positions, input.map->organisations.size());
    const double zoom = drawn.zoom;
    if (options.format == ImageFormat::svg) out.bytes = context_edges_first(out.bytes);
    if (options.page.empty()) return out;
    out.smallest_text_pt = smallest_font(scene) * zoom;
    if (out.smallest_text_pt + 1e-9 < options.page.min_text_pt && i + 1 < engines.size()) continue;
    if (out.smallest_text_pt + 1e-9 < options.page.min_text_pt && !options.page_asked) {
      RenderOptions natural = options;
      natural.page = {};
      auto drawn = render_map(input, natural);
      drawn.smallest_text_pt = out.smallest_text_pt;
      drawn.page_dropped = true;
      return drawn;
    }
    check_legible(options.page, out.smallest_text_pt, input.view);
    if (options.format == ImageFormat::svg) out.bytes = with_physical_size(out.bytes, options.page);
    return out;
  }
  return out;
}

Placed place_map(const RenderInput& input, const std::string& layout, const DrawingCache* cache) {
  auto p = prepare(input, layout, 0);
  const std::size_t count = p.scene.nodes.size();
  Drawing drawn = cached_drawing(cache, drawing_key("positions", p.layout, p.dot), count, [&] {
    auto reread = read_dot(p.dot);  // as render_map(), so the positions are those of the drawn map
    return lay_out_graph(reread.get(), graphviz_engine(p.layout), count);
  });
  Placed out;
  out.positions = std::move(drawn.positions);
  out.view = std::move(p.view);
  out.scene = std::move(p.scene);
  out.layout = std::move(p.layout);
  return out;
}

std::optional<Placed> place_known(const RenderInput& input, const std::vector<std::optional<NodePosition>>& positions,
                                  const std::string& layout) {
  if (!input.map) throw std::logic_error("place_known: no map");
  Placed out;
  out.view = select_view(input);
  // The nodes encode() would make, in its order (the view's organisations, then the stubs),
  // without their drawing: the caller draws them itself.
  for (std::size_t i = 0; i < out.view.orgs.size() + out.view.outside.size(); ++i) {
    SceneNode node;
    node.stub = i >= out.view.orgs.size();
    node.org = node.stub ? out.view.outside[i - out.view.orgs.size()] : out.view.orgs[i];
    out.scene.nodes.push_back(std::move(node));
  }
  out.positions.resize(out.scene.nodes.size());
  for (std::size_t i = 0; i < out.scene.nodes.size(); ++i) {
    const auto& node = out.scene.nodes[i];
    if (node.stub) continue;
    const auto org = static_cast<std::size_t>(node.org);
    if (node.org < 0 || org >= positions.size() || !positions[org]) return std::nullopt;
    out.positions[i] = *positions[org];
  }
  out.layout = layout;
  return out;
}

}  // namespace stakemap::render
