// stakemap network: whole-network measures of a layer, or per-organisation structure.
#include <cxxopts.hpp>
#include <ostream>

#include "analysis/presence.hpp"
#include "analysis/structure.hpp"
#include "analysis/tables.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/layer_options.hpp"
#include "core/table.hpp"
#include "graph/digraph.hpp"
#include "i18n/messages.hpp"
#include "i18n/numbers.hpp"

namespace stakemap::cli {

namespace {

// The bridges as "a~b" (the ids of their two ends).
TextList bridge_ids(const model::Map& map, const std::vector<std::pair<int, int>>& bridges) {
  TextList ids;
  for (auto [a, b] : bridges) ids.push_back(map.organisations[a].id + "~" + map.organisations[b].id);
  return ids;
}

// Whole-network measures; `lists` adds the articulation points and bridges as lists of ids.
Table measures(const model::Map& map, const analysis::Structure& s, bool lists) {
  Table t;
  t.columns = {"measure", "value"};
  auto n = [](long v) { return Cell{static_cast<long long>(v)}; };
  t.add({"organisations", n(s.organisations)});
  t.add({"flows", n(s.flows)});
  t.add({"linked_pairs", n(s.arcs)});
  t.add({"ties", n(s.edges)});
  t.add({"self_loops", n(s.self_loops)});
  t.add({"density", s.density});
  t.add({"reciprocity", s.reciprocity});
  t.add({"weak_components", n(s.weak_components)});
  t.add({"strong_components", n(s.strong_components)});
  t.add({"largest_weak_component", n(s.largest_weak)});
  t.add({"largest_weak_share", s.largest_weak_share});
  t.add({"largest_strong_component", n(s.largest_strong)});
  t.add({"isolates", n(s.isolates)});
  t.add({"path_lengths", s.paths_sampled ? "sampled" : "exact"});
  t.add({"path_sources", n(s.path_sources)});
  t.add({"diameter", n(s.diameter)});
  t.add({"diameter_upper_bound", n(s.diameter_upper_bound)});
  t.add({"average_path_length", s.average_path_length});
  t.add({"average_path_length_error", s.average_path_length_error});
  t.add({"max_core", n(s.max_core)});
  t.add({"articulation_point_count", n(static_cast<long>(s.articulation_points.size()))});
  if (lists) t.add({"articulation_points", analysis::org_ids(map, s.articulation_points)});
  t.add({"bridge_count", n(static_cast<long>(s.bridges.size()))});
  if (lists) t.add({"bridges", bridge_ids(map, s.bridges)});
  return t;
}

// The single points of failure, one per row, for the terminal; names in `lang`.
Table failures(const model::Map& map, const analysis::Structure& s, const std::string& lang) {
  Table t;
  t.columns = {"kind", "id", "name", "other_id", "other_name"};
  auto name = [&](int v) { return map.organisations[v].name_in(lang); };
  for (int v : s.articulation_points)
    t.add({"articulation point", map.organisations[v].id, name(v), std::monostate{}, std::monostate{}});
  for (auto [a, b] : s.bridges) t.add({"bridge", map.organisations[a].id, name(a), map.organisations[b].id, name(b)});
  return t;
}

Table per_org(const model::Map& map, const analysis::Structure& s, const std::string& lang) {
  std::vector<double> core(s.core.begin(), s.core.end()), weak, strong, cut(s.organisations, 0.0);
  for (int c : s.weak_component) weak.push_back(c + 1);
  for (int c : s.strong_component) strong.push_back(c + 1);
  for (int v : s.articulation_points) cut[v] = 1;
  Table t = analysis::org_table(
      map, {{"core", core}, {"weak_component", weak}, {"strong_component", strong}, {"articulation_point", cut}}, lang);
  for (auto& row : t.rows)  // whole numbers as integers
    for (std::size_t c = 2; c < row.size(); ++c) row[c] = static_cast<long long>(std::get<double>(row[c]));
  return t;
}

}  // namespace

int run_network(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap network",
                           "Network measures of a layer: size, density, reciprocity, components, diameter, "
                           "single points of failure, k-cores (see docs/metrics.md).");
  add_global_options(options);
  add_layer_options(options);
  // clang-format off
  options.add_options()
    ("per-org", "one row per organisation: core number, components, articulation point")
    ("exact", "exact diameter and average path length even on a large map (no sampling)")
    ("seed", "seed of the sampled path lengths", cxxopts::value<unsigned>()->default_value("1"));
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  auto map = load_map(ctx);
  auto layer = layer_from(r);
  graph::Digraph g = graph::build(map, layer);
  analysis::StructureOptions o;
  if (r.count("exact")) o.sample_above = 0;
  o.seed = r["seed"].as<unsigned>();
  auto s = analysis::structure(g, o);
  if (s.paths_sampled)
    *ctx.err << "stakemap: "
             << i18n::text("cli.sampled.paths", ctx.lang,
                           {{"large", i18n::text("cli.sampled.large", ctx.lang)},
                            {"sources", s.path_sources},
                            {"low", s.diameter},
                            {"high", s.diameter_upper_bound},
                            {"epsilon", i18n::approximate(s.average_path_length_error, ctx.lang)},
                            {"probability", i18n::approximate(1 - o.delta, ctx.lang)}})
             << "\n";
  if (r.count("per-org")) {
    Table t = per_org(map, s, i18n::code(ctx.lang));
    t.title = i18n::text("cli.network.per_org", ctx.lang, {{"layer", layer.describe()}});
    ctx.print(t, "per org");
    return 0;
  }
  bool terminal = ctx.format == TableFormat::table;
  Table t = measures(map, s, !terminal);
  t.title = i18n::text("cli.title.layer", ctx.lang,
                       {{"title", i18n::text("cli.network.title", ctx.lang)}, {"layer", layer.describe()}});
  ctx.print(t, "measures");
  if (ctx.workbook()) ctx.print(failures(map, s, i18n::code(ctx.lang)), "failures");
  if (terminal && !(s.articulation_points.empty() && s.bridges.empty())) {
    Table f = failures(map, s, i18n::code(ctx.lang));
    f.title = i18n::text("cli.network.failures", ctx.lang);
    *ctx.out << "\n";
    ctx.print(f);
  }
  return 0;
}

}  // namespace stakemap::cli
