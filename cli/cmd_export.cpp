// stakemap export FORMAT -o PATH: the map in a format other tools read.
#include <algorithm>
#include <cxxopts.hpp>
#include <ostream>

#include "analysis/metrics.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/layer_options.hpp"
#include "cli/metric_sheets.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "dataset/privacy.hpp"
#include "graph/digraph.hpp"
#include "i18n/messages.hpp"
#include "interop/export.hpp"
#include "interop/json_history.hpp"
#include "store/rounds.hpp"

namespace stakemap::cli {

namespace {

// The metrics --with-metrics attaches, computed on the exported (privacy-filtered) map.
interop::Metrics metrics_of(const model::Map& map, const cxxopts::ParseResult& r) {
  interop::Metrics m;
  auto names = analysis::metric_names();
  m.names = r.count("metrics") ? text::split_list(r["metrics"].as<std::string>(), ',') : names;
  for (const auto& name : m.names)
    if (std::find(names.begin(), names.end(), name) == names.end())
      throw UsageError("unknown metric '" + name + "' (allowed: " + text::join(names, ", ") + ")");
  auto layer = layer_from(r);
  m.layer = layer.describe();
  m.weighted = weighted_from(r);
  auto g = graph::build(map, layer);
  for (const auto& name : m.names) m.values.push_back(analysis::org_metric(g, name, m.weighted));
  return m;
}

// "exported 57 organisations and 150 flows to map.graphml (graphml, privacy: partners)", with
// the metrics attached when there are some.
std::string exported_line(i18n::Lang lang, const model::Map& map, const std::string& target, const std::string& format,
                          const std::string& privacy, const interop::Metrics& metrics) {
  i18n::Args args{{"organisations", i18n::plural("count.organisations", std::ssize(map.organisations), lang)},
                  {"flows", i18n::plural("count.flows", std::ssize(map.flows), lang)},
                  {"target", target == "-" ? i18n::text("cli.export.stdout", lang) : target},
                  {"format", format},
                  {"privacy", privacy}};
  if (metrics.names.empty()) return i18n::text("cli.export.done", lang, args);
  args.emplace_back("metrics", i18n::plural("count.metrics", std::ssize(metrics.names), lang));
  args.emplace_back("layer", metrics.layer);
  return i18n::text(metrics.weighted ? "cli.export.done.weighted" : "cli.export.done.metrics", lang, args);
}

}  // namespace

int run_export(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options(
      "stakemap export",
      "Export the map. graphml (networkx, igraph, yEd; the whole map), gexf (Gephi), kumu-json and kumu-csv "
      "(Kumu), json (scripts; the whole map), dot (Graphviz), csv (a dataset folder that `stakemap import` "
      "reads back into the same map), xlsx (Excel: the dataset files as sheets). See docs/interop.md.");
  add_global_options(options);
  add_layer_options(options);
  // clang-format off
  options.add_options()
    ("what", std::string("format: ") + interop::format_names(), cxxopts::value<std::string>())
    ("target", "output path (same as -o)", cxxopts::value<std::string>())
    ("o,output", "output file, or folder for csv and kumu-csv; - writes to standard output",
     cxxopts::value<std::string>())
    ("privacy", "internal (all), partners (no contacts, default) or public (also no personal flows, no notes)",
     cxxopts::value<std::string>()->default_value("partners"))
    ("graph", "graphml: all (flows, territories and needs: three graphs) or flows (organisations and flows only, "
              "one graph, for igraph and graph-tool)", cxxopts::value<std::string>()->default_value("all"))
    ("kumu-type", "kumu-json, kumu-csv, kumu-xlsx: what fills Kumu's element type: kind (default) or level",
     cxxopts::value<std::string>()->default_value("kind"))
    ("with-metrics", "attach per-organisation metrics computed on --layer (csv: as metrics.csv; xlsx: as a "
                     "centrality sheet, with sheets for silos, coverage, obstacles and the survey summary)")
    ("with-history", "json: add the change log (every batch with the records it changed, before and after), so that "
                     "`import` into a new map restores history, rounds, diff and undo; authors and personal data "
                     "only with --privacy internal; not with --privacy public")
    ("metrics", "comma-separated metrics to attach (default: all): " + text::join(analysis::metric_names(), ", "),
     cxxopts::value<std::string>());
  // clang-format on
  options.parse_positional({"what", "target"});
  options.positional_help("FORMAT [PATH]");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string what = r.count("what") ? r["what"].as<std::string>() : "";
  interop::ExportFormat format;
  if (!interop::parse_format(what, format))
    throw UsageError((what.empty() ? std::string("export needs a format") : "unknown export format '" + what + "'") +
                     " (allowed: " + interop::format_names() + ")");
  std::string target = r.count("output")   ? r["output"].as<std::string>()
                       : r.count("target") ? r["target"].as<std::string>()
                                           : "";
  if (target.empty()) throw UsageError("export needs an output path (-o PATH)");
  if (r.count("metrics") && !r.count("with-metrics")) throw UsageError("--metrics goes with --with-metrics");
  auto privacy = dataset::parse_privacy(r["privacy"].as<std::string>());
  if (r.count("with-history") && format != interop::ExportFormat::json)
    throw UsageError("--with-history goes with json");
  if (r.count("with-history") && privacy == dataset::Privacy::pub)
    throw UsageError(
        "--with-history cannot go with --privacy public: the change log would hold the flows and notes public leaves "
        "out (use --privacy partners)");
  const auto store = open_map(ctx, store::Store::Mode::read);
  auto map = dataset::apply_privacy(store.load(), privacy);
  interop::ExportOptions opts;
  if (r.count("with-history")) {
    opts.history = store::logged_batches(store);
    if (privacy != dataset::Privacy::internal) interop::remove_personal_history(map, *opts.history);
  }
  map.reindex();
  opts.rounds = store::rounds(store);
  opts.personal = privacy == dataset::Privacy::internal;
  opts.csv.sep = ctx.csv.sep;  // files keep CRLF; --excel adds the byte-order mark
  opts.csv.bom = ctx.csv.bom;
  const auto graph = r["graph"].as<std::string>();
  if (graph != "all" && graph != "flows") throw UsageError("unknown --graph '" + graph + "' (allowed: all, flows)");
  if (r.count("graph") && format != interop::ExportFormat::graphml) throw UsageError("--graph goes with graphml");
  opts.flows_only = graph == "flows";
  const auto kumu_type = r["kumu-type"].as<std::string>();
  if (kumu_type != "kind" && kumu_type != "level")
    throw UsageError("unknown --kumu-type '" + kumu_type + "' (allowed: kind, level)");
  if (r.count("kumu-type") && format != interop::ExportFormat::kumu_json && format != interop::ExportFormat::kumu_csv &&
      format != interop::ExportFormat::kumu_xlsx)
    throw UsageError("--kumu-type goes with kumu-json, kumu-csv and kumu-xlsx");
  opts.kumu_type_level = kumu_type == "level";
  if (r.count("with-metrics")) opts.metrics = metrics_of(map, r);
  if (r.count("with-metrics") && format == interop::ExportFormat::xlsx)
    opts.sheets = metric_sheets(ctx, store, map, opts.metrics, layer_from(r));
  interop::export_map(map, format, target, opts, *ctx.out);
  // Standard output that could not be written is reported by cli/main.cpp; not "exported".
  if (target == "-" && !ctx.out->flush()) return 1;
  if (!ctx.quiet)
    *ctx.err << exported_line(ctx.lang, map, target, what, r["privacy"].as<std::string>(), opts.metrics) << "\n";
  return 0;
}

}  // namespace stakemap::cli
