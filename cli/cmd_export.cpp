// stakemap export FORMAT -o PATH: the map in a format other tools read.
#include <cxxopts.hpp>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/errors.hpp"
#include "dataset/privacy.hpp"
#include "interop/export.hpp"

namespace stakemap::cli {

int run_export(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options(
      "stakemap export",
      "Export the map. graphml (networkx, igraph, yEd; the whole map), gexf (Gephi), kumu-json and kumu-csv "
      "(Kumu), json (scripts; the whole map), dot (Graphviz), csv (a dataset folder that `stakemap import` "
      "reads back into the same map). See docs/interop.md.");
  add_global_options(options);
  options.add_options()
    ("what", std::string("format: ") + interop::format_names(), cxxopts::value<std::string>())
    ("target", "output path (same as -o)", cxxopts::value<std::string>())
    ("o,output", "output file, or folder for csv and kumu-csv; - writes to standard output",
     cxxopts::value<std::string>())
    ("privacy", "internal (all), partners (no contacts, default) or public (also no personal flows, no notes)",
     cxxopts::value<std::string>()->default_value("partners"));
  options.parse_positional({"what", "target"});
  options.positional_help("FORMAT [PATH]");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string what = r.count("what") ? r["what"].as<std::string>() : "";
  interop::Format format;
  if (!interop::parse_format(what, format))
    throw UsageError((what.empty() ? std::string("export needs a format") : "unknown export format '" + what + "'") +
                     " (allowed: " + interop::format_names() + ")");
  std::string target = r.count("output") ? r["output"].as<std::string>()
                       : r.count("target") ? r["target"].as<std::string>() : "";
  if (target.empty()) throw UsageError("export needs an output path (-o PATH)");
  auto privacy = dataset::parse_privacy(r["privacy"].as<std::string>());
  auto map = dataset::apply_privacy(load_map(ctx), privacy);
  interop::ExportOptions opts;
  opts.personal = privacy == dataset::Privacy::internal;
  interop::export_map(map, format, target, opts, *ctx.out);
  *ctx.err << "exported " << map.organisations.size() << " organisations and " << map.flows.size() << " flows to "
           << (target == "-" ? "standard output" : target) << " (" << what
           << ", privacy: " << r["privacy"].as<std::string>() << ")\n";
  return 0;
}

}  // namespace stakemap::cli
