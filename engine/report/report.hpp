#pragma once
// The consultation report: one self-contained HTML file (inline CSS and SVG, a small inline
// script for sorting tables, no external request) with findings first, then maps, tables,
// charts, a what-if, and a methods appendix. Every text from the data is HTML-escaped.
#include <string>

#include "graph/layer.hpp"
#include "i18n/lang.hpp"
#include "model/map.hpp"
#include "render/render.hpp"

namespace stakemap::report {

/// Where the map came from, printed in the report.
struct Provenance {
  std::string map_path;     ///< the map file
  std::string changed_at;   ///< time of the last change (ISO 8601)
  std::string changed_by;   ///< command and source of the last change
  std::string generated_at; ///< date the report is generated (YYYY-MM-DD)
  std::string version;      ///< stakemap version
};

struct ReportOptions {
  i18n::Lang lang = i18n::Lang::en;
  graph::Layer layer;       ///< flows analysed (default: active)
  std::string title;        ///< empty: "Data-sharing map" in `lang`
  int top = 15;             ///< rows of the ranked tables
  int key_players = 3;
};

/// The report as HTML. Runs every analysis on `map` (indexed). Throws what the analyses throw.
std::string report_html(const model::Map& map, const ReportOptions& options, const Provenance& provenance);

/// Renders the whole map (`kind` map) or the gaps view with the report's encoding: nodes
/// sized by betweenness, silos outlined, recommended links drawn, titles in options.lang.
render::Rendered render_view(const model::Map& map, const ReportOptions& options, render::ViewSpec::Kind kind,
                             render::OutputFormat format);

/// The key findings in plain language, one sentence each (also printed by `stakemap demo`).
std::vector<std::string> key_findings(const model::Map& map, const ReportOptions& options);

}  // namespace stakemap::report
