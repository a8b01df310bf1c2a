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

int run_check(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap check",
                           "Validate a dataset folder (as `import --dry-run` into an empty map), or, without "
                           "DIR, lint the current map. Exit 1 when there are errors.");
  add_global_options(options);
  options.add_options()("dir", "dataset folder", cxxopts::value<std::string>());
  options.parse_positional({"dir"});
  options.positional_help("[DIR]");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  if (r.count("dir")) {
    std::string dir = r["dir"].as<std::string>();
    auto store = store::Store::in_memory();
    dataset::ImportOptions opts;
    opts.dry_run = true;
    std::vector<Diagnostic> warnings;
    try {
      auto report = dataset::import_dataset(store, dir, opts);
      print_diagnostics(ctx, report.warnings);
      *ctx.out << dir << ": ok (" << report.counts.organisations << " organisations, " << report.counts.flows
               << " flows, " << report.warnings.size() << " warnings)\n";
      return 0;
    } catch (const ValidationError& e) {
      print_diagnostics(ctx, e.diagnostics());
      std::size_t errors = 0;
      for (const auto& d : e.diagnostics()) errors += d.severity == Diagnostic::Severity::error;
      throw InputError(dir + ": " + std::to_string(errors) + " errors");
    }
  }
  auto map = load_map(ctx);
  auto found = dataset::lint(map);
  print_diagnostics(ctx, found);
  std::size_t errors = 0;
  for (const auto& d : found) errors += d.severity == Diagnostic::Severity::error;
  *ctx.out << ctx.db << ": " << errors << " errors, " << found.size() - errors << " warnings\n";
  return errors ? 1 : 0;
}

}  // namespace stakemap::cli
