// stakemap check [DIR]: validate a dataset folder without touching any map, or lint the
// current map (codes, references, warnings such as isolated organisations).
#include <cxxopts.hpp>
#include <filesystem>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/errors.hpp"
#include "dataset/importer.hpp"
#include "dataset/lint.hpp"

namespace stakemap::cli {

namespace {
std::string count(std::size_t errors, std::size_t warnings) {
  auto plural = [](std::size_t k, const char* what) { return std::to_string(k) + " " + what + (k == 1 ? "" : "s"); };
  return plural(errors, "error") + ", " + plural(warnings, "warning");
}
}  // namespace

int run_check(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap check",
                           "Validate a dataset folder (as `import --dry-run` into an empty map: a file alone "
                           "may only refer to ids it defines), or, without PATH, lint the current map. Exit 1 "
                           "when there are errors.");
  add_global_options(options);
  options.add_options()("dir", "dataset folder (or one file of it)", cxxopts::value<std::string>());
  options.parse_positional({"dir"});
  options.positional_help("[PATH]");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  if (r.count("dir")) {
    std::string dir = r["dir"].as<std::string>();
    if (!std::filesystem::exists(dir)) throw InputError(dir + ": no such file or folder");
    auto store = store::Store::scratch();
    dataset::ImportOptions opts;
    opts.dry_run = true;
    try {
      dataset::ImportReport report;
      dataset::FileKind kind;
      if (std::filesystem::is_directory(dir))
        report = dataset::import_dataset(store, dir, opts);
      else if (dataset::kind_from_file_name(dir, kind))
        report = dataset::import_files(store, {{kind, dir}}, opts);
      else
        throw UsageError(dir + ": check needs a dataset folder or a file named territories.csv, organisations.csv, "
                               "flows.csv or needs.csv");
      print_diagnostics(ctx, report.warnings);
      const auto& c = report.counts;
      *ctx.out << dir << ": ok (" << c.territories << " territories, " << c.organisations << " organisations, "
               << c.flows << " flows, " << c.needs << " needs, " << report.warning_count << " warnings)\n";
      return 0;
    } catch (const ValidationError& e) {
      print_diagnostics(ctx, e.diagnostics());
      throw InputError(dir + ": " + count(e.errors(), e.warnings()) + " (listed above)");
    }
  }
  auto map = load_map(ctx);
  auto found = dataset::lint(map);
  print_diagnostics(ctx, found);
  std::size_t errors = 0;
  for (const auto& d : found) errors += d.severity == Diagnostic::Severity::error;
  *ctx.out << ctx.db << ": " << count(errors, found.size() - errors) << "\n";
  return errors ? 1 : 0;
}

}  // namespace stakemap::cli
