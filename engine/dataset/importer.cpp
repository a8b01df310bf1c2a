#include "dataset/importer.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <unordered_set>

#include "core/progress.hpp"
#include "core/text.hpp"
#include "dataset/field_checker.hpp"
#include "dataset/import_checked.hpp"
#include "dataset/manifest.hpp"
#include "dataset/provenance.hpp"
#include "dataset/row.hpp"
#include "dataset/vocabulary.hpp"
#include "io/input_file.hpp"
#include "io/record_source.hpp"
#include "io/xlsx_reader.hpp"
#include "model/map.hpp"
#include "model/schema.hpp"
#include "store/history.hpp"
#include "store/known_ids.hpp"

namespace stakemap::dataset {

namespace fs = std::filesystem;

namespace {

/// The ids a reference may name, for read_fields.
struct Refs {
  std::function<bool(const std::string&)> territory, org;
};

/// Reads every field of T from the row as its schema says: codes checked, lists split,
/// required fields reported when empty, ids with '|' refused, and (when `refs` is given)
/// references to territories and organisations checked. An empty code leaves the member's
/// default ("active"...). False when a reference names an unknown id.
template <class T>
bool read_fields(RowReader& rows, T& item, const Refs* refs) {
  bool known = true;
  auto check_ref = [&](const model::FieldSpec& f, const std::string& id) {
    if (!refs) return;
    bool territory = f.check == model::Check::territory || f.check == model::Check::territories;
    known =
        rows.check_ref(f.name, id, territory ? refs->territory : refs->org, territory ? "territory" : "organisation") &&
        known;
  };
  for (const auto& f : model::schema<T>().fields()) {
    switch (f.check) {
      case model::Check::text:
        if (f.key()) {
          item.*f.text = rows.id(f.name);
          break;
        }
        item.*f.text = rows.text(f.name);
        if (f.required()) rows.require(f.name);
        break;
      case model::Check::territory:
      case model::Check::org:
        item.*f.text = rows.text(f.name);
        if (f.required()) rows.require(f.name);
        check_ref(f, item.*f.text);
        break;
      case model::Check::code:
        if (auto v = rows.code(f.name); !v.empty()) item.*f.text = std::move(v);
        break;
      case model::Check::codes: item.*f.list = rows.codes(f.name); break;
      case model::Check::list: item.*f.list = rows.list(f.name); break;
      case model::Check::territories:
        item.*f.list = rows.list(f.name);
        for (const auto& id : item.*f.list) check_ref(f, id);
        break;
      case model::Check::number: item.*f.number = rows.number(f.name); break;
    }
  }
  return known;
}

class Importer final {
 public:
  /// With --replace, the ids of the kinds the files carry are only those the files define.
  Importer(store::Store& store, const ImportOptions& options, const std::string& source, const store::Carried& carried,
           const model::Taxonomy& taxonomy)
      : writer_(store, options.command, source), known_(store::known_ids(store)), taxonomy_(taxonomy) {
    writer_.set_origin(options.author.empty() ? store::default_author() : options.author, options.note);
    if (options.dry_run) writer_.dry_run();  // flat memory: nothing noted for a change log never written
    if (options.synthetic) writer_.mark_synthetic();
    if (!options.replace) return;
    // Files that replace the organisations and flows replace what the map is: its provenance too.
    if (carried.organisations && carried.flows && !options.synthetic) writer_.clear_provenance();
    if (carried.territories) {
      known_.territories.clear();
      known_.parents.clear();
    }
    if (carried.organisations) known_.orgs.clear();
  }

  /// Reads the dataset file `path` of kind `kind`, or (with `book`) the sheet `path` of the
  /// workbook: the same checks either way.
  void read(FileKind kind, const std::string& path, const io::XlsxWorkbook* book = nullptr) {
    auto source = book ? book->sheet(path) : open_file(kind, path);
    const std::string& name = source->file();
    RowReader rows(*source, kind, diags_, taxonomy_);
    if (kind == FileKind::organisations || kind == FileKind::flows) {
      attribute_columns_.emplace_back(name, rows.extra_columns());
    } else {  // territories keep names in other languages (name_ro); needs have no attributes
      std::vector<std::string> names;
      for (const auto& column : rows.extra_columns())
        if (kind == FileKind::territories && !model::name_column_language(column).empty()) names.push_back(column);
        else diags_.warning({name, 1, 0}, "unknown column '" + column + "' ignored");
      if (!names.empty()) attribute_columns_.emplace_back(name, std::move(names));
    }
    std::error_code no_size;  // a pipe or FIFO (`import <(...)`) has none: progress without a total
    auto size = book || io::is_xlsx(path) ? 0 : fs::file_size(path, no_size);  // a sheet counts unpacked bytes
    Progress progress(fs::path(name).filename().string(), no_size ? 0 : size, "bytes");
    auto tick = [&] { progress.update(source->bytes_read()); };
    switch (kind) {
      case FileKind::territories: read_territories(rows); break;
      case FileKind::organisations: read_orgs(rows, tick); break;
      case FileKind::flows: read_flows(rows, tick); break;
      case FileKind::needs: read_needs(rows); break;
    }
    records_.emplace_back(name, rows.records());
  }

  /// Per file read, its path and the records read.
  const std::vector<std::pair<std::string, long>>& records() const { return records_; }

  /// Per file read, the columns kept as attributes.
  const std::vector<std::pair<std::string, std::vector<std::string>>>& attribute_columns() const {
    return attribute_columns_;
  }

  store::Writer& writer() { return writer_; }
  Diagnostics& diags() { return diags_; }

 private:
  void read_territories(RowReader& rows) {
    std::map<std::string, long> seen;
    std::vector<model::Territory> all;
    std::vector<Position> part_of_at;  // per territory of `all`
    while (rows.next()) {
      model::Territory t;
      read_fields(rows, t, nullptr);  // part_of may name territories further down: checked below
      for (auto& [column, value] : rows.extras())
        if (!model::name_column_language(column).empty()) t.attributes.emplace(column, std::move(value));
      if (t.id.empty()) continue;
      if (auto [it, fresh] = seen.emplace(t.id, rows.where_line().line); !fresh) {
        diags_.error(rows.where("id"),
                     "duplicate territory id '" + t.id + "' (first at line " + std::to_string(it->second) + ")");
        continue;
      }
      known_.territories.insert(t.id);
      if (rows.has("part_of")) known_.parents[t.id] = t.parents;  // else the stored parents stay
      all.push_back(std::move(t));
      part_of_at.push_back(rows.where("part_of"));
    }
    for (std::size_t i = 0; i < all.size(); ++i)
      for (const auto& p : all[i].parents)
        if (!known_.territories.count(p))
          diags_.error(part_of_at[i], "unknown territory '" + p + "' in column 'part_of'");
    FieldChecker(diags_, "column", taxonomy_).check_part_of(known_.parents, [&](const std::string& id) {
      for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id) return part_of_at[i];
      return Position{rows.where_line().file, 0, 0};
    });
    // Written even when there are errors (rolled back at the end), so later files can be checked.
    for (auto& t : all) std::erase_if(t.parents, [&](const std::string& p) { return !known_.territories.count(p); });
    writer_.put_territories(all, rows.present());
  }

  template <class Tick>
  void read_orgs(RowReader& rows, const Tick& tick) {
    std::unordered_map<std::string, long> seen;
    const Refs refs = known_refs();
    while (rows.next()) {
      model::Organisation o;
      read_fields(rows, o, &refs);
      o.attributes = rows.extras();
      tick();
      if (o.id.empty()) continue;
      if (auto [it, fresh] = seen.emplace(o.id, rows.where_line().line); !fresh) {
        diags_.error(rows.where("id"),
                     "duplicate organisation id '" + o.id + "' (first at line " + std::to_string(it->second) + ")");
        continue;
      }
      known_.orgs.insert(o.id);
      writer_.put_org(o, rows.present());
    }
  }

  template <class Tick>
  void read_flows(RowReader& rows, const Tick& tick) {
    const Refs refs = known_refs();
    while (rows.next()) {
      model::Flow f;
      bool ends_known = read_fields(rows, f, &refs);
      f.attributes = rows.extras();
      tick();
      if (f.from.empty() || f.to.empty() || !ends_known) continue;
      if (f.from == f.to) diags_.warning(rows.where("to"), "flow from '" + f.from + "' to itself (self-loop)");
      if (!f.obstacles.empty() && f.status == "active")
        diags_.warning(rows.where("obstacles"),
                       "active flow " + f.from + " -> " + f.to +
                           " lists obstacles (obstacles usually go with blocked or desired flows)");
      // Rows are written even after an error (all is rolled back at the end), so that a
      // duplicate key is still detected: the upsert then finds this batch's own row.
      if (!writer_.put_flow(f, rows.present()))
        diags_.error(rows.where("from"), "duplicate flow " + f.from + " -> " + f.to + " (status " + f.status +
                                             ", basis " + f.basis + ", population " + f.population +
                                             "): an earlier row of this import has the same key");
    }
  }

  void read_needs(RowReader& rows) {
    const Refs refs = known_refs();
    while (rows.next()) {
      model::Need n;
      bool refs_known = read_fields(rows, n, &refs);
      if (!refs_known || n.territory.empty() || n.need.empty()) continue;
      if (!writer_.put_need(n))
        diags_.error(rows.where("territory"), "duplicate need " + n.need + " in " + n.territory +
                                                  (n.reported_by.empty() ? "" : " reported by " + n.reported_by) +
                                                  ": an earlier row of this import has the same key");
    }
  }

  // A CSV file, or a workbook's sheet named like the file ("organisations"), else its first sheet.
  static std::unique_ptr<io::RecordSource> open_file(FileKind kind, const std::string& path) {
    if (!io::is_xlsx(path)) return io::open_records(path);
    auto book = io::XlsxWorkbook::open(path);
    auto sheet = fs::path(file_name(kind)).stem().string();
    return book->sheet(book->has_sheet(sheet) ? sheet : book->sheets().front());
  }

  Refs known_refs() const {
    return {[this](const std::string& id) { return known_.territories.count(id) > 0; },
            [this](const std::string& id) { return known_.orgs.count(id) > 0; }};
  }

  store::Writer writer_;
  store::KnownIds known_;
  const model::Taxonomy& taxonomy_;
  Diagnostics diags_;
  std::vector<std::pair<std::string, std::vector<std::string>>> attribute_columns_;
  std::vector<std::pair<std::string, long>> records_;
};

}  // namespace

bool kind_from_file_name(const std::string& path, FileKind& kind) {
  std::string stem = text::lower(fs::path(path).stem().string());
  return parse_kind(stem, kind);
}

ImportReport import_checked(store::Store& store, std::vector<std::pair<FileKind, std::string>> files,
                            const ImportOptions& options, const Manifest* manifest, const ImportVocabulary& vocabulary,
                            const io::XlsxWorkbook* book) {
  std::stable_sort(files.begin(), files.end(),
                   [](const auto& a, const auto& b) { return static_cast<int>(a.first) < static_cast<int>(b.first); });
  std::vector<std::string> paths;
  for (const auto& file : files) paths.push_back(file.second);
  store::Carried carried;
  for (const auto& file : files) {
    carried.territories = carried.territories || file.first == FileKind::territories;
    carried.organisations = carried.organisations || file.first == FileKind::organisations;
    carried.flows = carried.flows || file.first == FileKind::flows;
    carried.needs = carried.needs || file.first == FileKind::needs;
  }
  Importer importer(store, options, book ? book->path() : text::join(paths, ", "), carried, vocabulary.taxonomy);
  if (vocabulary.changed()) importer.writer().set_vocabulary(vocabulary.after);
  ImportReport report;
  for (const auto& [kind, path] : files) {
    importer.read(kind, path, book);
    report.files.push_back(book ? book->path() + "[" + path + "]" : path);
  }
  if (manifest) {
    std::vector<std::string> names;
    for (auto kind : {FileKind::territories, FileKind::organisations, FileKind::flows, FileKind::needs})
      names.push_back(file_name(kind));
    check_manifest(*manifest, importer.records(), names, importer.diags());
  }
  importer.diags().throw_if_errors();
  // Rows the files do not hold go, with what hangs on them; columns the files lack keep their
  // stored values (they were never written), and so do the kinds of record no file carries.
  if (options.replace) importer.writer().remove_unwritten(carried);
  report.warnings = importer.diags().list();
  report.warning_count = importer.diags().warnings();
  report.counts = importer.writer().counts();
  report.attribute_columns = importer.attribute_columns();
  report.synthetic = options.synthetic;
  if (!options.dry_run) {
    std::string summary = std::to_string(report.counts.organisations) + " organisations, " +
                          std::to_string(report.counts.flows) + " flows";
    importer.writer().commit(summary);
  }
  return report;
}

ImportReport import_files(store::Store& store, std::vector<std::pair<FileKind, std::string>> files,
                          const ImportOptions& options) {
  return import_checked(store, std::move(files), options, nullptr, import_vocabulary(store, ""));
}

ImportReport import_dataset(store::Store& store, const std::string& dir, const ImportOptions& options) {
  if (!fs::is_directory(dir)) throw InputError(dir + ": not a dataset folder");
  std::vector<std::pair<FileKind, std::string>> files;
  for (auto kind : {FileKind::territories, FileKind::organisations, FileKind::flows, FileKind::needs}) {
    auto path = (fs::path(dir) / file_name(kind)).string();
    if (fs::exists(path)) files.emplace_back(kind, path);
    else if (kind == FileKind::organisations)
      throw InputError(path + ": missing (a dataset folder needs at least organisations.csv)");
  }
  ImportOptions with_provenance = options;
  with_provenance.synthetic = options.synthetic || read_provenance(dir) == "synthetic";
  auto manifest = read_manifest(dir);
  return import_checked(store, files, with_provenance, manifest ? &*manifest : nullptr, import_vocabulary(store, dir));
}

}  // namespace stakemap::dataset
