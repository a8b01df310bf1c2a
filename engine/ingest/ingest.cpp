#include "ingest/ingest.hpp"

#include <filesystem>

#include "analysis/metrics.hpp"
#include "core/errors.hpp"
#include "dataset/diagnostics.hpp"
#include "interop/import.hpp"

namespace stakemap::ingest {

namespace {

dataset::ImportOptions records_options(const ImportOptions& options) {
  dataset::ImportOptions out;
  out.dry_run = options.dry_run;
  out.replace = options.replace;
  out.command = options.command;
  out.author = options.author;
  out.note = options.note;
  return out;
}

dataset::ImportReport import_interchange(store::Store& store, const std::string& path, interop::ImportFormat format,
                                         const ImportOptions& options) {
  auto metrics = analysis::metric_names();  // computed, never imported
  return interop::import_file(store, path, format, records_options(options), {metrics.begin(), metrics.end()});
}

}  // namespace

ImportReport import_path(store::Store& store, const std::string& path, Source source, const ImportOptions& options) {
  ImportReport report;
  report.source = source;
  switch (source) {
    case Source::dataset: report.records = dataset::import_dataset(store, path, records_options(options)); break;
    case Source::workbook: report.records = dataset::import_workbook(store, path, records_options(options)); break;
    case Source::territories:
    case Source::organisations:
    case Source::flows:
    case Source::needs:
      report.records = dataset::import_files(store, {{file_kind(source), path}}, records_options(options));
      break;
    case Source::survey: {
      survey::ImportOptions so{options.questionnaire, options.mapping, options.dry_run, options.command,
                               options.replace,       options.author,  options.note,    options.sheet};
      report.survey = survey::import_responses(store, path, so);  // docs/survey.md
      break;
    }
    case Source::graphml:
      report.records = import_interchange(store, path, interop::ImportFormat::graphml, options);
      break;
    case Source::gexf: report.records = import_interchange(store, path, interop::ImportFormat::gexf, options); break;
    case Source::kumu: report.records = import_interchange(store, path, interop::ImportFormat::kumu, options); break;
    case Source::stakemap_json:
      report.records = import_interchange(store, path, interop::ImportFormat::stakemap, options);
      break;
  }
  return report;
}

ImportReport import_path(store::Store& store, const std::string& path, const std::string& kind,
                         const ImportOptions& options) {
  return import_path(store, path, resolve(path, kind), options);
}

dataset::ImportReport check_path(const std::string& path) {
  if (!std::filesystem::exists(path)) throw InputError(path + ": no such file or folder");
  auto source = detect(path);
  if (!source || !is_dataset(*source))
    throw UsageError(path +
                     ": check needs a dataset folder or a file named territories.csv, organisations.csv, "
                     "flows.csv or needs.csv");
  auto store = store::Store::scratch();
  ImportOptions options;
  options.dry_run = true;
  try {
    return import_path(store, path, *source, options).records;
  } catch (ValidationError& e) {
    e.set_summary(path + ": " + dataset::count_findings(e.errors(), e.warnings()) + " (listed above)");
    throw;
  }
}

}  // namespace stakemap::ingest
