#include "dataset/export_csv.hpp"

#include <filesystem>
#include <fstream>
#include <set>

#include "core/errors.hpp"
#include "core/escape.hpp"
#include "core/table.hpp"
#include "core/text.hpp"
#include "dataset/columns.hpp"

namespace stakemap::dataset {

namespace fs = std::filesystem;

namespace {

class CsvFile {
 public:
  explicit CsvFile(const fs::path& path) : out_(path, std::ios::binary), path_(path) {
    if (!out_) throw InputError(path.string() + ": cannot write");
  }
  void row(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out_ << (i ? "," : "") << escape::csv_text(cells[i]);
    out_ << "\r\n";
  }
  ~CsvFile() { out_.flush(); }

 private:
  std::ofstream out_;
  fs::path path_;
};

std::string number(const std::optional<double>& d) { return d ? number_text(*d) : ""; }

template <class T>
std::vector<std::string> attribute_keys(const std::vector<T>& items) {
  std::set<std::string> keys;
  for (const auto& i : items)
    for (const auto& [k, v] : i.attributes) keys.insert(k);
  return {keys.begin(), keys.end()};
}

std::vector<std::string> header(FileKind kind, const std::vector<std::string>& extra, bool personal) {
  std::vector<std::string> h;
  for (const auto& c : columns(kind))
    if (personal || std::string(c.name).rfind("contact_", 0) != 0) h.push_back(c.name);
  h.insert(h.end(), extra.begin(), extra.end());
  return h;
}

template <class T>
void append_attributes(std::vector<std::string>& row, const T& item, const std::vector<std::string>& keys) {
  for (const auto& k : keys) {
    auto it = item.attributes.find(k);
    row.push_back(it == item.attributes.end() ? "" : it->second);
  }
}

}  // namespace

void export_csv(const model::Map& map, const std::string& dir, const ExportOptions& options) {
  fs::create_directories(dir);
  using text::join;
  {
    CsvFile f(fs::path(dir) / "territories.csv");
    f.row(header(FileKind::territories, {}, false));
    for (const auto& t : map.territories) f.row({t.id, t.kind, t.name, t.name_fr, t.name_nl, t.name_de, join(t.parents)});
  }
  {
    auto keys = attribute_keys(map.organisations);
    CsvFile f(fs::path(dir) / "organisations.csv");
    f.row(header(FileKind::organisations, keys, options.personal));
    for (const auto& o : map.organisations) {
      std::vector<std::string> row{o.id,           o.name,           join(o.aliases),  o.kind,
                                   o.level,        join(o.languages), join(o.territories), join(o.domains),
                                   join(o.publics), join(o.services), o.support_role,    o.focal_point,
                                   join(o.obstacles), o.willing};
      if (options.personal) {
        row.push_back(o.contact_name);
        row.push_back(o.contact_email);
      }
      append_attributes(row, o, keys);
      f.row(row);
    }
  }
  {
    auto keys = attribute_keys(map.flows);
    CsvFile f(fs::path(dir) / "flows.csv");
    f.row(header(FileKind::flows, keys, false));
    for (const auto& fl : map.flows) {
      std::vector<std::string> row{fl.from,          fl.to,         fl.status,         fl.basis,
                                   fl.regularity,    fl.frequency,  fl.population,     join(fl.data),
                                   fl.personal_data, join(fl.obstacles), fl.source,    fl.confirmation,
                                   fl.note,          number(fl.weight)};
      append_attributes(row, fl, keys);
      f.row(row);
    }
  }
  {
    CsvFile f(fs::path(dir) / "needs.csv");
    f.row(header(FileKind::needs, {}, false));
    for (const auto& n : map.needs) f.row({n.territory, n.need, number(n.weight), n.reported_by});
  }
}

}  // namespace stakemap::dataset
