// The report's maps: the whole map and the gaps map, rendered in-process as inline SVG.
#include "core/escape.hpp"
#include "render/render.hpp"
#include "render/report_data.hpp"
#include "render/report_text.hpp"

namespace stakemap::render {

namespace {

// Graphviz SVG starts with an XML declaration and a DOCTYPE: inline HTML needs only <svg>.
std::string inline_svg(const std::string& svg) {
  auto start = svg.find("<svg");
  return start == std::string::npos ? "" : svg.substr(start);
}

std::string figure(const ReportData& d, ViewSpec::Kind kind, const char* caption_key) {
  RenderInput in;
  in.map = &d.map;
  in.layer = d.options.layer;
  in.view.kind = kind;
  in.lang = d.lang();
  in.title = report_text(caption_key, d.lang());
  in.size = {"betweenness", d.centrality.betweenness};
  in.silo.assign(d.map.organisations.size(), false);
  for (const auto& s : d.silos) in.silo[s.org] = true;
  for (const auto& l : d.recommended) in.recommended.push_back({l.a, l.b});
  RenderOptions ro;
  ro.format = OutputFormat::svg;
  auto rendered = render_map(in, ro);
  return "<figure>" + inline_svg(rendered.bytes) + "<figcaption>" + escape::xml(report_text(caption_key, d.lang())) +
         "</figcaption></figure>\n";
}

}  // namespace

std::string section_maps(const ReportData& d) {
  return "<section id=\"maps\"><h2>" + escape::xml(report_text("maps", d.lang())) + "</h2>\n" +
         figure(d, ViewSpec::Kind::map, "map.whole") + figure(d, ViewSpec::Kind::gaps, "map.gaps") + "</section>\n";
}

}  // namespace stakemap::render
