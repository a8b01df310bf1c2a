// Kumu's spreadsheet layout as CSV: elements.csv and connections.csv.
#include <filesystem>
#include <fstream>
#include <map>

#include "core/errors.hpp"
#include "core/escape.hpp"
#include "interop/declared.hpp"
#include "interop/fields.hpp"
#include "interop/kumu.hpp"
#include "interop/kumu_fields.hpp"
#include "io/csv_file.hpp"
#include "io/csv_reader.hpp"

namespace stakemap::interop {

namespace fs = std::filesystem;

namespace {

class Sheet {
 public:
  Sheet(io::OutputFolder& folder, std::string name, const CsvStyle& style)
      : folder_(folder), name_(std::move(name)), file_(folder.file(name_), style) {}
  // `lead` cells first, then one cell per declared attribute (empty when absent).
  void row(const std::vector<std::string>& lead, const std::vector<Declared>& declared,
           const std::vector<std::pair<const Declared*, std::string>>& values) {
    std::vector<std::string> cells(declared.size());
    std::vector<bool> number(declared.size());
    for (const auto& [d, v] : values) {
      auto i = static_cast<std::size_t>(d - declared.data());
      cells[i] = v;
      number[i] = d->number;
    }
    auto& csv = file_.csv();
    for (const auto& c : lead) csv.text(c);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (number[i]) csv.raw(cells[i]);
      else csv.text(cells[i]);
    }
    file_.end_row();
  }
  void header(std::vector<std::string> lead, const std::vector<Declared>& declared) {
    for (const auto& d : declared) lead.push_back(d.name);
    row(lead, {}, {});
  }
  void commit() {
    file_.commit();
    folder_.add(name_, file_.rows() - 1);
  }

 private:
  io::OutputFolder& folder_;
  std::string name_;
  io::CsvFile file_;
};

}  // namespace

void write_kumu_csv(const model::Map& map, const ExportOptions& options, const std::string& dir) {
  check_metrics(map, options.metrics);
  io::OutputFolder folder(dir, {"elements.csv", "connections.csv"});
  auto org_attrs = kumu_org_declared(map, options);
  auto flow_attrs = flow_declared(map, {"from", "to"});
  {
    Sheet elements(folder, "elements.csv", options.csv);
    elements.header({"ID", "Label"}, org_attrs);
    for (std::size_t i = 0; i < map.organisations.size(); ++i)
      elements.row({map.organisations[i].id, map.organisations[i].name}, org_attrs,
                   kumu_org_values(map, i, org_attrs, options));
    elements.commit();
  }
  Sheet connections(folder, "connections.csv", options.csv);
  connections.header({"ID", "From", "To", "Direction"}, flow_attrs);
  for (const auto& f : map.flows)
    connections.row({connection_id(f), f.from, f.to, "directed"}, flow_attrs, flow_values(f, flow_attrs));
  connections.commit();
  folder.commit();
}

void KumuReader::read_csv(std::istream& in) {
  io::CsvReader csv(in, b_.file());
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
