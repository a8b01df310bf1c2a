// stakemap centrality: per-organisation centralities of a layer (docs/metrics.md).
#include <algorithm>
#include <climits>
#include <cxxopts.hpp>
#include <ostream>

#include "analysis/centrality.hpp"
#include "analysis/metrics.hpp"
#include "analysis/tables.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/layer_options.hpp"
#include "cli/org_filters.hpp"
#include "cli/territory_options.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "graph/digraph.hpp"
#include "i18n/messages.hpp"
#include "i18n/numbers.hpp"

namespace stakemap::cli {

namespace {

const std::vector<std::string> kDefaultColumns{"in_degree", "out_degree", "degree",      "betweenness", "closeness",
                                               "harmonic",  "pagerank",   "eigenvector", "hub",         "authority"};

void announce(const Context& ctx, const analysis::Centrality& c) {
  const auto& b = c.betweenness_info;
  auto large = [&](bool automatic) { return automatic ? i18n::text("cli.sampled.large", ctx.lang) : std::string(); };
  if (b.sampled)
    *ctx.err << "stakemap: "
             << i18n::text("cli.sampled.betweenness", ctx.lang,
                           {{"large", large(b.automatic)},
                            {"samples", b.samples},
                            {"epsilon", i18n::approximate(b.epsilon, ctx.lang)},
                            {"probability", i18n::approximate(1 - b.delta, ctx.lang)}})
             << "\n";
  const auto& cl = c.closeness_info;
  if (cl.sampled)
    *ctx.err << "stakemap: "
             << i18n::text("cli.sampled.closeness", ctx.lang,
                           {{"large", large(cl.automatic)},
                            {"sources", cl.sources},
                            {"epsilon", i18n::approximate(cl.epsilon, ctx.lang)},
                            {"probability", i18n::approximate(1 - cl.delta, ctx.lang)}})
             << "\n";
  if (!c.eigenvector.empty() && !c.eigenvector_converged)
    *ctx.err << "stakemap: warning: eigenvector centrality did not converge in " << c.eigenvector_iterations
             << " iterations (e.g. the layer has no cycle); values are those of the last iteration\n";
  if (!c.hub.empty() && !c.hits_converged)
    *ctx.err << "stakemap: warning: hubs and authorities did not converge in " << c.hits_iterations << " iterations\n";
}

}  // namespace

int run_centrality(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap centrality",
                           "Centrality of each organisation in a layer of the flow graph (see docs/metrics.md).");
  add_global_options(options);
  add_layer_options(options);
  add_org_filter_options(options);
  // clang-format off
  options.add_options()
    ("metric", "comma-separated metrics (default: all centralities): " + text::join(analysis::metric_names(), ", "),
     cxxopts::value<std::string>())
    ("sort", "sort by this column, largest first (default with --top: the first metric)", cxxopts::value<std::string>())
    ("top", "only the N first rows", cxxopts::value<int>())
    ("sample", "estimate betweenness from K sampled shortest paths (error bound on stderr)", cxxopts::value<long>())
    ("exact", "exact values even on a large map (no automatic sampling of betweenness and closeness)")
    ("seed", "seed of the sampled betweenness", cxxopts::value<unsigned>()->default_value("1"));
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::vector<std::string> metrics = kDefaultColumns;
  if (r.count("metric")) {
    metrics = text::split_list(r["metric"].as<std::string>(), ',');
    auto names = analysis::metric_names();
    for (const auto& m : metrics)
      if (std::find(names.begin(), names.end(), m) == names.end())
        throw UsageError("unknown metric '" + m + "' (allowed: " + text::join(names, ", ") + ")");
  }
  if (metrics.empty()) throw UsageError("--metric needs at least one metric");
  if (r.count("top") && r["top"].as<int>() < 0) throw UsageError("--top needs a number >= 0");
  if (r.count("sample") && (r["sample"].as<long>() <= 0 || r["sample"].as<long>() > INT_MAX))
    throw UsageError("--sample needs a number of paths between 1 and " + std::to_string(INT_MAX));
  if (r.count("sample") && r.count("exact")) throw UsageError("--sample and --exact exclude each other");

  auto store = open_map(ctx, store::Store::Mode::read);
  auto map = load_map(store);
  store::LayoutCache kept(store);  // exact betweenness of an unchanged map is read back
  const auto cache = kept_results(kept);
  bool weighted = weighted_from(r);
  auto layer = layer_from(r);
  graph::Digraph g = graph::build(map, layer);

  analysis::CentralityOptions o;
  o.weighted = weighted;
  o.seed = r["seed"].as<unsigned>();
  if (r.count("sample")) o.sample = static_cast<int>(r["sample"].as<long>());
  if (r.count("exact")) o.auto_sample_above = 0;
  o.kept = &cache;
  for (const auto& m : metrics)
    if (analysis::Centrality probe; probe.values(m)) o.only.push_back(m);
  analysis::Centrality c;
  if (!o.only.empty()) c = analysis::centrality(g, o);
  std::vector<std::pair<std::string, std::vector<double>>> columns;
  for (const auto& m : metrics) {
    auto* values = c.values(m);
    columns.emplace_back(m, values ? *values : analysis::org_metric(g, m, weighted));
  }
  announce(ctx, c);

  Table t = analysis::org_table(map, columns, i18n::code(ctx.lang));
  if (const auto keep = org_filter(map, r)) keep_rows(t, *keep);
  t.title = i18n::text(
      "cli.centrality.counts", ctx.lang,
      {{"title", i18n::text(weighted ? "cli.title.layer.weighted" : "cli.title.layer", ctx.lang,
                            {{"title", i18n::text("cli.centrality.title", ctx.lang)}, {"layer", layer.describe()}})},
       {"organisations", i18n::plural("count.organisations", g.n, ctx.lang)},
       {"pairs", i18n::plural("cli.linked_pairs", g.arcs(), ctx.lang)}});
  std::string sort = r.count("sort") ? r["sort"].as<std::string>() : (r.count("top") ? metrics.front() : "");
  if (!sort.empty()) analysis::sort_rows(t, sort, sort == "constraint");
  if (r.count("top")) analysis::keep_top(t, static_cast<std::size_t>(r["top"].as<int>()));
  ctx.print(t);
  return 0;
}

}  // namespace stakemap::cli
