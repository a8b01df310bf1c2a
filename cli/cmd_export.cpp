// stakemap export FORMAT -o PATH: the map in a format other tools read.
#include <cxxopts.hpp>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/errors.hpp"
#include "dataset/export_csv.hpp"
#include "dataset/privacy.hpp"

namespace stakemap::cli {

int run_export(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap export",
                           "Export the map. csv writes a dataset folder that `stakemap import` reads back "
                           "into the same map.");
  add_global_options(options);
  options.add_options()
    ("what", "format: csv", cxxopts::value<std::string>())
    ("target", "output path (same as -o)", cxxopts::value<std::string>())
    ("o,output", "output path", cxxopts::value<std::string>())
    ("privacy", "internal (all), partners (no contacts, default) or public (also no personal flows, no notes)",
     cxxopts::value<std::string>()->default_value("partners"));
  options.parse_positional({"what", "target"});
  options.positional_help("FORMAT [PATH]");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string what = r.count("what") ? r["what"].as<std::string>() : "";
  std::string target = r.count("output") ? r["output"].as<std::string>()
                       : r.count("target") ? r["target"].as<std::string>() : "";
  if (target.empty()) throw UsageError("export needs an output path (-o PATH)");
  auto privacy = dataset::parse_privacy(r["privacy"].as<std::string>());
  auto map = dataset::apply_privacy(load_map(ctx), privacy);
  if (what == "csv") {
    dataset::export_csv(map, target, {privacy == dataset::Privacy::internal});
  } else {
    throw UsageError("unknown export format '" + what + "' (allowed: csv)");
  }
  *ctx.err << "exported " << map.organisations.size() << " organisations and " << map.flows.size() << " flows to "
           << target << " (privacy: " << r["privacy"].as<std::string>() << ")\n";
  return 0;
}

}  // namespace stakemap::cli
