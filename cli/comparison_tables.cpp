#include "cli/comparison_tables.hpp"

#include "i18n/messages.hpp"

namespace stakemap::cli {

namespace {

/// Appends the rows of the what-if measures.
void add_measure_rows(Table& t, const analysis::WhatIfMeasures& b, const analysis::WhatIfMeasures& a) {
  auto row = [&](const char* name, double before, double after) { t.add({name, before, after, after - before}); };
  auto irow = [&](const char* name, long long before, long long after) {
    t.add({name, before, after, after - before});
  };
  irow("organisations", b.organisations, a.organisations);
  irow("flows", b.flows, a.flows);
  irow("weak_components", b.weak_components, a.weak_components);
  row("largest_component_share", b.largest_component_share, a.largest_component_share);
  row("average_path_length", b.average_path_length, a.average_path_length);
  irow("silos", b.silos, a.silos);
  irow("uncovered_cells", b.uncovered_cells, a.uncovered_cells);
  irow("siloed_cells", b.siloed_cells, a.siloed_cells);
  irow("keyplayer_reach", b.keyplayer_reach, a.keyplayer_reach);
}

Table measure_columns() {
  Table t;
  t.columns = {"measure", "before", "after", "change"};
  return t;
}

double share(int part, int whole) { return whole > 0 ? static_cast<double>(part) / whole : 0.0; }

}  // namespace

Table measures_table(const analysis::WhatIfMeasures& before, const analysis::WhatIfMeasures& after) {
  auto t = measure_columns();
  add_measure_rows(t, before, after);
  return t;
}

Table headline_table(const analysis::MapComparison& c) {
  const auto &b = c.before, &a = c.after;
  auto t = measure_columns();
  auto irow = [&](const char* name, long long before, long long after) {
    t.add({name, before, after, after - before});
  };
  irow("flows_active", b.active, a.active);
  irow("flows_desired", b.desired, a.desired);
  irow("flows_blocked", b.blocked, a.blocked);
  add_measure_rows(t, b.network, a.network);
  double share_before = share(b.network.silos, b.network.organisations);
  double share_after = share(a.network.silos, a.network.organisations);
  t.add({"silo_share", share_before, share_after, share_after - share_before});
  irow("federal_only_cells", b.federal_only_cells, a.federal_only_cells);
  irow("articulation_points", b.articulation_points, a.articulation_points);
  auto unblocked = static_cast<long long>(c.unblocked.size());
  auto newly_blocked = static_cast<long long>(c.newly_blocked.size());
  t.add({"flows_unblocked", Cell{}, unblocked, unblocked});
  t.add({"flows_newly_blocked", Cell{}, newly_blocked, newly_blocked});
  return t;
}

Table moves_table(const std::vector<analysis::OrgChange>& moves, i18n::Lang lang) {
  Table t;
  t.title = i18n::text("cli.whatif.changes", lang);
  t.columns = {"id", "name", "betweenness_before", "betweenness_after", "degree_before", "degree_after"};
  for (const auto& c : moves)
    t.add({c.org, c.name, c.betweenness_before, c.betweenness_after, c.degree_before, c.degree_after});
  return t;
}

Table blocking_table(const analysis::MapComparison& c, const model::Map& after, i18n::Lang lang) {
  Table t;
  t.title = i18n::text("cli.diff.blocking", lang);
  t.columns = {"id", "from", "to", "change"};
  auto add = [&](long long id, const char* change) {
    for (const auto& f : after.flows)
      if (f.id == id) t.add({id, f.from, f.to, change});
  };
  for (auto id : c.unblocked) add(id, "unblocked");
  for (auto id : c.newly_blocked) add(id, "newly blocked");
  return t;
}

}  // namespace stakemap::cli
