#include "cli/commands.hpp"

namespace stakemap::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> list{
      {"init", "create an empty map (or migrate an older one)", run_init},
      {"import", "import a dataset folder or file into the map", run_import},
      {"add", "add an organisation, territory, flow or need (checked like an import)", run_add},
      {"set", "change fields of a record: set org ID FIELD=VALUE... (FIELD= clears)", run_set},
      {"remove", "remove a record (--cascade for an organisation's flows and needs)", run_remove},
      {"confirm", "mark a flow confirmed", run_confirm},
      {"dispute", "mark a flow disputed", run_dispute},
      {"history", "the change log: who changed what, when and why (--org, --flow, --since, --limit)", run_history,
       true},
      {"undo", "revert the last batch, or --batch N (undo an undo to redo)", run_undo},
      {"round", "save a consultation round (round save NAME) or list them (round list)", run_round, true},
      {"diff", "what changed between two rounds, or since the last one", run_diff, true},
      {"check", "validate a dataset folder, or lint the current map", run_check},
      {"list", "list orgs, territories or flows, with filters", run_list, true},
      {"show", "profile of one organisation: facets, flows in and out, obstacles", run_show, true},
      {"gaps", "coverage gaps (who does what where), unmet needs, missing flows", run_gaps, true},
      {"obstacles", "share of organisations perceiving each obstacle; flows each blocks", run_obstacles, true},
      {"centrality", "centrality of each organisation: degree, betweenness, closeness, PageRank, ...", run_centrality,
       true},
      {"network", "network measures: density, reciprocity, components, cut points, diameter", run_network, true},
      {"communities", "Louvain communities, compared with territory, level and language", run_communities, true},
      {"brokers", "brokers: constraint, effective size, brokerage roles between groups", run_brokers, true},
      {"silos", "organisations working in silo, with reasons; silo share per territory and level", run_silos, true},
      {"keyplayers", "the k organisations to convene first (reach) or whose absence fragments most", run_keyplayers,
       true},
      {"whatif", "before/after measures of scenarios (add-hub, remove, lift, activate-desired)", run_whatif, true},
      {"report", "write the self-contained HTML consultation report", run_report},
      {"summary", "print the key findings of the map in plain language", run_summary, true},
      {"explore", "write the interactive map: one offline HTML file to pan, search, filter and focus", run_explore},
      {"render", "draw a map (SVG, PNG, PDF, DOT): views map, ego, territory, community, gaps, obstacles", run_render},
      {"survey", "the questionnaire, and per-question survey tables (questions|summary|texts)", run_survey, true},
      {"export", "export the map: graphml, gexf, kumu-json, kumu-csv, kumu-xlsx, json, dot, csv, xlsx", run_export},
      {"demo", "build the bundled Belgian map and show what stakemap does", run_demo},
  };
  return list;
}

}  // namespace stakemap::cli
