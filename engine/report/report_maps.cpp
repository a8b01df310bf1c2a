// The report's maps: the whole map, the gaps map and the changes since a round, rendered
// in-process as inline SVG.
#include "core/escape.hpp"
#include "i18n/messages.hpp"
#include "render/render.hpp"
#include "report/report_data.hpp"
#include "report/since_map.hpp"

namespace stakemap::report {

using render::ImageFormat;
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

RenderInput view_input(const model::Map& map, const ReportOptions& options, const Analyses& a, ViewSpec::Kind kind) {
  RenderInput in;
  in.map = &map;
  in.layer = options.layer;
  in.view.kind = kind;
  in.lang = options.lang;
  in.title = i18n::text(kind == ViewSpec::Kind::gaps ? "report.map.gaps" : "report.map.whole", options.lang);
  render::attach(in, a.drawn);
  return in;
}

std::string figure(const std::string& svg, const std::string& caption) {
  return "<figure>" + inline_svg(svg) + "<figcaption>" + escape::xml(caption) + "</figcaption></figure>\n";
}

std::string figure(const std::string& svg, const char* caption_key, i18n::Lang lang) {
  return figure(svg, i18n::text(caption_key, lang));
}

}  // namespace

Rendered render_view(const model::Map& map, const ReportOptions& options, const Analyses& analyses, ViewSpec::Kind kind,
                     ImageFormat format) {
  RenderOptions opts;
  opts.format = format;
  return render::render_map(view_input(map, options, analyses, kind), opts);
}

Figures render_figures(const model::Map& map, const ReportOptions& options, const Analyses& analyses) {
  return {render_view(map, options, analyses, ViewSpec::Kind::map, ImageFormat::svg).bytes,
          render_view(map, options, analyses, ViewSpec::Kind::gaps, ImageFormat::svg).bytes};
}

std::string section_maps(const ReportData& d) {
  const Figures figures = d.figures ? *d.figures : render_figures(d.map, d.options, d.a);
  return "<section id=\"maps\"><h2>" + escape::xml(i18n::text("report.maps", d.lang())) + "</h2>\n" +
         figure(figures.map_svg, "report.map.whole", d.lang()) + figure(figures.gaps_svg, "report.map.gaps", d.lang()) +
         "</section>\n";
}

std::string section_since_map(const ReportData& d) {
  if (!d.options.since) return "";
  const auto& round = *d.options.since;
  const i18n::Lang lang = d.lang();
  const auto merged = merge_states(round.then, d.map, d.options.layer);
  std::string out = "<h3>" + escape::xml(i18n::text("report.since.map", lang, {{"round", round.name}})) + "</h3>\n";
  if (!merged.changed())
    return out + "<p class=\"note\">" +
           escape::xml(i18n::text("report.since.map.none", lang, {{"round", round.name}})) + "</p>\n";
  RenderInput in;
  in.map = &merged.map;
  in.layer = d.options.layer;
  in.view.kind = ViewSpec::Kind::changes;
  in.lang = lang;
  in.title = i18n::text("report.since.map", lang, {{"round", round.name}});
  in.flow_change = merged.flows;
  in.org_change = merged.orgs;
  RenderOptions opts;
  opts.format = ImageFormat::svg;
  const auto svg = render::render_map(in, opts).bytes;
  return out +
         figure(svg,
                i18n::text("report.since.map.caption", lang,
                           {{"round", round.name}, {"added", merged.flows_added}, {"removed", merged.flows_removed}}));
}

}  // namespace stakemap::report
