// stakemap obstacles: the share of organisations perceiving each obstacle (the report's
// Q40 chart), overall or by level, kind or territory, and the flows each obstacle blocks.
#include <cmath>
#include <cxxopts.hpp>
#include <ostream>

#include "analysis/obstacles.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/errors.hpp"
#include "i18n/messages.hpp"

namespace stakemap::cli {

namespace {

/// The terminal view adds a bar of the percent (one block per 5%).
Table with_bars(Table t) {
  auto pct = t.column("percent");
  t.columns.push_back("chart");
  for (auto& row : t.rows) {
    double v = std::get<double>(row[*pct]);
    std::string bar;
    for (long i = 0; i < std::lround(v / 5.0); ++i) bar += "\u2588";
    row.emplace_back(bar);
  }
  return t;
}

}  // namespace

int run_obstacles(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap obstacles",
                           "Share of organisations perceiving each obstacle, and the flows each obstacle blocks.");
  add_global_options(options);
  // clang-format off
  options.add_options()
    ("by", "group organisations by level, kind or territory", cxxopts::value<std::string>()->default_value("none"))
    ("flows", "list the flows each obstacle blocks (blocked) or hinders (desired or active) instead");
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  auto by = analysis::parse_grouping(r["by"].as<std::string>());
  if (r.count("flows") && by != analysis::ObstacleGrouping::none)
    throw UsageError("--flows cannot be combined with --by");
  auto map = load_map(ctx);
  auto p = analysis::obstacles(map, by);
  if (r.count("flows")) {
    auto t = analysis::obstacle_flows_table(map, p);
    t.title = i18n::text("cli.obstacles.flows", ctx.lang);
    ctx.print(t, "obstacle flows");
    return 0;
  }
  auto t = analysis::obstacles_table(map.taxonomy(), p, i18n::code(ctx.lang));
  t.title = i18n::text(by == analysis::ObstacleGrouping::none ? "cli.obstacles.title" : "cli.obstacles.title.groups",
                       ctx.lang);
  if (ctx.format != TableFormat::table) {
    ctx.print(t);
    return 0;
  }
  ctx.print(with_bars(t));
  *ctx.out << "\n" << i18n::text("cli.obstacles.base", ctx.lang) << "\n";
  return 0;
}

}  // namespace stakemap::cli
