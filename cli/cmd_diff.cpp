// stakemap diff [FROM [TO]]: the records that differ between two rounds (or a round and now).
#include <cxxopts.hpp>

#include "analysis/map_comparison.hpp"
#include "cli/change_rows.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/comparison_tables.hpp"
#include "cli/layer_options.hpp"
#include "core/errors.hpp"
#include "store/changes.hpp"
#include "store/map_at.hpp"
#include "store/rounds.hpp"

namespace stakemap::cli {

namespace {
/// The batch a round names: "now" is the latest batch.
std::int64_t batch_of(const store::Store& store, const std::string& name) {
  if (name == "now") return store::last_batch(store);
  return store::existing_round(store, name).batch;
}

/// The records view: one row per field of each record added, removed or changed.
Table records_table(const store::Store& store, std::int64_t from, std::int64_t to, bool personal) {
  bool backwards = to < from;
  auto changes = store::changes_between(store, std::min(from, to), std::max(from, to));
  Table t;
  t.columns = {"entity", "id", "change", "field", "before", "after"};
  for (auto& c : changes) {
    if (backwards) std::swap(c.before, c.after);
    const char* change = !c.before ? "added" : !c.after ? "removed" : "changed";
    for (const auto& f : changed_fields(c.before, c.after, personal))
      t.add({store::kind_name(c.kind), c.key, change, f.field, f.before, f.after});
  }
  return t;
}

/// The analysis view: the headline measures of both states, then (terminal) the largest moves
/// in betweenness and the flows unblocked or newly blocked.
void print_analysis(Context& ctx, store::Store& store, std::int64_t from, std::int64_t to, const graph::Layer& layer) {
  const auto before = store::map_at(store, from), after = store::map_at(store, to);
  store::LayoutCache kept(store);  // exact betweenness of states measured before is read back
  const auto cache = kept_results(kept);
  const auto c = analysis::compare_maps(before, after, layer, 5, silo_survey(store), &cache);
  ctx.print(headline_table(c), "analysis");
  if (ctx.workbook()) {  // every table, as the terminal shows them
    ctx.print(moves_table(c.moves, ctx.lang), "moves");
    ctx.print(blocking_table(c, after, ctx.lang), "blocking");
  }
  if (ctx.format != TableFormat::table) return;
  if (!c.moves.empty()) {
    *ctx.out << "\n";
    ctx.print(moves_table(c.moves, ctx.lang));
  }
  if (!c.unblocked.empty() || !c.newly_blocked.empty()) {
    *ctx.out << "\n";
    ctx.print(blocking_table(c, after, ctx.lang));
  }
}
}  // namespace

int run_diff(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap diff",
                           "Compare the map between two rounds: FROM (default: the last round) and TO (default: "
                           "now). One row per field of each record added, removed or changed: "
                           "entity,id,change,field,before,after. --view analysis compares the headline "
                           "measures instead: measure,before,after,change.");
  add_global_options(options);
  add_layer_options(options);
  // clang-format off
  options.add_options()
    ("from", "a round's name", cxxopts::value<std::string>())
    ("to", "a round's name, or now (default)", cxxopts::value<std::string>())
    ("view", "records (default): the records that differ; analysis: the headline measures side by side",
     cxxopts::value<std::string>()->default_value("records"))
    ("privacy", "internal shows contacts' values; partners (default) hides them", cxxopts::value<std::string>());
  // clang-format on
  options.parse_positional({"from", "to"});
  options.positional_help("[FROM [TO]]");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  bool personal = show_personal(r.count("privacy") ? r["privacy"].as<std::string>() : "partners");
  auto store = open_map(ctx, store::Store::Mode::read);
  std::int64_t from = 0;
  if (r.count("from")) {
    from = batch_of(store, r["from"].as<std::string>());
  } else {
    auto all = store::rounds(store);
    if (all.empty()) throw InputError("no round saved yet: save one with `stakemap round save NAME`");
    from = all.back().batch;
  }
  std::int64_t to = r.count("to") ? batch_of(store, r["to"].as<std::string>()) : store::last_batch(store);
  const auto view = r["view"].as<std::string>();
  if (view == "analysis") print_analysis(ctx, store, from, to, layer_from(r));
  else if (view == "records") ctx.print(records_table(store, from, to, personal), "records");
  else throw UsageError("--view must be records or analysis, not '" + view + "'");
  return 0;
}

}  // namespace stakemap::cli
