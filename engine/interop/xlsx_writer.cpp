#include "interop/xlsx_writer.hpp"

#include "dataset/export_csv.hpp"
#include "dataset/provenance.hpp"
#include "interop/declared.hpp"
#include "interop/kumu.hpp"
#include "interop/xlsx_book.hpp"

namespace stakemap::interop {

void write_xlsx(const model::Map& map, const ExportOptions& options, const std::string& path,
                std::ostream& stdout_stream) {
  XlsxBook book(path);
  auto& sink = book.sink();
  dataset::visit_dataset(map, options.personal, sink);
  if (map.synthetic) {  // so that the workbook says it holds invented records, as the csv export
    sink.begin(dataset::kProvenanceFile, {"provenance"}, {false});
    sink.row({"synthetic"});
    sink.end();
  }
  for (const auto& sheet : options.sheets) book.add(sheet);
  book.finish(stdout_stream);
}

void write_kumu_xlsx(const model::Map& map, const ExportOptions& options, const std::string& path,
                     std::ostream& stdout_stream) {
  check_metrics(map, options.metrics);
  XlsxBook book(path);
  visit_kumu(map, options, {"Elements", "Connections"}, book.sink());
  book.finish(stdout_stream);
}

}  // namespace stakemap::interop
