#pragma once
// Internal to the report: what its sections read, and the sections.
#include <string>
#include <vector>

#include "core/progress.hpp"
#include "report/analyses.hpp"
#include "report/report.hpp"

namespace stakemap::report {

/// What the report's sections read: the map, the options, and the analyses computed once.
struct ReportData {
  const model::Map& map;
  const ReportOptions& options;
  const Analyses& a;
  const Figures* figures = nullptr;  ///< maps already rendered (else rendered by section_maps)

  i18n::Lang lang() const { return options.lang; }
  const std::string& name(int org) const { return map.organisations[org].name_in(i18n::code(lang())); }
  /// The phrase naming the map's national level in sentences ("the federal level").
  std::string national() const { return map.taxonomy().national_phrase(i18n::code(lang())); }
};

/// analyse() in two parts, each naming its stages on `stages` (analysis_stages() in all):
/// first what the maps draw (the layer's graph, its centrality, `drawn`), then the rest, which
/// reads the first part and may run while the maps are drawn from it.
std::size_t analysis_stages(const ReportOptions& options);
void analyse_for_maps(const model::Map& map, const ReportOptions& options, Analyses& a, Stages& stages);
void analyse_rest(const model::Map& map, const ReportOptions& options, Analyses& a, Stages& stages);

/// The key findings, from the data (report_findings.cpp).
std::vector<Finding> findings(const ReportData& d);
/// Section bodies (report_sections.cpp); each returns HTML.
std::string section_centrality(const ReportData& d);
std::string section_silos(const ReportData& d);
std::string section_coverage(const ReportData& d);
std::string section_obstacles(const ReportData& d);
std::string section_needs(const ReportData& d);
std::string section_flow_gaps(const ReportData& d);
std::string section_key_players(const ReportData& d);
std::string section_whatif(const ReportData& d);
/// "What changed since ROUND" (options.since): headline measures then and now, the largest
/// moves in betweenness; "" without options.since.
std::string section_since(const ReportData& d);
std::string section_methods(const ReportData& d);
/// The whole map and the gaps map as inline SVG (report_maps.cpp).
std::string section_maps(const ReportData& d);
/// The map of the flows and organisations added and removed since options.since (report_maps.cpp),
/// or a sentence saying nothing was; "" without options.since.
std::string section_since_map(const ReportData& d);

}  // namespace stakemap::report
