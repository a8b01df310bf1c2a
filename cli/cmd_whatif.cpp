// stakemap whatif SCENARIO...: before/after measures of scenarios applied in memory.
#include <cxxopts.hpp>

#include <algorithm>
#include <ostream>

#include "analysis/whatif.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/comparison_tables.hpp"
#include "cli/layer_options.hpp"
#include "core/errors.hpp"
#include "core/escape.hpp"
#include "i18n/messages.hpp"
#include "i18n/numbers.hpp"
#include "io/output_file.hpp"
#include "store/store.hpp"
#include "store/writer.hpp"

namespace stakemap::cli {

namespace {

/// The organisations the scenarios cut off from the largest component.
Table cut_off_table(const model::Map& map, const analysis::WhatIfResult& r, i18n::Lang lang) {
  Table t;
  t.title = i18n::text("cli.whatif.cut_off", lang);
  t.columns = {"id", "name"};
  for (const auto& id : r.cut_off) {
    const auto* o = map.org(id);
    t.add({id, o ? o->name_in(i18n::code(lang)) : id});
  }
  return t;
}

/// Writes `map` as the new map `path`, whole or absent: built at a temporary name beside it and
/// renamed into place once closed (a full disk leaves no file). Errors name `path`.
void save_map(const std::string& path, const std::vector<analysis::Scenario>& scenarios, const model::Map& map,
              const std::string& source) {
  io::NewFile file(path);
  try {
    store::Store out(file.temp(), store::Store::Mode::write);
    std::string summary;
    for (const auto& s : scenarios) summary += (summary.empty() ? "" : "; ") + s.describe();
    store::Writer w(out, "whatif " + summary, source);
    w.replace_with(map);
    w.commit(summary);
  } catch (const std::exception& e) {
    auto storage = store::storage_error(e);
    if (storage.empty() && !dynamic_cast<const InputError*>(&e)) throw;
    throw InputError(path + ": cannot save the changed map: " + (storage.empty() ? e.what() : storage));
  }
  file.commit();
}

/// Says on stderr which figures are estimates (maps above kExactPathWork) and how close.
void announce_sampling(const Context& ctx, const analysis::WhatIfResult& r) {
  const auto large = i18n::text("cli.sampled.large", ctx.lang);
  const auto &b = r.betweenness_before, &a = r.betweenness_after;
  const double epsilon = std::max(b.epsilon, a.epsilon);
  if (b.sampled || a.sampled)
    *ctx.err << "whatif: "
             << i18n::text("cli.whatif.sampled_betweenness", ctx.lang,
                           {{"large", large},
                            {"before", b.samples},
                            {"after", a.samples},
                            {"epsilon", i18n::approximate(epsilon, ctx.lang)},
                            {"probability", i18n::approximate(1 - std::max(b.delta, a.delta), ctx.lang)},
                            {"noise", i18n::approximate(2 * epsilon, ctx.lang)}})
             << "\n";
  const auto &pb = r.paths_before, &pa = r.paths_after;
  if (pb.sampled || pa.sampled)
    *ctx.err << "whatif: "
             << i18n::text("cli.whatif.sampled_paths", ctx.lang,
                           {{"large", large},
                            {"before", pb.sources},
                            {"after", pa.sources},
                            {"error_before", i18n::approximate(pb.average_path_length_error, ctx.lang)},
                            {"error_after", i18n::approximate(pa.average_path_length_error, ctx.lang)},
                            {"probability", i18n::approximate(1 - analysis::StructureOptions{}.delta, ctx.lang)}})
             << "\n";
}

}  // namespace

int run_whatif(Context& ctx, const std::vector<std::string>& args) {
  // Scenario words (with their arguments, and add-hub's --members) are separated from the
  // options first, then read by analysis::parse_scenarios.
  std::vector<std::string> words, rest;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    bool has_next = i + 1 < args.size();
    if (a == "add-hub" || a == "remove" || a == "stop-sharing" || a == "lift") {
      words.push_back(a);
      if (has_next) words.push_back(args[++i]);
      if (a == "add-hub" && i + 1 < args.size() && args[i + 1] == "--members") {
        words.push_back(args[++i]);
        if (i + 1 < args.size()) words.push_back(args[++i]);
      } else if (a == "add-hub" && i + 1 < args.size() && args[i + 1].rfind("--members=", 0) == 0) {
        words.push_back(args[++i]);
      }
    } else if (a == "activate-desired") {
      words.push_back(a);
    } else {
      rest.push_back(a);
    }
  }
  cxxopts::Options options(
      "stakemap whatif",
      "Apply scenarios to a copy of the map in memory and compare network measures before "
      "and after. Scenarios: add-hub NAME [--members willing|all|ID,ID...], remove ORG, stop-sharing ORG, "
      "lift OBSTACLE, activate-desired (several may follow one another). The stored map "
      "is not changed unless --save writes the result as a new map.");
  add_global_options(options);
  add_layer_options(options);
  // clang-format off
  options.add_options()
    ("exact", "exact betweenness and path lengths even on a large map (slow: docs/metrics.md)")
    ("save", "write the changed map to this new map file", cxxopts::value<std::string>())
    ("cut-off", "csv/json: list the organisations cut off from the largest component (org,name) instead of the measures");
  // clang-format on
  options.custom_help("[OPTION...] SCENARIO...");  // scenarios are not cxxopts positionals
  cxxopts::ParseResult r;
  if (!parse(options, rest, ctx, r)) return 0;
  if (!r.unmatched().empty())
    throw UsageError(
        "unknown scenario '" + r.unmatched().front() +
        "' (allowed: add-hub NAME [--members willing|all|IDS], remove ORG, stop-sharing ORG, lift OBSTACLE, "
        "activate-desired)");
  auto scenarios = analysis::parse_scenarios(words);
  auto store = open_map(ctx, store::Store::Mode::read);
  auto map = load_map(store);
  store::LayoutCache kept(store);  // exact betweenness of an unchanged map is read back
  const auto cache = kept_results(kept);
  // Only what is printed is computed: --cut-off in csv/json shows the list alone, and the
  // moves (two exact betweenness runs, most of the time) appear on a terminal and in a workbook.
  const bool cut_off_only = r.count("cut-off") && ctx.format != TableFormat::table;
  analysis::WhatIfParts parts;
  parts.measures = !cut_off_only;
  parts.moves = !cut_off_only && (ctx.format == TableFormat::table || ctx.workbook());
  if (r.count("exact")) parts.exact_path_work = 0;
  parts.kept = &cache;
  auto result = analysis::what_if(map, scenarios, layer_from(r), 10, silo_survey(store), parts);
  if (r.count("save")) save_map(r["save"].as<std::string>(), scenarios, result.map_after, ctx.db);
  for (const auto& line : result.log) *ctx.err << "whatif: " << escape::terminal(line) << "\n";
  announce_sampling(ctx, result);
  if (cut_off_only) {
    ctx.print(cut_off_table(map, result, ctx.lang), "cut off");
    return 0;
  }
  ctx.print(measures_table(result.before, result.after), "measures");
  if (ctx.workbook()) {  // every table, as the terminal shows them
    ctx.print(moves_table(result.changes, ctx.lang), "moves");
    ctx.print(cut_off_table(map, result, ctx.lang), "cut off");
  }
  if (ctx.format == TableFormat::table) {
    *ctx.out << "\n";
    ctx.print(moves_table(result.changes, ctx.lang));
  }
  if (ctx.format == TableFormat::table && !result.cut_off.empty()) {
    *ctx.out << "\n";
    ctx.print(cut_off_table(map, result, ctx.lang));
  }
  if (r.count("save")) *ctx.err << "whatif: saved the changed map as " << r["save"].as<std::string>() << "\n";
  return 0;
}

}  // namespace stakemap::cli
