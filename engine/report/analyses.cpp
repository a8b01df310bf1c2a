#include "report/analyses.hpp"

#include "analysis/scenario.hpp"
#include "core/progress.hpp"
#include "report/report_data.hpp"

namespace stakemap::report {

namespace {

// The report's what-if: before from the bundle's own results, after measured on a copy.
HubScenario hub_scenario(const model::Map& map, const ReportOptions& options, const Analyses& a) {
  const analysis::Scenario spec{analysis::Scenario::Kind::add_hub, "Coordination platform", "willing"};
  HubScenario hub;
  hub.description = spec.describe();
  int reach = 0;
  if (a.graph.n > analysis::measured_key_players) {
    if (options.key_players == analysis::measured_key_players) {
      reach = a.key_players.reached;
    } else {
      analysis::KeyPlayerOptions ko;
      ko.k = analysis::measured_key_players;
      reach = analysis::key_players(a.graph, ko).reached;
    }
  }
  hub.before = analysis::measures_of(a.graph, a.structure, a.drawn.silos.size(), a.coverage, reach);
  model::Map after = map;
  analysis::apply_scenarios(after, {spec});
  hub.after = analysis::measure(after, options.layer, options.silo_survey);
  return hub;
}

}  // namespace

render::MapAnalysesOptions drawn_options(const ReportOptions& options) {
  render::MapAnalysesOptions o;
  o.size = "betweenness";
  o.recommend = static_cast<std::size_t>(options.top);
  o.lang = options.lang;
  o.silo_survey = options.silo_survey;
  return o;
}

std::size_t analysis_stages(const ReportOptions& options) { return 10 + (options.since ? 1 : 0); }

void analyse_for_maps(const model::Map& map, const ReportOptions& options, Analyses& a, Stages& stages) {
  stages.begin("network");
  a.graph = graph::build(map, options.layer);
  stages.begin("centrality");
  analysis::CentralityOptions co;
  co.only = {"in_degree", "out_degree", "betweenness", "pagerank"};
  co.kept = options.cache;
  a.centrality = analysis::centrality(a.graph, co);
  stages.begin("silos, brokers and recommended links");
  a.drawn = render::map_analyses(map, options.layer, drawn_options(options), {&a.graph, &a.centrality});
}

void analyse_rest(const model::Map& map, const ReportOptions& options, Analyses& a, Stages& stages) {
  stages.begin("structure");
  a.structure = analysis::structure(a.graph);
  stages.begin("coverage");
  a.coverage = analysis::coverage(map);
  stages.begin("needs");
  a.needs = analysis::needs_gaps(map);
  stages.begin("flow gaps");
  a.flow_gaps = analysis::flow_gaps(map);
  stages.begin("obstacles");
  a.obstacles = analysis::obstacles(map);
  stages.begin("key players");
  if (a.graph.n > options.key_players) {
    analysis::KeyPlayerOptions ko;
    ko.k = options.key_players;
    a.key_players = analysis::key_players(a.graph, ko);
  }
  stages.begin("what-if");
  a.hub = hub_scenario(map, options, a);
  if (options.since) {
    stages.begin("changes since the round");
    a.since = analysis::compare_maps(options.since->then, map, options.layer, 5, options.silo_survey, options.cache);
  }
}

Analyses analyse(const model::Map& map, const ReportOptions& options) {
  Analyses a;
  Stages stages("report: analysis", analysis_stages(options));
  analyse_for_maps(map, options, a, stages);
  analyse_rest(map, options, a, stages);
  return a;
}

}  // namespace stakemap::report
