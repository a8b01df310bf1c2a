#include "interop/import.hpp"

#include "store/history.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "interop/gexf_reader.hpp"
#include "interop/graphml_reader.hpp"
#include "interop/kumu.hpp"
#include "interop/stakemap_json.hpp"
#include "io/input_file.hpp"
#include "io/xlsx_reader.hpp"

namespace stakemap::interop {

namespace fs = std::filesystem;

namespace {

std::unique_ptr<std::istream> open(const std::string& path) {
  auto in = io::open_input(path);
  if (!in) throw InputError(path + ": cannot read file");
  return in;
}

// A file of `dir` named `name` in any case ("Elements.csv"), or "".
std::string find_in(const std::string& dir, const std::string& name) {
  for (const auto& entry : fs::directory_iterator(dir))
    if (text::lower(entry.path().filename().string()) == name) return entry.path().string();
  return "";
}

void read_kumu(const std::string& path, MapBuilder& builder) {
  KumuReader kumu(builder);
  if (fs::is_directory(path)) {
    auto elements = find_in(path, "elements.csv"), connections = find_in(path, "connections.csv");
    if (elements.empty() && connections.empty())
      throw InputError(path + ": a Kumu folder needs elements.csv and/or connections.csv");
    for (const auto& file : {elements, connections}) {
      if (file.empty()) continue;
      builder.set_file(file);
      kumu.read_csv(*open(file));
    }
    return;
  }
  if (io::is_xlsx(path)) {  // Kumu's workbook: an Elements sheet and a Connections sheet
    auto book = io::XlsxWorkbook::open(path);
    if (!book->has_sheet("elements") && !book->has_sheet("connections"))
      throw InputError(path + ": a Kumu workbook needs an Elements and/or a Connections sheet (it has: " +
                       text::join(book->sheets(), ", ") + ")");
    for (const char* name : {"elements", "connections"}) {
      if (!book->has_sheet(name)) continue;
      auto sheet = book->sheet(name);
      builder.set_file(sheet->file());
      kumu.read_records(*sheet);
    }
    return;
  }
  // A blueprint starts with '{' (after white space); anything else is read as a sheet.
  auto in = open(path);
  int c = in->peek();
  while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
    in->get();
    c = in->peek();
  }
  if (c == '{' && text::lower(fs::path(path).extension().string()) != ".csv") kumu.read_json(*in);
  else kumu.read_csv(*in);
}

}  // namespace

std::size_t input_size(const std::string& path) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return static_cast<std::size_t>(fs::file_size(path, ec));
  std::size_t total = 0;
  if (fs::is_directory(path, ec))
    for (const auto& entry : fs::directory_iterator(path, ec))
      if (entry.is_regular_file(ec)) total += static_cast<std::size_t>(entry.file_size(ec));
  return total;
}

// Upserts `map` item by item, and empties it; the builder says which fields the file carries.
// Each flow is freed once written, so that the map read and the batch the writer builds up are
// not both held whole (1 000 000 flows of a Kumu blueprint: 2.7 GiB peak before, see
// docs/benchmarks.md, "Re-imports").
void upsert(store::Writer& writer, model::Map& map, const MapBuilder& builder) {
  writer.put_territories(map.territories);
  for (const auto& o : map.organisations) writer.put_org(o, builder.org_fields());
  std::reverse(map.flows.begin(), map.flows.end());  // written from the back, in file order
  while (!map.flows.empty()) {
    const auto& f = map.flows.back();
    if (!writer.put_flow(f, builder.flow_fields()))
      throw std::logic_error("duplicate flow key passed the check: " + f.from + " -> " + f.to);
    map.flows.pop_back();
    if (map.flows.size() < map.flows.capacity() / 2) map.flows.shrink_to_fit();  // halving: linear in all
  }
  for (const auto& n : map.needs) writer.put_need(n);
  map = {};
}

bool parse_input_format(const std::string& s, ImportFormat& format) {
  if (s == "json") format = ImportFormat::stakemap;
  else if (s == "graphml") format = ImportFormat::graphml;
  else if (s == "gexf") format = ImportFormat::gexf;
  else if (s == "kumu") format = ImportFormat::kumu;
  else return false;
  return true;
}

void read_into(const std::string& path, ImportFormat format, MapBuilder& builder) {
  if (std::size_t bytes = input_size(path)) builder.set_input_size(bytes);
  if (format == ImportFormat::kumu) return read_kumu(path, builder);
  if (fs::is_directory(path)) throw InputError(path + ": a folder; give the GraphML or GEXF file");
  auto in = open(path);
  if (format == ImportFormat::stakemap) read_stakemap_json(*in, builder);
  else if (format == ImportFormat::graphml) read_graphml(*in, builder);
  else read_gexf(*in, builder);
}

dataset::ImportReport import_file(store::Store& store, const std::string& path, ImportFormat format,
                                  const dataset::ImportOptions& options, const std::set<std::string>& ignored) {
  if (format == ImportFormat::stakemap) return import_stakemap_json(store, path, options, ignored);
  // The write transaction starts first, so the ids checked against are those the batch sees.
  store::Writer writer(store, options.command, path);
  writer.set_origin(options.author.empty() ? store::default_author() : options.author, options.note);
  if (options.dry_run) writer.dry_run();
  KnownIds known;
  if (!options.replace) known = store::known_ids(store);
  dataset::Diagnostics diags;
  MapBuilder builder(path, diags, std::move(known), ignored);
  read_reporting(diags, [&] { read_into(path, format, builder); });
  auto map = builder.finish();
  diags.throw_if_errors();
  upsert(writer, map, builder);
  // An interchange file carries the whole map: what it lacks goes (docs/interop.md).
  if (options.replace) writer.remove_unwritten({true, true, true, true});
  return commit_import(writer, diags, path, options.dry_run);
}

void read_reporting(dataset::Diagnostics& diags, const std::function<void()>& read) {
  try {
    read();
  } catch (const InputError& e) {
    // An error that stops reading (malformed XML or JSON, an unsupported structure, a limit)
    // comes after the errors of the values read so far, which are reported with it.
    if (!diags.errors()) throw;
    diags.error({}, std::string(e.what()) + " (reading stopped here)");
    diags.throw_if_errors();
  }
}

dataset::ImportReport commit_import(store::Writer& writer, const dataset::Diagnostics& diags, const std::string& path,
                                    bool dry_run, long uncounted_flows) {
  dataset::ImportReport report;
  report.warnings = diags.list();
  report.warning_count = diags.warnings();
  report.counts = writer.counts();
  report.counts.flows += uncounted_flows;
  report.files.push_back(path);
  if (!dry_run)
    writer.commit(std::to_string(report.counts.organisations) + " organisations, " +
                  std::to_string(report.counts.flows) + " flows");
  return report;
}

}  // namespace stakemap::interop
