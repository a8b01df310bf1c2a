// Kumu's spreadsheet layout as CSV: elements.csv and connections.csv.
#include <map>
#include <optional>

#include "core/errors.hpp"
#include "core/escape.hpp"
#include "interop/declared.hpp"
#include "interop/fields.hpp"
#include "interop/kumu.hpp"
#include "interop/kumu_fields.hpp"
#include "io/csv_file.hpp"
#include "io/csv_reader.hpp"

namespace stakemap::interop {

namespace {

// Writes each sheet handed to it as a CSV file of the folder: text with the formula guard,
// numbers as they are.
class KumuCsvSink final : public dataset::RowSink {
 public:
  KumuCsvSink(io::OutputFolder& folder, const CsvStyle& style) : folder_(folder), style_(style) {}
  void begin(const std::string& name, const std::vector<std::string>& header,
             const std::vector<bool>& numeric) override {
    name_ = name;
    numeric_ = numeric;
    file_.emplace(folder_.file(name), style_);
    file_->row(header);
  }
  void row(const std::vector<std::string>& cells) override {
    auto& csv = file_->csv();
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (numeric_[i]) csv.raw(cells[i]);
      else csv.text(cells[i]);
    }
    file_->end_row();
  }
  void end() override {
    file_->commit();
    folder_.add(name_, file_->rows() - 1);
    file_.reset();
  }

 private:
  io::OutputFolder& folder_;
  CsvStyle style_;
  std::string name_;
  std::vector<bool> numeric_;
  std::optional<io::CsvFile> file_;
};

// `lead` columns (text), then one column per declared attribute.
void begin_sheet(dataset::RowSink& sink, const std::string& name, std::vector<std::string> lead,
                 const std::vector<Declared>& declared) {
  std::vector<bool> numeric(lead.size(), false);
  for (const auto& d : declared) {
    lead.push_back(d.name);
    numeric.push_back(d.number);
  }
  sink.begin(name, lead, numeric);
}

// `lead` cells, then one cell per declared attribute (empty when absent).
void row(dataset::RowSink& sink, std::vector<std::string> lead, const std::vector<Declared>& declared,
         const std::vector<std::pair<const Declared*, std::string>>& values) {
  const auto first = lead.size();
  lead.resize(first + declared.size());
  for (const auto& [d, v] : values) lead[first + static_cast<std::size_t>(d - declared.data())] = v;
  sink.row(lead);
}

}  // namespace

void visit_kumu(const model::Map& map, const ExportOptions& options, const KumuSheets& names, dataset::RowSink& sink) {
  auto org_attrs = kumu_org_declared(map, options);
  begin_sheet(sink, names.elements, {"ID", "Label"}, org_attrs);
  for (std::size_t i = 0; i < map.organisations.size(); ++i)
    row(sink, {map.organisations[i].id, map.organisations[i].name}, org_attrs,
        kumu_org_values(map, i, org_attrs, options));
  sink.end();
  auto flow_attrs = flow_declared(map, {"from", "to"});
  begin_sheet(sink, names.connections, {"ID", "From", "To", "Direction"}, flow_attrs);
  for (const auto& f : map.flows)
    row(sink, {connection_id(f), f.from, f.to, "directed"}, flow_attrs, flow_values(f, flow_attrs));
  sink.end();
}

void write_kumu_csv(const model::Map& map, const ExportOptions& options, const std::string& dir) {
  check_metrics(map, options.metrics);
  io::OutputFolder folder(dir, {"elements.csv", "connections.csv"});
  KumuCsvSink sink(folder, options.csv);
  visit_kumu(map, options, {"elements.csv", "connections.csv"}, sink);
  folder.commit();
}

void KumuReader::read_csv(std::istream& in) {
  io::CsvReader csv(in, b_.file());
  read_records(csv);
}

void KumuReader::read_records(io::RecordSource& csv) {
  std::vector<std::string> header, cells;
  if (!csv.next(header)) throw InputError(b_.file() + ": empty file: a header row is needed");
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < header.size(); ++i) {
    header[i] = normalise_key(header[i]);
    if (!header[i].empty() && !index.emplace(header[i], i).second)
      throw InputError(csv.position(i).str() + ": column '" + header[i] + "' appears twice in the header");
  }
  bool connections = index.count("from") && index.count("to");
  if (!connections && !index.count("label") && !index.count("id"))
    throw InputError(Position(b_.file(), 1, 0).str() +
                     ": not a Kumu sheet: elements need a Label (or ID) column, connections From and To columns");
  while (csv.next(cells)) {
    if (cells.size() > header.size())
      throw InputError(csv.position(header.size()).str() + ": record has " + std::to_string(cells.size()) +
                       " fields but the header has " + std::to_string(header.size()));
    Record r;
    r.line = csv.line();
    r.column = 1;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (header[i].empty()) continue;
      auto where = csv.position(i);
      r.set(header[i], {escape::unguard(cells[i]), where.line, where.column});
    }
    connections ? connection(std::move(r)) : element(std::move(r));
  }
}

}  // namespace stakemap::interop
