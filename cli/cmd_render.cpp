// stakemap render: a Graphviz map of a view of the map, as SVG, PNG, PDF or DOT.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cxxopts.hpp>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/layer_options.hpp"
#include "cli/org_filters.hpp"
#include "cli/territory_options.hpp"
#include "core/errors.hpp"
#include "i18n/messages.hpp"
#include "io/output_file.hpp"
#include "render/map_analyses.hpp"
#include "render/render.hpp"
#include "store/history.hpp"

namespace stakemap::cli {

namespace {

template <typename Enum>
Enum choice(const cxxopts::ParseResult& r, const std::string& option,
            const std::vector<std::pair<std::string, Enum>>& allowed) {
  std::string value = r[option].as<std::string>();
  std::string names;
  for (const auto& [name, e] : allowed) {
    if (name == value) return e;
    names += (names.empty() ? "" : ", ") + name;
  }
  throw UsageError("unknown --" + option + " '" + value + "' (allowed: " + names + ")");
}

// A whole number option in [lo, hi] (read as text: cxxopts' integer parser trips a false
// -Wrestrict warning in GCC 12).
int whole_number(const cxxopts::ParseResult& r, const std::string& option, int lo, int hi) {
  const std::string text = r[option].as<std::string>();
  bool digits = !text.empty() && text.size() <= 6 && text.find_first_not_of("0123456789") == std::string::npos;
  int value = digits ? std::stoi(text) : -1;
  if (value < lo || value > hi)
    throw UsageError("--" + option + " must be a whole number from " + std::to_string(lo) + " to " +
                     std::to_string(hi) + ", not '" + text + "'");
  return value;
}

// A number > 0 (read as text, as whole_number).
double positive_number(const cxxopts::ParseResult& r, const std::string& option) {
  const std::string text = r[option].as<std::string>();
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || !(value > 0) || !std::isfinite(value))
    throw UsageError("--" + option + " must be a number > 0, not '" + text + "'");
  return value;
}

render::Encoding encoding_from(const cxxopts::ParseResult& r) {
  using namespace render;
  Encoding e;
  e.color = choice<ColorBy>(r, "color",
                            {{"level", ColorBy::level},
                             {"kind", ColorBy::kind},
                             {"community", ColorBy::community},
                             {"territory", ColorBy::territory}});
  e.shape = choice<ShapeBy>(r, "shape", {{"role", ShapeBy::role}, {"kind", ShapeBy::kind}});
  e.cluster = choice<ClusterBy>(r, "cluster",
                                {{"none", ClusterBy::none},
                                 {"territory", ClusterBy::territory},
                                 {"level", ClusterBy::level},
                                 {"community", ClusterBy::community}});
  e.label = choice<LabelMode>(r, "label",
                              {{"name", LabelMode::name}, {"id", LabelMode::id}, {"short", LabelMode::short_name}});
  e.wrap = whole_number(r, "wrap", 4, 200);
  return e;
}

// The day of the map's last change (YYYY-MM-DD), or empty for a map never written.
std::string last_change_day(const store::Store& store) { return store::last_change(store).substr(0, 10); }

// The analyses the chosen view and encoding draw: silos always, communities when coloured,
// clustered or viewed by community, the metric of --size, recommended links in the gaps view.
render::MapAnalysesOptions analyses_for(const render::RenderInput& in, const cxxopts::ParseResult& r, bool weighted) {
  render::MapAnalysesOptions o;
  o.communities = render::draws_communities(in);
  if (o.communities) {
    o.louvain.weighted = weighted;
    o.louvain.seed = static_cast<unsigned>(whole_number(r, "seed", 0, 999999));
    o.louvain.resolution = positive_number(r, "resolution");
  }
  o.size = r["size"].as<std::string>();
  o.weighted = weighted;
  if (in.view.kind == render::ViewSpec::Kind::gaps)
    o.recommend = static_cast<std::size_t>(whole_number(r, "recommend", 0, 100000));
  o.lang = in.lang;
  return o;
}

// The page of --page, --landscape and --portrait; PNG files are made for a screen by default.
render::Page page_from(const cxxopts::ParseResult& r, render::ImageFormat format) {
  if (r.count("landscape") && r.count("portrait")) throw UsageError("--landscape and --portrait exclude each other");
  std::string name = r.count("page") ? r["page"].as<std::string>() : "";
  if (name.empty() && format == render::ImageFormat::png) name = "screen";
  if (name.empty() && (r.count("landscape") || r.count("portrait")))
    throw UsageError("--landscape and --portrait need --page");
  return render::page_format(name, r.count("portrait") == 0);
}

}  // namespace

int run_render(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap render",
                           "Draw a map of the organisations and their data flows with Graphviz (docs/maps.md).");
  add_global_options(options);
  add_layer_options(options);
  add_territory_options(options);
  add_org_facet_options(options);
  // clang-format off
  options.add_options()
    ("o,output", "output file; the format comes from its extension (.svg .png .pdf .dot); default: stdout",
     cxxopts::value<std::string>())
    ("to", "output format: svg, png, pdf or dot (overrides the extension)", cxxopts::value<std::string>()->default_value(""))
    ("view", "map, ego:ORG[:RADIUS], territory:ID, community:N, gaps or obstacles",
     cxxopts::value<std::string>()->default_value("map"))
    ("color", "node fill by level, kind, community or territory", cxxopts::value<std::string>()->default_value("level"))
    ("shape", "node shape by role (support role) or kind", cxxopts::value<std::string>()->default_value("role"))
    ("cluster", "group nodes in boxes by none, territory, level or community",
     cxxopts::value<std::string>()->default_value("none"))
    ("label", "node labels: name, id or short", cxxopts::value<std::string>()->default_value("name"))
    ("wrap", "label line width in characters", cxxopts::value<std::string>()->default_value("18"))
    ("size", "node size by a metric: degree, betweenness, pagerank, ... (see `stakemap centrality --help`)",
     cxxopts::value<std::string>()->default_value(""))
    ("seed", "seed of the Louvain communities (as `stakemap communities --seed`)",
     cxxopts::value<std::string>()->default_value("1"))
    ("resolution", "resolution of the Louvain communities (as `stakemap communities --resolution`)",
     cxxopts::value<std::string>()->default_value("1"))
    ("recommend", "gaps view: draw the N best recommended links (0: none)", cxxopts::value<std::string>()->default_value("10"))
    ("layout", "auto, dot, sfdp, neato, circo, fdp or groups (auto: dot up to 200 organisations, sfdp above and for the gaps view, groups above 1000; fdp with clusters)",
     cxxopts::value<std::string>()->default_value("auto"))
    ("dpi", "PNG resolution in dots per inch", cxxopts::value<std::string>()->default_value("96"))
    ("page", "lay the map out for a page: a4, a3, a2, a1, a0, slide or screen (default: screen for PNG, none otherwise)",
     cxxopts::value<std::string>())
    ("landscape", "page in landscape orientation (the default)")
    ("portrait", "page in portrait orientation")
    ("title", "title above the map (default: the view's title)", cxxopts::value<std::string>())
    ("date", "date under the title (default: the day of the map's last change)", cxxopts::value<std::string>());
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;

  std::string path = r.count("output") ? r["output"].as<std::string>() : "";
  check_output(path);  // refused before the layout, not after
  render::RenderOptions opts;
  opts.format = render::output_format(r["to"].as<std::string>(), path == "-" ? "" : path);
  opts.layout = r["layout"].as<std::string>();
  opts.dpi = whole_number(r, "dpi", 36, 600);
  opts.page = page_from(r, opts.format);
  opts.page_asked = r.count("page") > 0;
  render::RenderInput in;
  in.layer = layer_from(r);
  in.view = render::ViewSpec::parse(r["view"].as<std::string>());
  if (r.count("territory")) {  // --territory T is the view territory:T
    if (r.count("view") && in.view.kind != render::ViewSpec::Kind::territory)
      throw UsageError("--territory draws the territory view; it cannot be combined with --view " +
                       r["view"].as<std::string>());
    in.view.kind = render::ViewSpec::Kind::territory;
    in.view.territory = r["territory"].as<std::string>();
  } else if (r.count("territory-scope") && in.view.kind != render::ViewSpec::Kind::territory) {
    throw UsageError("--territory-scope needs --territory or --view territory:ID");
  }
  in.view.territory_scopes = territory_scopes(r);
  in.encoding = encoding_from(r);
  in.lang = ctx.lang;
  in.title = r.count("title") ? r["title"].as<std::string>() : "";
  check_fixed_codes(r, {{"level", "level"}});

  auto store = open_map(ctx, store::Store::Mode::read);
  auto map = load_map(store);
  check_org_filter_codes(r, map.taxonomy());
  in.map = &map;
  if (auto kept = org_facet_filter(map, r)) {
    in.kept = std::move(*kept);
    in.filter = org_facet_words(r);
  }
  in.date = r.count("date") ? r["date"].as<std::string>() : last_change_day(store);
  auto analyses = analyses_for(in, r, weighted_from(r));
  analyses.silo_survey = silo_survey(store);
  render::attach(in, render::map_analyses(map, in.layer, analyses));

  store::LayoutCache kept(store);
  const auto cache = kept_results(kept);
  opts.cache = &cache;
  auto rendered = render::render_map(in, opts);
  if (!write_output(ctx, path, rendered.bytes)) return 1;
  if (rendered.page_dropped && !ctx.quiet) {
    char size[16];
    std::snprintf(size, sizeof size, "%.1f", rendered.smallest_text_pt);
    *ctx.err << i18n::text("cli.render.unfit", ctx.lang, {{"page", opts.page.name}, {"size", size}}) << "\n";
  }
  if (!path.empty() && path != "-" && !ctx.quiet)
    *ctx.err << i18n::text("cli.render.wrote", ctx.lang,
                           {{"path", path},
                            {"organisations", i18n::plural("count.organisations", rendered.nodes, ctx.lang)},
                            {"links", i18n::plural("count.links", rendered.edges, ctx.lang)},
                            {"layout", rendered.layout}})
             << "\n";
  return 0;
}

}  // namespace stakemap::cli
