#pragma once
// The consultation report: one self-contained HTML file (inline CSS and SVG, a small inline
// script for sorting tables, no external request) with findings first, then maps, tables,
// charts, a what-if, and a methods appendix. Every text from the data is HTML-escaped.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/silos.hpp"
#include "graph/layer.hpp"
#include "i18n/lang.hpp"
#include "model/map.hpp"
#include "render/render.hpp"

namespace stakemap::report {

/// Where the map came from, printed in the report.
struct Provenance {
  std::string map_path;      ///< the map file
  std::string changed_at;    ///< time of the last change (ISO 8601)
  std::string changed_by;    ///< command and source of the last change
  std::string generated_at;  ///< date the report is generated (YYYY-MM-DD)
  std::string version;       ///< stakemap version
};

/// An earlier round of the map, for the section "What changed since ROUND".
struct SinceRound {
  std::string name, at;  ///< the round's name and when it was saved
  model::Map then;       ///< the map as it was then (store::map_at), indexed
};

struct ReportOptions {
  i18n::Lang lang = i18n::Lang::en;
  graph::Layer layer;  ///< flows analysed (default: active)
  std::string title;   ///< empty: "Data-sharing map" in `lang`
  int top = 15;        ///< rows of the ranked tables
  int key_players = 3;
  analysis::SiloSurvey silo_survey;  ///< survey answers the silo headline adds (empty: flows only)
  std::optional<SinceRound> since;   ///< add "What changed since" this round
  /// On screen, the whole map and the gaps map are explorer pages (pan, zoom, search,
  /// profiles) in place of the pictures, which stay for print; false: the pictures only.
  bool interactive_maps = true;
  const ResultCache* cache = nullptr;  ///< drawings and betweenness kept between runs (null: none)
};

struct Analyses;  // report/analyses.hpp: every analysis below, computed once by analyse()

/// The report's two maps (the whole map and the gaps view) as SVG, as render_view() draws them,
/// and, with options.interactive_maps, the same views as explorer pages (explore::explore_page,
/// every flow status of the layer, the page filters them) placed as the pictures are.
struct Figures {
  std::string map_svg, gaps_svg;
  std::string map_page, gaps_page;      ///< empty without options.interactive_maps
  std::string map_layout, gaps_layout;  ///< the layout engine of each map (render::choose_layout)
  /// Each map's links to draw one by one and how many are drawn (render::Rendered::links_one_by_one, links_drawn).
  int map_links = 0, map_drawn = 0, gaps_links = 0, gaps_drawn = 0;
};

/// The report as HTML from `analyses` = analyse(map, options) (`map` indexed). `figures`, when
/// given, are the maps already rendered with render_view(); otherwise they are rendered here.
std::string report_html(const model::Map& map, const ReportOptions& options, const Analyses& analyses,
                        const Provenance& provenance, const Figures* figures = nullptr);

/// The report of `map` (indexed), byte for byte report_html(map, options, analyse(map,
/// options), provenance), made faster on two cores: once the analyses the maps draw are done,
/// the maps are drawn (render_figures()) on a second thread while the other analyses run and
/// the sections without maps are written on this one. Progress as analyse() and report_html()
/// give it, the sections with maps last. Memory: the analyses of both threads at once. Throws
/// what those throw.
std::string build_report(const model::Map& map, const ReportOptions& options, const Provenance& provenance);

/// Renders the whole map (`kind` map) or the gaps view with the report's encoding: nodes
/// sized by betweenness, silos outlined, recommended links drawn, titles in options.lang.
/// `analyses` = analyse(map, options). Throws what render_map() throws.
render::Rendered render_view(const model::Map& map, const ReportOptions& options, const Analyses& analyses,
                             render::ViewSpec::Kind kind, render::ImageFormat format);

/// The report's two maps as SVG (render_view() of the map and gaps views) and, with
/// options.interactive_maps, as explorer pages.
Figures render_figures(const model::Map& map, const ReportOptions& options, const Analyses& analyses);

/// One key finding: what it is about, its sentence, the figures the sentence quotes (shares as
/// fractions) and the ids of what it names (organisations, an obstacle code).
struct Finding {
  std::string id;  ///< size, silos, cut_points, coverage, needs, obstacle, key_players or platform
  std::string sentence;
  std::vector<std::pair<std::string, double>> figures;
  std::vector<std::string> names;
};

/// The key findings in plain language, one sentence each, in that order (`stakemap summary`,
/// `demo` and the report print them); those with nothing to say are left out.
/// `analyses` = analyse(map, options).
std::vector<Finding> key_findings(const model::Map& map, const ReportOptions& options, const Analyses& analyses);

}  // namespace stakemap::report
