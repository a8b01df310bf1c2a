#include "interop/xlsx_writer.hpp"

#include "dataset/export_csv.hpp"
#include "interop/declared.hpp"
#include "interop/kumu.hpp"
#include "interop/xlsx_book.hpp"

namespace stakemap::interop {

void write_xlsx(const model::Map& map, const ExportOptions& options, const std::string& path,
                std::ostream& stdout_stream) {
  XlsxBook book(path);
  auto& sink = book.sink();
  dataset::visit_dataset(map, options.personal, sink);
  dataset::visit_vocabulary(map, sink);  // imports into a new map with the same profile and codes
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
