#include "dataset/export_csv.hpp"

#include <filesystem>

#include "dataset/provenance.hpp"
#include "io/csv_file.hpp"
#include "io/output_file.hpp"
#include "model/schema.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::dataset {

namespace fs = std::filesystem;

namespace {

// Writes `items` as one dataset file: the schema's fields (personal ones only when asked),
// then the free attribute columns any item uses.
template <class T>
void write_file(io::OutputFolder& folder, const std::vector<T>& items, const std::vector<std::string>& keys,
                const ExportOptions& options) {
  bool personal = options.personal;
  std::vector<const model::Field<T>*> fields;
  for (const auto& f : model::schema<T>().fields())
    if (personal || !f.personal()) fields.push_back(&f);
  const std::string name = model::schema<T>().file();
  io::CsvFile file(folder.file(name), options.csv);
  std::vector<std::string> row;
  for (const auto* f : fields) row.push_back(f->name);
  row.insert(row.end(), keys.begin(), keys.end());
  file.row(row);
  for (const auto& item : items) {
    row.clear();
    for (const auto* f : fields) row.push_back(f->get(item));
    if constexpr (requires { item.attributes; })
      for (const auto& k : keys) {
        auto it = item.attributes.find(k);
        row.push_back(it == item.attributes.end() ? "" : it->second);
      }
    file.row(row);
  }
  file.commit();
  folder.add(name, file.rows() - 1);
}

}  // namespace

std::vector<std::string> export_file_names() {
  return {model::schema<model::Territory>().file(),
          model::schema<model::Organisation>().file(),
          model::schema<model::Flow>().file(),
          model::schema<model::Need>().file(),
          kProvenanceFile,
          kProfileFile,
          kTaxonomyFile,
          "metrics.csv"};
}

void export_csv(const model::Map& map, io::OutputFolder& folder, const ExportOptions& options) {
  write_file(folder, map.territories, {}, options);
  write_file(folder, map.organisations, model::attribute_keys(map.organisations), options);
  write_file(folder, map.flows, model::attribute_keys(map.flows), options);
  write_file(folder, map.needs, {}, options);
  // The vocabulary, so that the folder imports into a new map with the same profile and codes.
  if (map.profile() != model::kDefaultProfile) {
    io::write_file(folder.file(kProfileFile), "profile\n" + map.profile() + "\n");
    folder.add(kProfileFile, 1);
  }
  if (!map.taxonomy_overlay().empty()) {
    io::write_file(folder.file(kTaxonomyFile), map.taxonomy_overlay());
    const auto overlay = model::Taxonomy::parse(map.taxonomy_overlay(), kTaxonomyFile);
    long rows = 0;
    for (const auto& facet : overlay.facets()) rows += static_cast<long>(overlay.codes(facet).size());
    folder.add(kTaxonomyFile, rows);
  }
  if (!map.synthetic) return;
  io::CsvFile file(folder.file(kProvenanceFile));  // so that the folder imports as synthetic again
  file.row({"provenance"});
  file.row({"synthetic"});
  file.commit();
  folder.add(kProvenanceFile, 1);
}

void export_csv(const model::Map& map, const std::string& dir, const ExportOptions& options) {
  io::OutputFolder folder(dir, export_file_names());
  export_csv(map, folder, options);
  folder.commit();
}

}  // namespace stakemap::dataset
