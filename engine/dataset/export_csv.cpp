#include "dataset/export_csv.hpp"

#include <filesystem>

#include "core/csv_writer.hpp"
#include "model/schema.hpp"

namespace stakemap::dataset {

namespace fs = std::filesystem;

namespace {

// Writes `items` as one dataset file: the schema's fields (personal ones only when asked),
// then the free attribute columns any item uses.
template <class T>
void write_file(const fs::path& path, const std::vector<T>& items, const std::vector<std::string>& keys,
                bool personal) {
  std::vector<const model::Field<T>*> fields;
  for (const auto& f : model::schema<T>().fields())
    if (personal || !f.personal()) fields.push_back(&f);
  CsvFile file(path.string());
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
}

}  // namespace

void export_csv(const model::Map& map, const std::string& dir, const ExportOptions& options) {
  fs::create_directories(dir);
  const fs::path d(dir);
  write_file(d / model::schema<model::Territory>().file(), map.territories, {}, options.personal);
  write_file(d / model::schema<model::Organisation>().file(), map.organisations,
             model::attribute_keys(map.organisations), options.personal);
  write_file(d / model::schema<model::Flow>().file(), map.flows, model::attribute_keys(map.flows), options.personal);
  write_file(d / model::schema<model::Need>().file(), map.needs, {}, options.personal);
}

}  // namespace stakemap::dataset
