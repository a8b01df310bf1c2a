// The report's maps: the whole map, the gaps map and the changes since a round, rendered
// in-process as inline SVG.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/escape.hpp"
#include "explore/explore_page.hpp"
#include "i18n/messages.hpp"
#include "render/group_layout.hpp"
#include "render/group_links.hpp"
#include "render/page.hpp"
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

// The number after `attribute="` in `svg` from `from` on (0 when absent or not a number).
double number_after(const std::string& svg, const std::string& attribute, std::size_t from = 0) {
  auto at = svg.find(attribute + "=\"", from);
  return at == std::string::npos ? 0 : std::strtod(svg.c_str() + at + attribute.size() + 2, nullptr);
}

// The box the print style sheet gives a map (report.cpp: A4 landscape, 10 mm margins, the
// drawing at most 160 mm high to leave room for its caption), in points.
constexpr double print_width_pt = 277 / 25.4 * 72, print_height_pt = 160 / 25.4 * 72;

// The smallest text of a Graphviz SVG when printed in that box (scaled to fit it, up or down).
double printed_text_pt(const std::string& svg) {
  const auto root = svg.find("<svg");
  const double width = number_after(svg, "width", root), height = number_after(svg, "height", root);
  double smallest = 0;
  for (auto at = svg.find("font-size=\""); at != std::string::npos; at = svg.find("font-size=\"", at + 1)) {
    double size = std::strtod(svg.c_str() + at + 11, nullptr);
    if (size > 0 && (smallest == 0 || size < smallest)) smallest = size;
  }
  if (width <= 0 || height <= 0 || smallest <= 0) return 0;
  return smallest * std::min(print_width_pt / width, print_height_pt / height);
}

// Under a map that A4 would print too small to read: how small, and the command that lays it
// out for a poster page instead (render checks that page and says when it is too small).
std::string print_note(const std::string& svg, const std::string& view, i18n::Lang lang) {
  const double on_a4 = printed_text_pt(svg);
  if (on_a4 <= 0 || on_a4 >= render::page_format("a4").min_text_pt) return "";
  char size[16];
  std::snprintf(size, sizeof size, "%.1f", on_a4);
  const std::string command =
      "stakemap render" + (view == "map" ? std::string() : " --view " + view) + " --page a1 -o " + view + ".pdf";
  return "<p class=\"note print-note\">" +
         escape::xml(i18n::text("report.map.print_small", lang, {{"size", std::string(size)}, {"command", command}})) +
         "</p>";
}

// A map as a figure on a page of its own when printed: the SVG, its caption and, for a view
// of `stakemap render` (`view`; empty for none), the print note. With an explorer `page`, the
// screen shows the page in a sandboxed frame (scripts and downloads only) and print the SVG; the
// page is in single quotes, its JSON's double quotes unescaped (a third of the frame at 20k).
std::string figure(const std::string& svg, const std::string& caption, const std::string& view, i18n::Lang lang,
                   const std::string& page = "") {
  std::string frame;
  if (!page.empty())
    frame = "<iframe class=\"explorer\" title=\"" + escape::xml(caption) +
            "\" sandbox=\"allow-scripts allow-downloads\" srcdoc='" + escape::xml_single_quoted(page) + "'></iframe>";
  return std::string(page.empty() ? "<figure class=\"map\">" : "<figure class=\"map interactive\">") + frame +
         inline_svg(svg) + "<figcaption>" + escape::xml(caption) + "</figcaption>" +
         (view.empty() ? "" : print_note(svg, view, lang)) + "</figure>\n";
}

// The view as the explorer page `stakemap explore --view map|gaps` writes, on the report's
// layer with every flow status, with each organisation where `picture` drew it: the screen and
// the printed page show the same map, laid out once.
std::string explorer_page(const model::Map& map, const ReportOptions& options, const Analyses& analyses,
                          ViewSpec::Kind kind, const Rendered& picture) {
  explore::ExploreInput in;
  if (options.layer.status == std::vector<std::string>{"active"})  // the page's metrics are on the active flows
    in.given = {&analyses.graph, &analyses.centrality};
  in.cache = options.cache;
  in.placed = picture.org_positions;
  in.placed_by = picture.layout;
  in.map = &map;
  in.layer = options.layer;
  in.layer.status.clear();  // any: the page filters by status itself
  in.view.kind = kind;
  in.lang = options.lang;
  in.silo_survey = options.silo_survey;
  return explore::explore_page(in).html;
}

}  // namespace

Rendered render_view(const model::Map& map, const ReportOptions& options, const Analyses& analyses, ViewSpec::Kind kind,
                     ImageFormat format) {
  RenderOptions opts;
  opts.format = format;
  opts.cache = options.cache;
  return render::render_map(view_input(map, options, analyses, kind), opts);
}

Figures render_figures(const model::Map& map, const ReportOptions& options, const Analyses& analyses) {
  auto whole = render_view(map, options, analyses, ViewSpec::Kind::map, ImageFormat::svg);
  auto gaps = render_view(map, options, analyses, ViewSpec::Kind::gaps, ImageFormat::svg);
  Figures f;
  if (options.interactive_maps) {
    f.map_page = explorer_page(map, options, analyses, ViewSpec::Kind::map, whole);
    f.gaps_page = explorer_page(map, options, analyses, ViewSpec::Kind::gaps, gaps);
  }
  f.map_svg = std::move(whole.bytes);
  f.gaps_svg = std::move(gaps.bytes);
  f.map_layout = whole.layout;
  f.gaps_layout = gaps.layout;
  f.map_links = whole.links_one_by_one;
  f.map_drawn = whole.links_drawn;
  f.gaps_links = gaps.links_one_by_one;
  f.gaps_drawn = gaps.links_drawn;
  return f;
}

// A map's caption: its title and, when it was laid out by groups (a large map), how, and how
// many of its links it draws one by one when it does not draw them all.
std::string caption(const std::string& title_id, const std::string& layout, int links, int drawn, i18n::Lang lang) {
  std::string out = i18n::text(title_id, lang);
  if (layout == "groups")
    out += ". " + i18n::text("report.map.grouped", lang, {{"count", std::to_string(render::group_layout_min_nodes)}});
  if (drawn < links)
    out += " " + i18n::text("report.map.thinned", lang,
                            {{"drawn", drawn}, {"count", links}, {"bound", render::group_layout_max_links}});
  return out;
}

std::string section_maps(const ReportData& d) {
  const Figures figures = d.figures ? *d.figures : render_figures(d.map, d.options, d.a);
  return "<section id=\"maps\"><h2>" + escape::xml(i18n::text("report.maps", d.lang())) + "</h2>\n" +
         figure(figures.map_svg,
                caption("report.map.whole", figures.map_layout, figures.map_links, figures.map_drawn, d.lang()), "map",
                d.lang(), figures.map_page) +
         figure(figures.gaps_svg,
                caption("report.map.gaps", figures.gaps_layout, figures.gaps_links, figures.gaps_drawn, d.lang()),
                "gaps", d.lang(), figures.gaps_page) +
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
                           {{"round", round.name}, {"added", merged.flows_added}, {"removed", merged.flows_removed}}),
                "", lang);
}

}  // namespace stakemap::report
