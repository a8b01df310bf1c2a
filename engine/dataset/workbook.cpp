// A dataset as one XLSX workbook: a sheet per dataset file, read with the files' own checks.
#include <algorithm>
#include <sstream>

#include "core/csv_writer.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "dataset/import_checked.hpp"
#include "dataset/provenance.hpp"

namespace stakemap::dataset {

namespace {

// The records of a sheet as CSV text (a taxonomy sheet, for model::Taxonomy::parse).
std::string csv_of(io::RecordSource& sheet) {
  std::ostringstream out;
  CsvWriter csv(out);
  std::vector<std::string> fields;
  while (sheet.next(fields)) {
    for (const auto& f : fields) csv.raw(f);
    csv.end_row();
  }
  return out.str();
}

}  // namespace

ImportReport import_workbook(store::Store& store, const std::string& path, const ImportOptions& options) {
  auto book = io::XlsxWorkbook::open(path);
  std::vector<std::pair<FileKind, std::string>> sheets;
  ImportOptions with_provenance = options;
  DatasetVocabulary own;
  std::vector<std::string> ignored;
  for (const auto& sheet : book->sheets()) {
    FileKind kind;
    const auto name = text::lower(text::trim(sheet));
    if (parse_kind(name, kind)) {
      sheets.emplace_back(kind, sheet);
    } else if (name == "provenance") {
      with_provenance.synthetic = options.synthetic || read_provenance(*book->sheet(sheet)) == "synthetic";
    } else if (name == "profile") {
      auto records = book->sheet(sheet);
      own.profile = read_profile(*records);
      own.profile_file = records->file();
    } else if (name == "taxonomy") {
      auto records = book->sheet(sheet);
      own.taxonomy_csv = csv_of(*records);
      own.taxonomy_file = records->file();
    } else {
      ignored.push_back(sheet);
    }
  }
  if (std::none_of(sheets.begin(), sheets.end(), [](const auto& s) { return s.first == FileKind::organisations; }))
    throw InputError(
        path + ": no sheet named organisations (a dataset workbook needs at least that one; the workbook has: " +
        text::join(book->sheets(), ", ") + "); a survey export needs --kind survey, a Kumu workbook --kind kumu");
  auto report = import_checked(store, sheets, with_provenance, nullptr, import_vocabulary(store, own), book.get());
  for (const auto& sheet : ignored) {
    report.warnings.push_back({Diagnostic::Severity::warning, Position{path + "[" + sheet + "]", 0, 0},
                               "sheet ignored: it is not named like a dataset file (territories, organisations, flows, "
                               "needs, provenance, profile, taxonomy)"});
    ++report.warning_count;
  }
  return report;
}

}  // namespace stakemap::dataset
