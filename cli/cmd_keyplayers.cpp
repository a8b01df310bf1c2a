// stakemap keyplayers -k N [--mode reach|fragment]: whom to convene first.
#include <cstdio>
#include <cxxopts.hpp>
#include <ostream>

#include "analysis/keyplayers.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/layer_options.hpp"
#include "core/errors.hpp"
#include "core/escape.hpp"
#include "i18n/messages.hpp"

namespace stakemap::cli {

namespace {
// The figures of the choice, one per row (a workbook's second sheet; JSON gives the same keys).
Table objective_table(const std::string& mode, const analysis::KeyPlayerOptions& o,
                      const analysis::KeyPlayerResult& res) {
  Table t;
  t.columns = {"measure", "value"};
  auto n = [](long long v) { return Cell{v}; };
  t.add({"mode", mode});
  t.add({"k", n(o.k)});
  t.add({"chosen", n(static_cast<long long>(res.members.size()))});
  t.add({"dropped", n(res.dropped)});
  t.add({"hops", n(o.hops)});
  t.add({"objective_empty", res.baseline});
  t.add({"objective_greedy", res.objective_greedy});
  t.add({"objective", res.objective});
  t.add({"swaps", n(res.swaps)});
  t.add({"reached", n(res.reached)});
  t.add({"distance_reach", res.distance_reach});
  t.add({"fragmentation", res.fragmentation});
  return t;
}
}  // namespace

int run_keyplayers(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap keyplayers",
                           "Key players (Borgatti 2006): the k organisations that reach the most others "
                           "within --hops (reach, KPP-Pos) or whose removal fragments the network most "
                           "(fragment, KPP-Neg). Ties in either direction count.");
  add_global_options(options);
  add_layer_options(options);
  // clang-format off
  options.add_options()
    ("k", "size of the set", cxxopts::value<int>()->default_value("3"))
    ("mode", "reach or fragment", cxxopts::value<std::string>()->default_value("reach"))
    ("hops", "reach: reached within this many hops", cxxopts::value<int>()->default_value("1"))
    ("must", "organisation always in the set (repeatable)", cxxopts::value<std::vector<std::string>>())
    ("exclude", "organisation never chosen (repeatable)", cxxopts::value<std::vector<std::string>>())
    ("among", "all, or willing (only organisations willing to share)",
     cxxopts::value<std::string>()->default_value("all"));
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  auto map = load_map(ctx);
  auto g = graph::build(map, layer_from(r));
  analysis::KeyPlayerOptions o;
  o.k = r["k"].as<int>();
  o.hops = r["hops"].as<int>();
  o.fragmentation = true;  // printed with the set
  std::string mode = r["mode"].as<std::string>();
  if (mode == "reach") o.mode = analysis::KeyPlayerMode::reach;
  else if (mode == "fragment") o.mode = analysis::KeyPlayerMode::fragment;
  else throw UsageError("unknown --mode '" + mode + "' (allowed: reach, fragment)");
  std::string among = r["among"].as<std::string>();
  if (among != "all" && among != "willing") throw UsageError("unknown --among '" + among + "' (allowed: all, willing)");
  o.candidate.assign(map.organisations.size(), true);
  if (among == "willing")
    for (std::size_t i = 0; i < map.organisations.size(); ++i) o.candidate[i] = map.organisations[i].willing == "yes";
  if (r.count("exclude"))
    for (const auto& id : r["exclude"].as<std::vector<std::string>>()) o.candidate[require_org(map, id)] = false;
  if (r.count("must"))
    for (const auto& id : r["must"].as<std::vector<std::string>>()) o.must.push_back(require_org(map, id));
  if (o.mode == analysis::KeyPlayerMode::fragment && g.n > 2000)
    *ctx.err << "keyplayers: fragment mode evaluates all-pairs distances per candidate; " << g.n
             << " organisations will take long\n";
  auto res = analysis::key_players(g, o);
  Table t;
  t.columns = {"rank", "id", "name", "gain"};
  for (std::size_t i = 0; i < res.members.size(); ++i) {
    const auto& org = map.organisations[res.members[i].org];
    t.add({static_cast<long long>(i + 1), org.id, org.name_in(i18n::code(ctx.lang)), res.members[i].gain});
  }
  if (ctx.format == TableFormat::json) {
    *ctx.out << "{\"mode\": " << escape::json(mode) << ", \"k\": " << o.k << ", \"chosen\": " << res.members.size()
             << ", \"dropped\": " << res.dropped << ", \"hops\": " << o.hops
             << ", \"objective_empty\": " << number_text(res.baseline)
             << ", \"objective_greedy\": " << number_text(res.objective_greedy)
             << ", \"objective\": " << number_text(res.objective) << ", \"swaps\": " << res.swaps
             << ", \"reached\": " << res.reached << ", \"distance_reach\": " << number_text(res.distance_reach)
             << ", \"fragmentation\": " << number_text(res.fragmentation) << ", \"members\": ";
    print_json(*ctx.out, t);
    *ctx.out << "}\n";
    return 0;
  }
  ctx.print(t, "keyplayers");
  if (ctx.workbook()) ctx.print(objective_table(mode, o, res), "objective");
  if (res.dropped > 0)
    *ctx.err << i18n::plural("cli.keyplayers.fewer." + mode, std::ssize(res.members), ctx.lang, {{"k", o.k}}) << "\n";
  std::ostream& info = ctx.notes();
  auto fixed = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return std::string(buf);
  };
  if (ctx.format == TableFormat::table) info << "\n";
  info << "objective (" << mode << "): empty set " << fixed(res.baseline) << ", greedy " << fixed(res.objective_greedy)
       << ", after " << res.swaps << " improving swaps " << fixed(res.objective) << "\n"
       << "the set reaches " << res.reached << " of " << g.n - static_cast<int>(res.members.size())
       << " other organisations within " << o.hops << " hop(s) (distance-weighted reach " << fixed(res.distance_reach)
       << "); without them the network's fragmentation would be " << fixed(res.fragmentation) << "\n";
  return 0;
}

}  // namespace stakemap::cli
