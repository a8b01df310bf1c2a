#pragma once
// Internal to the report: every analysis result the report's sections read, computed once.
#include <string>
#include <vector>

#include "analysis/centrality.hpp"
#include "analysis/coverage.hpp"
#include "analysis/flow_gaps.hpp"
#include "analysis/keyplayers.hpp"
#include "analysis/needs_gaps.hpp"
#include "analysis/obstacles.hpp"
#include "analysis/recommended_links.hpp"
#include "analysis/silos.hpp"
#include "analysis/structure.hpp"
#include "analysis/whatif.hpp"
#include "graph/digraph.hpp"
#include "report/report.hpp"

namespace stakemap::report {

struct ReportData {
  const model::Map& map;
  const ReportOptions& options;
  graph::Digraph graph;
  analysis::Centrality centrality;
  analysis::Structure structure;
  std::vector<analysis::Silo> silos;
  analysis::CoverageMatrix coverage;
  analysis::NeedsGaps needs;
  analysis::FlowGaps flow_gaps;
  analysis::ObstaclePrevalence obstacles;
  std::vector<analysis::RecommendedLink> recommended;
  analysis::KeyPlayerResult key_players;
  analysis::WhatIfResult hub;
  std::string hub_scenario;

  ReportData(const model::Map& m, const ReportOptions& o);
  i18n::Lang lang() const { return options.lang; }
  const std::string& name(int org) const { return map.organisations[org].name; }
};

/// One sentence per finding, from the data (report_findings.cpp).
std::vector<std::string> findings(const ReportData& d);
/// Section bodies (report_sections.cpp); each returns HTML.
std::string section_centrality(const ReportData& d);
std::string section_silos(const ReportData& d);
std::string section_coverage(const ReportData& d);
std::string section_obstacles(const ReportData& d);
std::string section_needs(const ReportData& d);
std::string section_flow_gaps(const ReportData& d);
std::string section_key_players(const ReportData& d);
std::string section_whatif(const ReportData& d);
std::string section_methods(const ReportData& d);
/// The whole map and the gaps map as inline SVG (report_maps.cpp).
std::string section_maps(const ReportData& d);

}  // namespace stakemap::report
