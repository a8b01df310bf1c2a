// `stakemap import FILE.json`: stakemap's own JSON, with its history into a new map.
#include <algorithm>
#include <set>

#include "core/errors.hpp"
#include "interop/import.hpp"
#include "interop/stakemap_json.hpp"
#include "io/input_file.hpp"
#include "store/history.hpp"
#include "store/map_history.hpp"
#include "store/record_text.hpp"
#include "store/rounds.hpp"

namespace stakemap::interop {

namespace {

bool empty_map(const model::Map& m) {
  return m.territories.empty() && m.organisations.empty() && m.flows.empty() && m.needs.empty();
}

// The records of `map` as the change log sees them (flows keyed by the file's ids).
store::Snapshot snapshot_of(const model::Map& map, const std::vector<std::int64_t>& flow_ids) {
  store::Snapshot s;
  for (const auto& t : map.territories) s.records[0][t.id] = {0, store::record_text(t), 0};
  for (const auto& o : map.organisations) s.records[1][o.id] = {0, store::record_text(o), 0};
  for (std::size_t i = 0; i < map.flows.size(); ++i)
    s.records[2][std::to_string(flow_ids[i])] = {flow_ids[i], store::record_text(map.flows[i]), 0};
  for (const auto& n : map.needs) s.records[3][store::record_key(n)] = {0, store::record_text(n), 0};
  return s;
}

// Throws InputError unless the history replayed leaves the records the file holds.
void check_ends_in(const store::Snapshot& replayed, const model::Map& map, const StakemapJson& file,
                   const std::string& path) {
  auto expected = snapshot_of(map, file.flow_ids);
  for (int k = 0; k < 4; ++k) {
    auto kind = static_cast<store::Kind>(k);
    auto fail = [&](const std::string& key, const char* what) {
      throw InputError(path + ": the history does not end in the map the file holds: " + store::kind_name(kind) + " '" +
                       key + "' " + what + " (nothing imported)");
    };
    for (const auto& [key, record] : expected.of(kind)) {
      auto it = replayed.of(kind).find(key);
      if (it == replayed.of(kind).end()) fail(key, "is in the file but not left by the history");
      if (it->second.text != record.text) fail(key, "differs from the record the history leaves");
    }
    for (const auto& [key, record] : replayed.of(kind))
      if (!expected.of(kind).count(key)) fail(key, "is left by the history but not in the file");
  }
  if (file.synthetic != (replayed.of(store::Kind::provenance).count("synthetic") > 0))
    throw InputError(path + ": the history does not end in the map the file holds: the synthetic mark differs");
}

// Writes the file's flows at their ids (a new map: every id is free), the rest by key; returns
// the number of flows written at their ids (0 when some flow has no id, or ids repeat).
long write_new(store::Writer& writer, model::Map& map, const MapBuilder& builder, const StakemapJson& file) {
  std::set<std::int64_t> ids(file.flow_ids.begin(), file.flow_ids.end());
  if (ids.count(0) || ids.size() != file.flow_ids.size()) {
    upsert(writer, map, builder);
    return 0;
  }
  writer.put_territories(map.territories);
  for (const auto& o : map.organisations) writer.put_org(o, builder.org_fields());
  for (std::size_t i = 0; i < map.flows.size(); ++i) {
    map.flows[i].id = static_cast<std::size_t>(file.flow_ids[i]);
    writer.restore(map.flows[i], file.flow_ids[i]);
  }
  for (const auto& n : map.needs) writer.put_need(n);
  auto flows = static_cast<long>(file.flow_ids.size());
  map = {};
  return flows;
}

}  // namespace

dataset::ImportReport import_stakemap_json(store::Store& store, const std::string& path,
                                           const dataset::ImportOptions& options,
                                           const std::set<std::string>& ignored) {
  store::Writer writer(store, options.command, path);
  writer.set_origin(options.author.empty() ? store::default_author() : options.author, options.note);
  if (options.dry_run) writer.dry_run();
  // A new map: no records, no rounds, and no batch but this one.
  const bool fresh =
      empty_map(writer.map_before()) && store::history(store).size() == 1 && store::rounds(store).empty();
  dataset::Diagnostics diags;
  MapBuilder builder(path, diags, options.replace || fresh ? KnownIds{} : store::known_ids(store), ignored);
  StakemapJson file;
  auto in = io::open_input(path);
  if (!in) throw InputError(path + ": cannot read file");
  if (std::size_t bytes = input_size(path)) builder.set_input_size(bytes);
  read_reporting(diags, [&] { file = read_stakemap_json(*in, builder); });
  in.reset();
  auto map = builder.finish();
  diags.throw_if_errors();
  for (const auto& r : file.rounds)
    if (file.history && r.batch > 0 &&
        std::none_of(file.history->begin(), file.history->end(), [&](const auto& b) { return b.batch.id == r.batch; }))
      throw InputError(path + ": round '" + r.name + "' names batch " + std::to_string(r.batch) +
                       ", which the history does not have");
  long at_ids = 0;  // flows restored at their ids (counted apart: restore() counts nothing)
  long restored_batches = 0, restored_rounds = 0;
  // Batches logged before the change log kept values (schema version 2) cannot be replayed.
  const bool legacy =
      file.history && std::any_of(file.history->begin(), file.history->end(), [](const auto& b) {
        return std::any_of(b.changes.begin(), b.changes.end(), [](const auto& c) { return c.legacy(); });
      });
  const bool restore = fresh && file.history && !file.history->empty() && !legacy;
  if (restore) {
    std::vector<std::size_t> first_change;  // per batch: the index of its first change in change_places
    for (std::size_t b = 0, n = 0; b < file.history->size(); n += (*file.history)[b++].changes.size())
      first_change.push_back(n);
    auto state = store::replay(*file.history, [&](std::size_t b, std::size_t k) {
      const auto& batch = (*file.history)[b];
      auto [line, column] = k < batch.changes.size() ? file.change_places[first_change[b] + k] : file.batch_places[b];
      return Position(path, line, column).str() + ": batch " + std::to_string(batch.batch.id) +
             (k < batch.changes.size() ? ", change " + std::to_string(k + 1) : "");
    });
    check_ends_in(state, map, file, path);
    writer.restore_history(*file.history, state, file.rounds);
    restored_batches = static_cast<long>(file.history->size());
    restored_rounds = static_cast<long>(file.rounds.size());
  } else {
    if (file.synthetic) writer.mark_synthetic();
    if (fresh) at_ids = write_new(writer, map, builder, file);
    else upsert(writer, map, builder);
    if (options.replace) writer.remove_unwritten({true, true, true, true});
    if (fresh && legacy)
      diags.warning(Position(path, 0, 0),
                    "rounds and history in the file not restored: some of its batches were logged before the change "
                    "log kept values (map schema version 2), so the history cannot be replayed");
    else if (!fresh && (file.history || !file.rounds.empty()))
      diags.warning(Position(path, 0, 0),
                    "rounds and history in the file not restored: this map has records, batches or rounds of its "
                    "own, and another map's batches cannot be put between them (the file is imported as one batch)");
    else if (!file.rounds.empty())
      diags.warning(Position(path, 0, 0),
                    "rounds in the file not restored: the file has no change log (export json --with-history), so "
                    "every round would name this import and compare equal");
  }
  auto out = commit_import(writer, diags, path, options.dry_run, at_ids);
  out.restored_batches = restored_batches;
  out.restored_rounds = restored_rounds;
  return out;
}

}  // namespace stakemap::interop
