// The report's maps: the whole map and the gaps map, rendered in-process as inline SVG.
#include "core/escape.hpp"
#include "i18n/messages.hpp"
#include "render/render.hpp"
#include "report/report_data.hpp"

namespace stakemap::report {

using render::OutputFormat;
using render::Rendered;
using render::RenderInput;
using render::RenderOptions;
using render::ViewSpec;

namespace {

// Graphviz SVG starts with an XML declaration and a DOCTYPE: inline HTML needs only <svg>.
std::string inline_svg(const std::string& svg) {
  auto start = svg.find("<svg");
  return start == std::string::npos ? "" : svg.substr(start);
}

RenderInput view_input(const model::Map& map, const ReportOptions& options, ViewSpec::Kind kind,
                       const std::vector<double>& betweenness, const std::vector<analysis::Silo>& silos,
                       const std::vector<analysis::RecommendedLink>& recommended) {
  RenderInput in;
  in.map = &map;
  in.layer = options.layer;
  in.view.kind = kind;
  in.lang = options.lang;
  in.title = i18n::text(kind == ViewSpec::Kind::gaps ? "report.map.gaps" : "report.map.whole", options.lang);
  in.size = {"betweenness", betweenness};
  in.silo.assign(map.organisations.size(), false);
  for (const auto& s : silos) in.silo[s.org] = true;
  for (const auto& l : recommended) in.recommended.push_back({l.a, l.b});
  return in;
}

std::string figure(const ReportData& d, ViewSpec::Kind kind, const char* caption_key) {
  RenderOptions ro;
  ro.format = OutputFormat::svg;
  auto rendered =
      render::render_map(view_input(d.map, d.options, kind, d.centrality.betweenness, d.silos, d.recommended), ro);
  return "<figure>" + inline_svg(rendered.bytes) + "<figcaption>" + escape::xml(i18n::text(caption_key, d.lang())) +
         "</figcaption></figure>\n";
}

}  // namespace

Rendered render_view(const model::Map& map, const ReportOptions& options, ViewSpec::Kind kind, OutputFormat format) {
  auto g = graph::build(map, options.layer);
  analysis::CentralityOptions co;
  co.only = {"betweenness"};
  auto betweenness = analysis::centrality(g, co).betweenness;
  analysis::RecommendOptions ro;
  ro.lang = options.lang;
  ro.limit = static_cast<std::size_t>(options.top);
  RenderOptions opts;
  opts.format = format;
  return render::render_map(view_input(map, options, kind, betweenness, analysis::find_silos(map, options.layer),
                                       analysis::recommend_links(map, ro)),
                            opts);
}

std::string section_maps(const ReportData& d) {
  return "<section id=\"maps\"><h2>" + escape::xml(i18n::text("report.maps", d.lang())) + "</h2>\n" +
         figure(d, ViewSpec::Kind::map, "report.map.whole") + figure(d, ViewSpec::Kind::gaps, "report.map.gaps") + "</section>\n";
}

}  // namespace stakemap::report
