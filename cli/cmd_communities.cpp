// stakemap communities: Louvain communities of a layer and how they cut across territory,
// level and language.
#include <cxxopts.hpp>
#include <ostream>

#include "analysis/communities.hpp"
#include "analysis/crosstab.hpp"
#include "analysis/groups.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/layer_options.hpp"
#include "core/errors.hpp"
#include "graph/digraph.hpp"
#include "i18n/messages.hpp"

namespace stakemap::cli {

namespace {

const std::vector<std::string> kGroupings{"territory", "level", "language"};

Table summary(const analysis::Communities& c, const analysis::LouvainOptions& o, const graph::Digraph& g,
              const std::vector<analysis::CrossTab>& tabs) {
  Table t;
  t.columns = {"measure", "value"};
  t.add({"communities", static_cast<long long>(c.count)});
  t.add({"modularity", c.modularity});
  t.add({"resolution", o.resolution});
  t.add({"seed", static_cast<long long>(o.seed)});
  t.add({"ei_community", analysis::ei_index(g, c.membership).value});
  for (const auto& tab : tabs) t.add({"ei_" + tab.by, tab.ei.value});
  return t;
}

Table communities_table(const model::Map& map, const analysis::Communities& c, const graph::Digraph& g) {
  std::vector<std::vector<std::string>> members(c.count);
  for (int v = 0; v < g.n; ++v) members[c.membership[v]].push_back(map.organisations[v].id);
  std::vector<long long> inside(c.count, 0), across(c.count, 0);
  graph::Digraph u = graph::undirected(g);
  for (int v = 0; v < u.n; ++v)
    for (int w : u.out(v)) {
      if (w < v) continue;
      if (c.membership[v] == c.membership[w]) ++inside[c.membership[v]];
      else ++across[c.membership[v]], ++across[c.membership[w]];
    }
  Table t;
  t.columns = {"community", "size", "ties_inside", "ties_across", "members"};
  for (int k = 0; k < c.count; ++k)
    t.add({static_cast<long long>(k + 1), static_cast<long long>(members[k].size()), inside[k], across[k], members[k]});
  return t;
}

Table orgs_table(const model::Map& map, const analysis::Communities& c, const std::string& lang) {
  Table t;
  t.columns = {"id", "name", "community"};
  for (std::size_t v = 0; v < map.organisations.size(); ++v)
    t.add({map.organisations[v].id, map.organisations[v].name_in(lang), static_cast<long long>(c.membership[v] + 1)});
  return t;
}

// One row per (grouping, value), one column per community.
Table crosstab_table(const std::vector<analysis::CrossTab>& tabs, int count) {
  Table t;
  t.columns = {"by", "value"};
  for (int k = 0; k < count; ++k) t.columns.push_back("c" + std::to_string(k + 1));
  for (const auto& tab : tabs)
    for (std::size_t j = 0; j < tab.values.size(); ++j) {
      std::vector<Cell> row{tab.by, tab.values[j]};
      for (int k = 0; k < count; ++k) row.emplace_back(static_cast<long long>(tab.counts[k][j]));
      t.add(std::move(row));
    }
  return t;
}

}  // namespace

int run_communities(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap communities",
                           "Louvain communities of a layer (undirected view), compared with territory, level and "
                           "language (see docs/metrics.md).");
  add_global_options(options);
  add_layer_options(options);
  // clang-format off
  options.add_options()
    ("seed", "seed of the node order; same seed, same communities", cxxopts::value<unsigned>()->default_value("1"))
    ("resolution", "modularity resolution (> 1: smaller communities)", cxxopts::value<double>()->default_value("1"))
    ("view", "summary, communities, orgs or crosstab (default: summary, communities and crosstab on a terminal "
             "table; communities with --format csv|json)",
     cxxopts::value<std::string>());
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string view = r.count("view") ? r["view"].as<std::string>() : "";
  if (!view.empty() && view != "summary" && view != "communities" && view != "orgs" && view != "crosstab")
    throw UsageError("unknown --view '" + view + "' (allowed: summary, communities, orgs, crosstab)");
  analysis::LouvainOptions o;
  o.weighted = weighted_from(r);
  o.seed = r["seed"].as<unsigned>();
  o.resolution = r["resolution"].as<double>();
  if (!(o.resolution > 0)) throw UsageError("--resolution needs a number > 0");
  auto map = load_map(ctx);
  auto layer = layer_from(r);
  graph::Digraph g = graph::build(map, layer);
  auto c = analysis::louvain(g, o);
  std::vector<analysis::CrossTab> tabs;
  for (const auto& by : kGroupings) tabs.push_back(analysis::cross_tab(map, g, c.membership, c.count, by));

  auto show = [&](Table t, const char* heading, const char* sheet) {
    t.title = i18n::text(o.weighted ? "cli.title.layer.weighted" : "cli.title.layer", ctx.lang,
                         {{"title", i18n::text(heading, ctx.lang)}, {"layer", layer.describe()}});
    ctx.print(t, sheet);
  };
  if (view.empty() && ctx.workbook()) {  // every view, a sheet each, as --view gives it
    show(communities_table(map, c, g), "cli.communities.members", "communities");
    show(summary(c, o, g, tabs), "cli.communities.summary", "summary");
    show(orgs_table(map, c, i18n::code(ctx.lang)), "cli.communities.orgs", "orgs");
    show(crosstab_table(tabs, c.count), "cli.communities.crosstab", "crosstab");
    return 0;
  }
  if (view.empty() && ctx.format == TableFormat::table) {
    show(summary(c, o, g, tabs), "cli.communities.summary", "summary");
    *ctx.out << "\n";
    show(communities_table(map, c, g), "cli.communities.members", "communities");
    *ctx.out << "\n";
    show(crosstab_table(tabs, c.count), "cli.communities.crosstab.full", "crosstab");
    return 0;
  }
  if (view == "summary") show(summary(c, o, g, tabs), "cli.communities.summary", "summary");
  else if (view == "orgs") show(orgs_table(map, c, i18n::code(ctx.lang)), "cli.communities.orgs", "orgs");
  else if (view == "crosstab") show(crosstab_table(tabs, c.count), "cli.communities.crosstab", "crosstab");
  else show(communities_table(map, c, g), "cli.communities.members", "communities");
  return 0;
}

}  // namespace stakemap::cli
