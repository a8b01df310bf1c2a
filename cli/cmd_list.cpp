// stakemap list orgs|territories|flows: the map's content as tables, with filters.
#include <algorithm>
#include <cxxopts.hpp>
#include <unordered_map>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/territory_options.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "graph/layer.hpp"
#include "model/taxonomy.hpp"
#include "model/territory_graph.hpp"

namespace stakemap::cli {

namespace {

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

Table list_orgs(const model::Map& map, const cxxopts::ParseResult& r) {
  Table t;
  t.columns = {"org",     "name",         "kind",    "level",     "territories",
               "domains", "support_role", "willing", "flows_out", "flows_in"};
  std::unordered_map<std::string, std::pair<long long, long long>> degree;  // flows out, in (any status)
  for (const auto& f : map.flows) {
    ++degree[f.from].first;
    ++degree[f.to].second;
  }
  const auto in_territory = territory_filter(map, r);
  for (std::size_t i = 0; i < map.organisations.size(); ++i) {
    const auto& o = map.organisations[i];
    if (in_territory && !(*in_territory)[i]) continue;
    if (r.count("domain") && !contains(o.domains, r["domain"].as<std::string>())) continue;
    if (r.count("level") && o.level != r["level"].as<std::string>()) continue;
    if (r.count("kind") && o.kind != r["kind"].as<std::string>()) continue;
    auto d = degree[o.id];
    t.add({o.id, o.name, o.kind, o.level, text::join(o.territories), text::join(o.domains), o.support_role, o.willing,
           d.first, d.second});
  }
  return t;
}

Table list_territories(const model::Map& map, const std::string& lang) {
  Table t;
  t.columns = {"territory", "kind", "name", "part_of", "leaves", "organisations"};
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
    t.add({ter.id, ter.kind, ter.name_in(lang), text::join(ter.parents),
           static_cast<long long>(tg.leaves_below(i).size()), orgs});
  }
  return t;
}

Table list_flows(const model::Map& map, const cxxopts::ParseResult& r) {
  Table t;
  t.columns = {"flow", "from", "to", "status", "basis", "regularity", "population", "obstacles", "confirmation"};
  auto layer = graph::Layer::parse(r.count("layer") ? r["layer"].as<std::string>() : "any");
  std::string org = r.count("org") ? r["org"].as<std::string>() : "";
  if (!org.empty()) require_org(map, org);
  for (const auto& f : map.flows) {
    if (!layer.matches(f)) continue;
    if (!org.empty() && f.from != org && f.to != org) continue;
    t.add({f.id, f.from, f.to, f.status, f.basis, f.regularity, f.population, text::join(f.obstacles), f.confirmation});
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
    ("domain", "orgs: only those working in this domain", cxxopts::value<std::string>())
    ("level", "orgs: only this level (local, regional, federal, ...)", cxxopts::value<std::string>())
    ("kind", "orgs: only this kind", cxxopts::value<std::string>())
    ("layer", "flows: only this layer, e.g. voluntary or desired,mandatory (default: every flow; as everywhere, a layer without a status keeps the active flows: any,voluntary for all statuses)", cxxopts::value<std::string>())
    ("org", "flows: only those from or to this organisation", cxxopts::value<std::string>());
  // clang-format on
  add_territory_options(options);
  options.parse_positional({"what"});
  options.positional_help("orgs|territories|flows");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string what = r.count("what") ? r["what"].as<std::string>() : "";
  const auto& tax = model::Taxonomy::builtin();
  for (const char* facet : {"domain", "level", "kind"})
    if (r.count(facet) && !tax.has(facet, r[facet].as<std::string>()))
      throw UsageError(std::string("unknown --") + facet + " '" + r[facet].as<std::string>() +
                       "' (allowed: " + tax.allowed(facet) + ")");
  if (what != "orgs" && what != "territories" && what != "flows")
    throw UsageError(what.empty() ? "list needs what to list: orgs, territories or flows"
                                  : "cannot list '" + what + "' (allowed: orgs, territories, flows)");
  auto map = load_map(ctx);
  if (what == "orgs") ctx.print(list_orgs(map, r));
  else if (what == "territories") ctx.print(list_territories(map, i18n::code(ctx.lang)));
  else ctx.print(list_flows(map, r));
  return 0;
}

}  // namespace stakemap::cli
