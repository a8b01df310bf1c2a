// stakemap list orgs|territories|flows: the map's content as tables, with filters.
#include <algorithm>
#include <cxxopts.hpp>
#include <unordered_map>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/org_filters.hpp"
#include "core/errors.hpp"
#include "graph/layer.hpp"
#include "model/taxonomy.hpp"
#include "model/territory_graph.hpp"

namespace stakemap::cli {

namespace {

Table list_orgs(const model::Map& map, const std::optional<std::vector<bool>>& keep, const std::string& lang) {
  Table t;
  t.columns = {"id",        "name",    "kind", "level", "territories", "domains", "support_role", "willing_to_share",
               "flows_out", "flows_in"};
  std::unordered_map<std::string, std::pair<long long, long long>> degree;  // flows out, in (any status)
  for (const auto& f : map.flows) {
    ++degree[f.from].first;
    ++degree[f.to].second;
  }
  for (std::size_t i = 0; i < map.organisations.size(); ++i) {
    const auto& o = map.organisations[i];
    if (keep && !(*keep)[i]) continue;
    auto d = degree[o.id];
    t.add({o.id, o.name_in(lang), o.kind, o.level, o.territories, o.domains, o.support_role, o.willing, d.first,
           d.second});
  }
  return t;
}

Table list_territories(const model::Map& map, const std::string& lang) {
  Table t;
  t.columns = {"id", "kind", "name", "part_of", "leaves", "organisations"};
  model::TerritoryGraph tg(map);
  for (int i = 0; i < static_cast<int>(map.territories.size()); ++i) {
    const auto& ter = map.territories[i];
    long long orgs = 0;
    for (const auto& o : map.organisations)
      for (const auto& id : o.territories)
        if (id == ter.id) {
          ++orgs;
          break;
        }
    t.add({ter.id, ter.kind, ter.name_in(lang), ter.parents, static_cast<long long>(tg.leaves_below(i).size()), orgs});
  }
  return t;
}

/// The coded flow options: --status, --basis, --population, --obstacle (checked).
struct FlowCodes {
  std::optional<std::string> status, basis, population, obstacle;
  FlowCodes(const cxxopts::ParseResult& r, const model::Taxonomy& tax)
      : status(coded_option(r, "status", "flow_status", tax)),
        basis(coded_option(r, "basis", "flow_basis", tax)),
        population(coded_option(r, "population", "population", tax)),
        obstacle(coded_option(r, "obstacle", "obstacle", tax)) {}
};

/// The organisation --`option` names (checked), or "".
std::string flow_end(const model::Map& map, const cxxopts::ParseResult& r, const char* option) {
  if (!r.count(option)) return "";
  auto id = r[option].as<std::string>();
  require_org(map, id);
  return id;
}

Table list_flows(const model::Map& map, const cxxopts::ParseResult& r, const FlowCodes& codes,
                 const std::optional<std::vector<bool>>& keep) {
  Table t;
  t.columns = {"id", "from", "to", "status", "basis", "regularity", "population", "obstacles", "confirmation"};
  auto layer = graph::Layer::parse(r.count("layer") ? r["layer"].as<std::string>() : "any");
  const auto &status = codes.status, &basis = codes.basis, &population = codes.population, &obstacle = codes.obstacle;
  const std::string org = flow_end(map, r, "org"), from = flow_end(map, r, "from"), to = flow_end(map, r, "to");
  auto kept = [&](const std::string& id) { return !keep || (*keep)[map.org_index(id)]; };
  for (const auto& f : map.flows) {
    if (!layer.matches(f)) continue;
    if (status && f.status != *status) continue;
    if (basis && f.basis != *basis) continue;
    if (population && f.population != *population) continue;
    if (obstacle && std::find(f.obstacles.begin(), f.obstacles.end(), *obstacle) == f.obstacles.end()) continue;
    if (!org.empty() && f.from != org && f.to != org) continue;
    if (!from.empty() && f.from != from) continue;
    if (!to.empty() && f.to != to) continue;
    if (!kept(f.from) && !kept(f.to)) continue;
    t.add({f.id, f.from, f.to, f.status, f.basis, f.regularity, f.population, f.obstacles, f.confirmation});
  }
  return t;
}

}  // namespace

int run_list(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap list", "List organisations, territories or flows of the map.");
  add_global_options(options);
  // clang-format off
  options.add_options()
    ("what", "orgs, territories or flows", cxxopts::value<std::string>())
    ("layer", "flows: only this layer, e.g. voluntary or desired,mandatory (default: every flow; as everywhere, a layer without a status keeps the active flows: any,voluntary for all statuses)", cxxopts::value<std::string>())
    ("org", "flows: only those from or to this organisation", cxxopts::value<std::string>())
    ("from", "flows: only those from this organisation", cxxopts::value<std::string>())
    ("to", "flows: only those to this organisation", cxxopts::value<std::string>())
    ("status", "flows: only this status (active, desired, blocked)", cxxopts::value<std::string>())
    ("basis", "flows: only this basis (mandatory, voluntary, on-request)", cxxopts::value<std::string>())
    ("population", "flows: only this population (all, ukraine, both)", cxxopts::value<std::string>())
    ("obstacle", "flows: only those this obstacle holds up (e.g. gdpr)", cxxopts::value<std::string>());
  // clang-format on
  add_org_filter_options(options);
  options.parse_positional({"what"});
  options.positional_help("orgs|territories|flows");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string what = r.count("what") ? r["what"].as<std::string>() : "";
  if (what != "orgs" && what != "territories" && what != "flows")
    throw UsageError(what.empty() ? "list needs what to list: orgs, territories or flows"
                                  : "cannot list '" + what + "' (allowed: orgs, territories, flows)");
  for (const char* flow_option : {"layer", "org", "from", "to", "status", "basis", "population", "obstacle"})
    if (what != "flows" && r.count(flow_option))
      throw UsageError(std::string("--") + flow_option + " applies to `list flows` only");
  for (const char* org_option : {"territory", "territory-scope", "domain", "level", "kind", "search"})
    if (what == "territories" && r.count(org_option))
      throw UsageError(std::string("--") + org_option + " applies to `list orgs` and `list flows`");
  // Bad codes are usage errors (exit 2): those no profile knows before the map is opened.
  check_fixed_codes(
      r, {{"level", "level"}, {"status", "flow_status"}, {"basis", "flow_basis"}, {"population", "population"}});
  auto map = load_map(ctx);
  check_org_filter_codes(r, map.taxonomy());
  const FlowCodes codes(r, map.taxonomy());
  const auto keep = org_filter(map, r);
  if (what == "orgs") ctx.print(list_orgs(map, keep, i18n::code(ctx.lang)), what);
  else if (what == "territories") ctx.print(list_territories(map, i18n::code(ctx.lang)), what);
  else ctx.print(list_flows(map, r, codes, keep), what);
  return 0;
}

}  // namespace stakemap::cli
