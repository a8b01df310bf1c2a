// stakemap import PATH: a dataset folder, or one file of a given kind.
#include <cxxopts.hpp>
#include <filesystem>
#include <ostream>

#include "analysis/metrics.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "dataset/importer.hpp"
#include "interop/import.hpp"
#include "survey/import.hpp"

namespace stakemap::cli {

namespace {
void print_report(const Context& ctx, const dataset::ImportReport& report, bool dry_run) {
  print_diagnostics(ctx, report.warnings);
  for (const auto& [file, columns] : report.attribute_columns)
    if (!columns.empty())
      *ctx.err << file << ": columns kept as attributes: " << text::join(columns, ", ") << "\n";
  const auto& c = report.counts;
  *ctx.out << (dry_run ? "valid (dry run, nothing written): " : "imported: ") << c.territories << " territories, "
           << c.organisations << " organisations, " << c.flows << " flows, " << c.needs << " needs ("
           << c.updated << " of them already in the map, updated)";
  if (report.warning_count) *ctx.out << ", " << report.warning_count << " warnings";
  *ctx.out << "\n";
}

/// Imports PATH into `store` as the options say (run_import decides what happens to a new
/// map file when this throws).
int import_into(Context& ctx, store::Store& store, const std::string& path, const std::string& kind_name,
                const interop::InputFormat* interchange, const dataset::ImportOptions& opts,
                const cxxopts::ParseResult& r) {
  if (interchange) {
    const auto format = *interchange;
    auto metrics = analysis::metric_names();  // computed, never imported
    print_report(ctx, interop::import_file(store, path, format, opts, {metrics.begin(), metrics.end()}), opts.dry_run);
    return 0;
  }
  if (std::filesystem::is_directory(path)) {
    print_report(ctx, dataset::import_dataset(store, path, opts), opts.dry_run);
    return 0;
  }
  dataset::FileKind kind;
  if (kind_name == "survey" || (kind_name.empty() && std::filesystem::path(path).stem() == "responses")) {
    survey::ImportOptions so{r.count("questionnaire") ? r["questionnaire"].as<std::string>() : survey::Questionnaire::kDefault,
                             r.count("mapping") ? r["mapping"].as<std::string>() : "", opts.dry_run, opts.command};
    auto report = survey::import_responses(store, path, so);  // docs/survey.md
    print_diagnostics(ctx, report.warnings);
    survey::print_report(*ctx.out, report, opts.dry_run);
    return 0;
  }
  if (!kind_name.empty() ? !dataset::parse_kind(kind_name, kind) : !dataset::kind_from_file_name(path, kind))
    throw UsageError(kind_name.empty() ? path + ": cannot tell the kind of file from its name; give --kind"
                                       : "unknown --kind '" + kind_name +
                                           "' (allowed: territories, orgs, flows, needs, survey, graphml, gexf, kumu)");
  print_report(ctx, dataset::import_files(store, {{kind, path}}, opts), opts.dry_run);
  return 0;
}

}  // namespace

int run_import(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap import",
                           "Import a dataset folder (organisations.csv, and optionally territories.csv, "
                           "flows.csv, needs.csv) or one file. Rows update the map by id; every problem is "
                           "reported and nothing is written when there is any error.");
  add_global_options(options);
  options.add_options()
    ("path", "dataset folder or file", cxxopts::value<std::string>())
    ("kind", "kind of a single file: territories, orgs, flows, needs, survey (default: from the file name; "
             "responses.csv is a survey); or an interchange format: graphml, gexf, kumu (a .json blueprint, "
             "a .csv sheet or a folder)", cxxopts::value<std::string>())
    ("questionnaire", "survey: questionnaire id or CSV file (default be-needs-assessment-2022)",
     cxxopts::value<std::string>())
    ("mapping", "survey: CSV file `column,target` renaming export columns", cxxopts::value<std::string>())
    ("dry-run", "validate only, write nothing")
    ("replace", "replace the map's content instead of updating it");
  options.parse_positional({"path"});
  options.positional_help("PATH");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  if (!r.count("path")) throw UsageError("import needs a PATH (see `stakemap import --help`)");
  std::string path = r["path"].as<std::string>();
  dataset::ImportOptions opts;
  opts.dry_run = r.count("dry-run") > 0;
  opts.replace = r.count("replace") > 0;
  opts.command = "import " + path;
  if (!std::filesystem::exists(path)) throw InputError(path + ": no such file or folder");
  std::string kind_name = r.count("kind") ? r["kind"].as<std::string>() : "";
  interop::InputFormat format;
  bool interchange = interop::parse_input_format(kind_name, format);
  if (std::filesystem::is_directory(path) && !kind_name.empty() && !interchange)
    throw UsageError("--kind '" + kind_name + "' names the kind of a single file; " + path +
                     " is a folder, imported as a dataset (or give --kind kumu for a Kumu folder)");
  // A map that does not exist yet is created only by an import that succeeds: a dry run never
  // creates it, and a failed import removes the file it started.
  bool new_map = !std::filesystem::exists(ctx.db);
  try {
    auto store = opts.dry_run && new_map ? store::Store::scratch() : open_map(ctx, store::Store::Mode::write);
    return import_into(ctx, store, path, kind_name, interchange ? &format : nullptr, opts, r);
  } catch (...) {
    if (new_map && !opts.dry_run)
      for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(ctx.db + suffix);
    throw;
  }
}

}  // namespace stakemap::cli
