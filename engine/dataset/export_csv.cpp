#include "dataset/export_csv.hpp"

#include <filesystem>
#include <optional>
#include <sstream>

#include "dataset/provenance.hpp"
#include "io/csv_file.hpp"
#include "io/csv_reader.hpp"
#include "io/output_file.hpp"
#include "model/schema.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::dataset {

namespace fs = std::filesystem;

namespace {

// Hands `items` to `sink` as one dataset file.
template <class T>
void visit_file(const std::vector<T>& items, const std::vector<std::string>& keys, bool personal, RowSink& sink) {
  std::vector<const model::Field<T>*> fields;
  for (const auto& f : model::schema<T>().fields())
    if (personal || !f.personal()) fields.push_back(&f);
  std::vector<std::string> row;
  std::vector<bool> numeric;
  for (const auto* f : fields) {
    row.push_back(f->name);
    numeric.push_back(f->is_number());
  }
  row.insert(row.end(), keys.begin(), keys.end());
  numeric.resize(row.size(), false);
  sink.begin(model::schema<T>().file(), row, numeric);
  for (const auto& item : items) {
    row.clear();
    for (const auto* f : fields) row.push_back(f->get(item));
    if constexpr (requires { item.attributes; })
      for (const auto& k : keys) {
        auto it = item.attributes.find(k);
        row.push_back(it == item.attributes.end() ? "" : it->second);
      }
    sink.row(row);
  }
  sink.end();
}

// Writes each file handed to it as a CSV file of the folder.
class CsvSink final : public RowSink {
 public:
  CsvSink(io::OutputFolder& folder, const CsvStyle& style) : folder_(folder), style_(style) {}
  void begin(const std::string& name, const std::vector<std::string>& header, const std::vector<bool>&) override {
    name_ = name;
    file_.emplace(folder_.file(name), style_);
    file_->row(header);
  }
  void row(const std::vector<std::string>& cells) override { file_->row(cells); }
  void end() override {
    file_->commit();
    folder_.add(name_, file_->rows() - 1);
    file_.reset();
  }

 private:
  io::OutputFolder& folder_;
  CsvStyle style_;
  std::string name_;
  std::optional<io::CsvFile> file_;
};

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

void visit_dataset(const model::Map& map, bool personal, RowSink& sink) {
  visit_file(map.territories, model::attribute_keys(map.territories), personal, sink);
  visit_file(map.organisations, model::attribute_keys(map.organisations), personal, sink);
  visit_file(map.flows, model::attribute_keys(map.flows), personal, sink);
  visit_file(map.needs, {}, personal, sink);
}

void visit_vocabulary(const model::Map& map, RowSink& sink) {
  if (map.profile() != model::kDefaultProfile) {
    sink.begin(kProfileFile, {"profile"}, {false});
    sink.row({map.profile()});
    sink.end();
  }
  if (!map.taxonomy_overlay().empty()) {
    std::istringstream text(map.taxonomy_overlay());
    io::CsvReader reader(text, kTaxonomyFile, ',');
    std::vector<std::string> fields;
    if (reader.next(fields)) {
      sink.begin(kTaxonomyFile, fields, std::vector<bool>(fields.size(), false));
      while (reader.next(fields)) sink.row(fields);
      sink.end();
    }
  }
  if (map.synthetic) {
    sink.begin(kProvenanceFile, {"provenance"}, {false});
    sink.row({"synthetic"});
    sink.end();
  }
}

void export_csv(const model::Map& map, io::OutputFolder& folder, const ExportOptions& options) {
  CsvSink sink(folder, options.csv);
  visit_dataset(map, options.personal, sink);
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
