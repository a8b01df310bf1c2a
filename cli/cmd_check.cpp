// stakemap check [DIR]: validate a dataset folder without touching any map
// (ingest::check_path), or lint the current map (codes, references, warnings such as
// isolated organisations).
#include <cxxopts.hpp>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/diagnostics_output.hpp"
#include "cli/encoding_option.hpp"
#include "core/errors.hpp"
#include "dataset/diagnostics.hpp"
#include "dataset/lint.hpp"
#include "ingest/ingest.hpp"

namespace stakemap::cli {

int run_check(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap check",
                           "Validate a dataset folder (as `import --dry-run` into an empty map: a file alone "
                           "may only refer to ids it defines), or, without PATH, lint the current map. Exit 1 "
                           "when there are errors.");
  add_global_options(options);
  add_encoding_option(options);
  // clang-format off
  options.add_options()("dir", "dataset folder (or one file of it)", cxxopts::value<std::string>());
  // clang-format on
  options.parse_positional({"dir"});
  options.positional_help("[PATH]");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  apply_encoding(r);
  if (r.count("dir")) {
    std::string dir = r["dir"].as<std::string>();
    return with_json_diagnostics(ctx, [&] {
      auto report = ingest::check_path(dir);
      report_diagnostics(ctx, report.warnings);
      const auto& c = report.counts;
      summary_stream(ctx) << dir << ": ok (" << c.territories << " territories, " << c.organisations
                          << " organisations, " << c.flows << " flows, " << c.needs << " needs, "
                          << report.warning_count << " warnings)\n";
      return 0;
    });
  }
  auto map = load_map(ctx);
  auto found = dataset::lint(map);
  std::size_t errors = 0;
  for (const auto& d : found) errors += d.severity == Diagnostic::Severity::error;
  const bool json = ctx.format == TableFormat::json;
  // In json every finding is on stdout; else the errors are printed by cli/main.cpp.
  if (!errors || json) report_diagnostics(ctx, found);
  summary_stream(ctx) << ctx.db << ": " << dataset::count_findings(errors, found.size() - errors) << "\n";
  if (!errors) return 0;
  ValidationError failed(json ? std::vector<Diagnostic>() : std::move(found), static_cast<long>(errors));
  failed.set_summary("");  // the count is said above
  throw failed;
}

}  // namespace stakemap::cli
