// stakemap summary: the key findings of the map, as the report writes them.
#include <cxxopts.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/findings_output.hpp"
#include "cli/layer_options.hpp"
#include "report/analyses.hpp"
#include "report/report.hpp"

namespace stakemap::cli {

int run_summary(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap summary",
                           "Print the key findings of the map in plain language, as the report writes them "
                           "(--format json: each finding with the figures it quotes and the ids it names).");
  add_global_options(options);
  add_layer_options(options);
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  auto store = open_map(ctx, store::Store::Mode::read);
  auto map = load_map(store);
  report::ReportOptions ro;
  ro.lang = ctx.lang;
  ro.silo_survey = silo_survey(store);
  ro.layer = layer_from(r);
  print_findings(ctx, report::key_findings(map, ro, report::analyse(map, ro)));
  return 0;
}

}  // namespace stakemap::cli
