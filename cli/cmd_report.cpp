// stakemap report -o report.html: the self-contained consultation report.
#include <chrono>
#include <ctime>
#include <cxxopts.hpp>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/demo_story.hpp"
#include "cli/layer_options.hpp"
#include "core/errors.hpp"
#include "i18n/messages.hpp"
#include "io/output_file.hpp"
#include "report/analyses.hpp"
#include "report/report.hpp"
#include "store/history.hpp"
#include "store/map_at.hpp"
#include "store/rounds.hpp"

namespace stakemap::cli {

namespace {
std::string today() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&t));
  return buf;
}
}  // namespace

report::Provenance provenance(const Context& ctx, const store::Store& store) {
  report::Provenance p;
  p.map_path = ctx.db;
  p.generated_at = today();
  p.version = STAKEMAP_VERSION;
  auto batches = store::history(store);
  if (!batches.empty()) {
    p.changed_at = batches.back().at;
    p.changed_by = batches.back().command + (batches.back().summary.empty() ? "" : ": " + batches.back().summary);
  }
  return p;
}

int run_report(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap report",
                           "Write the consultation report: one self-contained HTML file (inline CSS and SVG, "
                           "no external requests) with key findings, maps, tables, a what-if and methods.");
  add_global_options(options);
  add_layer_options(options);
  // clang-format off
  options.add_options()
    ("o,output", "the HTML file to write; - writes to standard output",
     cxxopts::value<std::string>()->default_value("report.html"))
    ("title", "report title", cxxopts::value<std::string>()->default_value(""))
    ("top", "rows of the ranked tables", cxxopts::value<int>()->default_value("15"))
    ("since", "add a section: what changed since this round (see `round list`)", cxxopts::value<std::string>())
    ("static-maps", "show the maps as pictures on screen too, without the explorer (a smaller file)");
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  auto store = open_map(ctx, store::Store::Mode::read);
  const std::string path = r["output"].as<std::string>();
  check_output(path);  // refused before the analyses, not after
  auto map = load_map(store);
  report::ReportOptions ro;
  ro.lang = ctx.lang;
  ro.silo_survey = silo_survey(store);
  ro.layer = layer_from(r);
  ro.title = r["title"].as<std::string>();
  ro.top = r["top"].as<int>();
  ro.interactive_maps = !r.count("static-maps");
  if (ro.top < 1) throw UsageError("--top must be at least 1");
  if (r.count("since")) {
    auto round = store::existing_round(store, r["since"].as<std::string>());
    ro.since = report::SinceRound{round.name, round.at, store::map_at(store, round.batch)};
    ro.since->then.reindex();
  }
  store::LayoutCache kept(store);
  const auto cache = kept_results(kept);
  ro.cache = &cache;
  std::string html = report::build_report(map, ro, provenance(ctx, store));
  if (!write_output(ctx, path, html)) return 1;
  if (!ctx.quiet)
    *ctx.err << i18n::text("cli.report.wrote", ctx.lang,
                           {{"path", output_name(ctx, path)}, {"size", html.size() / 1024}})
             << "\n";
  return 0;
}

}  // namespace stakemap::cli
