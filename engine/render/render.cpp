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

Rendered render_map(const RenderInput& input, const RenderOptions& options) {
  if (!input.map) throw std::logic_error("render_map: no map");
  auto view = select_view(input);
  auto scene = encode(input, view);
  Rendered out;
  out.nodes = static_cast<int>(scene.nodes.size());
  out.edges = static_cast<int>(scene.edges.size());
  out.layout =
      choose_layout(options.layout, out.nodes, !scene.clusters.empty(), input.view.kind != ViewSpec::Kind::gaps);
  auto graph = build_graph(scene, out.layout, options.format == ImageFormat::png ? options.dpi : 0);
  std::string dot = write_dot(graph.get());
  if (options.format == ImageFormat::dot) {
    out.bytes = std::move(dot);
  } else {
    // Lay out the graph as read back from its DOT text: node and edge order then match what
    // `dot -Tsvg map.dot` reads, so the command-line tools draw the same map (dot's layout
    // depends on that order), and what is drawn is exactly the DOT that was written.
    auto reread = read_dot(dot);
    out.bytes = layout_and_render(reread.get(), out.layout, options.format);
  }
  return out;
}

}  // namespace stakemap::render
