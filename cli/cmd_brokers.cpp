// stakemap brokers: structural holes (Burt), Gould–Fernandez brokerage roles, articulation
// points — who sits between otherwise unconnected organisations.
#include <algorithm>
#include <cxxopts.hpp>

#include "analysis/brokerage.hpp"
#include "analysis/components.hpp"
#include "analysis/groups.hpp"
#include "analysis/structural_holes.hpp"
#include "analysis/tables.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/layer_options.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "graph/digraph.hpp"
#include "i18n/messages.hpp"

namespace stakemap::cli {

int run_brokers(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap brokers",
                           "Brokers of a layer: Burt's constraint and effective size, Gould-Fernandez brokerage "
                           "roles between groups, articulation points (see docs/metrics.md).");
  add_global_options(options);
  add_layer_options(options);
  // clang-format off
  options.add_options()
    ("by", "groups for the brokerage roles: territory, level, kind or language",
     cxxopts::value<std::string>()->default_value("level"))
    ("sort", "sort by this column, brokers first (constraint: lowest first)", cxxopts::value<std::string>())
    ("top", "only the N first rows", cxxopts::value<int>());
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string by = r["by"].as<std::string>();
  const auto& names = analysis::grouping_names();
  if (std::find(names.begin(), names.end(), by) == names.end())
    throw UsageError("unknown --by '" + by + "' (allowed: " + text::join(names, ", ") + ")");
  if (r.count("top") && r["top"].as<int>() < 0) throw UsageError("--top needs a number >= 0");
  auto map = load_map(ctx);
  auto layer = layer_from(r);
  bool weighted = weighted_from(r);
  graph::Digraph g = graph::build(map, layer);

  auto holes = analysis::structural_holes(g, weighted);
  auto groups = analysis::partition(map, by);
  auto roles = analysis::brokerage_roles(g, groups.of);
  std::vector<double> cut(g.n, 0.0);
  for (int v : analysis::cut_points(g).articulation_points) cut[v] = 1;
  auto as_doubles = [](const std::vector<long>& v) { return std::vector<double>(v.begin(), v.end()); };
  Table t = analysis::org_table(map,
                                {{"constraint", holes.constraint},
                                 {"effective_size", holes.effective_size},
                                 {"coordinator", as_doubles(roles.coordinator)},
                                 {"consultant", as_doubles(roles.consultant)},
                                 {"gatekeeper", as_doubles(roles.gatekeeper)},
                                 {"representative", as_doubles(roles.representative)},
                                 {"liaison", as_doubles(roles.liaison)},
                                 {"articulation_point", cut}},
                                i18n::code(ctx.lang));
  for (auto& row : t.rows)  // counts as integers
    for (std::size_t c = 4; c < row.size(); ++c) row[c] = static_cast<long long>(std::get<double>(row[c]));
  t.title = i18n::text(weighted ? "cli.brokers.title.weighted" : "cli.brokers.title", ctx.lang,
                       {{"layer", layer.describe()}, {"by", by}});
  std::string sort = r.count("sort") ? r["sort"].as<std::string>() : (r.count("top") ? "constraint" : "");
  if (!sort.empty()) analysis::sort_rows(t, sort, sort == "constraint");
  if (r.count("top")) analysis::keep_top(t, static_cast<std::size_t>(r["top"].as<int>()));
  ctx.print(t);
  return 0;
}

}  // namespace stakemap::cli
