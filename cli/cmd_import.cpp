// stakemap import PATH: a dataset folder, or one file of a given kind (ingest::import_path).
#include <cxxopts.hpp>
#include <filesystem>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/diagnostics_output.hpp"
#include "cli/edit_common.hpp"
#include "cli/encoding_option.hpp"
#include "core/errors.hpp"
#include "core/escape.hpp"
#include "core/text.hpp"
#include "ingest/ingest.hpp"
#include "io/input_file.hpp"
#include "io/output_file.hpp"
#include "io/record_source.hpp"

namespace stakemap::cli {

namespace {
// "removed: 1 organisation, 4 flows, 2 needs" (--replace), or "removed: nothing".
std::string removed_counts(const store::WriteCounts& c) {
  std::vector<std::string> parts;
  auto add = [&](long n, const char* noun) {
    if (n) parts.push_back(std::to_string(n) + " " + noun + (n == 1 ? "" : "s"));
  };
  add(c.removed_territories, "territory");
  add(c.removed_organisations, "organisation");
  add(c.removed_flows, "flow");
  add(c.removed_needs, "need");
  if (parts.empty()) return "removed: nothing";
  return "removed: " + text::join(parts, ", ");
}

void print_report(const Context& ctx, const dataset::ImportReport& report, bool dry_run, bool replace) {
  report_diagnostics(ctx, report.warnings);
  for (const auto& [file, columns] : report.attribute_columns)
    if (!columns.empty())
      *ctx.err << escape::terminal(file + ": columns kept as attributes: " + text::join(columns, ", ")) << "\n";
  const auto& c = report.counts;
  std::ostream& out = summary_stream(ctx);
  out << (dry_run ? "valid (dry run, nothing written): " : "imported: ") << c.territories << " territories, "
      << c.organisations << " organisations, " << c.flows << " flows, " << c.needs << " needs (" << c.updated
      << " of them already in the map, updated)";
  if (report.restored_batches)
    out << (dry_run ? "; history to restore: " : "; history restored: ") << report.restored_batches
        << (report.restored_batches == 1 ? " batch, " : " batches, ") << report.restored_rounds
        << (report.restored_rounds == 1 ? " round" : " rounds");
  if (replace) out << "; " << removed_counts(c);
  if (report.warning_count) out << ", " << report.warning_count << " warnings";
  out << "\n";
}

void print_report(const Context& ctx, const ingest::ImportReport& report, bool dry_run, bool replace) {
  if (report.source != ingest::Source::survey) return print_report(ctx, report.records, dry_run, replace);
  report_diagnostics(ctx, report.survey.warnings);
  survey::print_report(summary_stream(ctx), report.survey, dry_run);
}
}  // namespace

int run_import(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options(
      "stakemap import",
      "Import a dataset folder (organisations.csv, and optionally territories.csv, "
      "flows.csv, needs.csv), a workbook with those sheets, or one file. Rows update the map by id; every problem is "
      "reported and nothing is written when there is any error.");
  add_global_options(options);
  add_encoding_option(options);
  add_origin_options(options);
  // clang-format off
  options.add_options()
    ("path", "dataset folder or file; - reads standard input (give --kind; an XLSX workbook too)",
     cxxopts::value<std::string>())
    ("kind", "kind of a single file: territories, orgs, flows, needs, survey, dataset (a workbook on standard "
             "input) (default: from the file name; responses.csv or .xlsx is a survey, any other .xlsx a dataset "
             "workbook); or an interchange format: "
             "json (stakemap's own JSON, export json; the default for .json files), graphml, gexf, kumu (a .json "
             "blueprint, a .csv sheet, a folder or an .xlsx workbook)",
     cxxopts::value<std::string>())
    ("questionnaire", "survey: questionnaire id or CSV file (default be-needs-assessment-2022)",
     cxxopts::value<std::string>())
    ("mapping", "survey: CSV file `column,target` renaming export columns", cxxopts::value<std::string>())
    ("sheet", "survey: the sheet of an XLSX export to read (default: the first)", cxxopts::value<std::string>())
    ("dry-run", "validate only, write nothing")
    ("replace", "replace the records of the kinds the files carry: rows absent from the files are removed "
                "(counted, undoable); columns absent from the files keep their values; a survey's "
                "--replace replaces its answers only");
  // clang-format on
  options.parse_positional({"path"});
  options.positional_help("PATH");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  apply_encoding(r);
  if (!r.count("path")) throw UsageError("import needs a PATH (see `stakemap import --help`)");
  return with_json_diagnostics(ctx, [&] {
    std::string path = r["path"].as<std::string>();
    ingest::ImportOptions opts;
    opts.dry_run = r.count("dry-run") > 0;
    opts.replace = r.count("replace") > 0;
    opts.command = "import " + path;
    auto origin = origin_of(r, opts.command);
    opts.author = origin.author;
    opts.note = origin.note;
    if (r.count("questionnaire")) opts.questionnaire = r["questionnaire"].as<std::string>();
    if (r.count("mapping")) opts.mapping = r["mapping"].as<std::string>();
    auto source = ingest::resolve(path, r.count("kind") ? r["kind"].as<std::string>() : "");
    if (r.count("sheet")) {
      if (source != ingest::Source::survey || !io::is_xlsx(path))
        throw UsageError(
            "--sheet names the sheet of an XLSX survey export (import FILE.xlsx --kind survey --sheet NAME)");
      opts.sheet = r["sheet"].as<std::string>();
    }
    // A map that does not exist yet is created only by an import that succeeds: the import runs
    // into a new map beside it, moved into place at the end (a dry run never creates it). A dry
    // run works on a private copy of the map: it never holds the map's writer lock.
    if (opts.dry_run) {
      auto store = std::filesystem::exists(ctx.db) ? store::Store::private_copy(ctx.db) : store::Store::scratch();
      print_report(ctx, ingest::import_path(store, path, source, opts), opts.dry_run, opts.replace);
      return 0;
    }
    io::protect(ctx.db);  // as open_map: no output may replace the map
    if (!std::filesystem::exists(ctx.db)) {
      ingest::ImportReport report;
      if (store::Store::create(ctx.db,
                               [&](store::Store& fresh) { report = ingest::import_path(fresh, path, source, opts); })) {
        print_report(ctx, report, opts.dry_run, opts.replace);
        return 0;
      }
      // Another process created the map while this import ran: import into that one instead,
      // after its writer (imports of one map are serialised). Standard input cannot be read twice.
      if (io::is_stdin(path))
        throw InputError(ctx.db +
                         ": map busy: another process created this map while standard input was imported; nothing "
                         "was written (run the import again)");
    }
    auto store = open_map(ctx, store::Store::Mode::write);
    print_report(ctx, ingest::import_path(store, path, source, opts), opts.dry_run, opts.replace);
    return 0;
  });
}

}  // namespace stakemap::cli
