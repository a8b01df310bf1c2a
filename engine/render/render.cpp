#include "render/render.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "render/dot_builder.hpp"
#include "render/style.hpp"
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

// The view, scene, engine and DOT text of `input`: what render_map() and place_map() share.
struct Prepared {
  ViewSelection view;
  Scene scene;
  std::string layout;
  std::string dot;
};

Prepared prepare(const RenderInput& input, const std::string& layout, int dpi) {
  if (!input.map) throw std::logic_error("render_map: no map");
  Prepared p;
  p.view = select_view(input);
  p.scene = encode(input, p.view);
  p.layout = choose_layout(layout, static_cast<int>(p.scene.nodes.size()), !p.scene.clusters.empty(),
                           input.view.kind != ViewSpec::Kind::gaps);
  auto graph = build_graph(p.scene, p.layout, dpi);
  p.dot = write_dot(graph.get());
  return p;
}

}  // namespace

Rendered render_map(const RenderInput& input, const RenderOptions& options) {
  auto p = prepare(input, options.layout, options.format == ImageFormat::png ? options.dpi : 0);
  Rendered out;
  out.nodes = static_cast<int>(p.scene.nodes.size());
  out.edges = static_cast<int>(p.scene.edges.size());
  out.layout = p.layout;
  if (options.format == ImageFormat::dot) {
    out.bytes = std::move(p.dot);
  } else {
    // Lay out the graph as read back from its DOT text: node and edge order then match what
    // `dot -Tsvg map.dot` reads, so the command-line tools draw the same map (dot's layout
    // depends on that order), and what is drawn is exactly the DOT that was written.
    auto reread = read_dot(p.dot);
    out.bytes = layout_and_render(reread.get(), out.layout, options.format);
  }
  return out;
}

Placed place_map(const RenderInput& input, const std::string& layout) {
  auto p = prepare(input, layout, 0);
  auto reread = read_dot(p.dot);  // as render_map(), so the positions are those of the drawn map
  Placed out;
  out.positions = layout_positions(reread.get(), p.layout, p.scene.nodes.size());
  out.view = std::move(p.view);
  out.scene = std::move(p.scene);
  out.layout = std::move(p.layout);
  return out;
}

}  // namespace stakemap::render
