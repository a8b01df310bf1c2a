// Writer: the change log of the records a batch touched. Every write the writer makes notes the
// record's state after it (written_), computed from the record before and what was written, so
// that committing needs no reading back of the map. Deletions SQL makes on its own (foreign key
// cascades, bulk deletes of a replacing import, survey answers replaced) are captured by
// temporary triggers. The log is the same as comparing the whole map before and after the batch
// (changes_by_comparison(), which tests check it against).
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <string_view>
#include <type_traits>

#include "model/schema.hpp"
#include "store/record_text.hpp"
#include "store/writer.hpp"

namespace stakemap::store {

namespace {
// Kinds by the numbers Kind gives them (0 territory, 1 organisation, 2 flow, 3 need, 4 answer).
// Temporary: on this connection only, the map file does not change.
const char* const kCaptureSql =
    "CREATE TEMP TABLE IF NOT EXISTS deleted_record(kind INTEGER NOT NULL, key TEXT NOT NULL, territory TEXT, "
    "need TEXT, reported_by TEXT, PRIMARY KEY (kind, key)) WITHOUT ROWID;"
    "DELETE FROM temp.deleted_record;"
    "CREATE TEMP TRIGGER IF NOT EXISTS deleted_territory AFTER DELETE ON main.territory BEGIN "
    "INSERT OR IGNORE INTO deleted_record(kind, key) VALUES (0, old.id); END;"
    "CREATE TEMP TRIGGER IF NOT EXISTS deleted_organisation AFTER DELETE ON main.organisation BEGIN "
    "INSERT OR IGNORE INTO deleted_record(kind, key) VALUES (1, old.id); END;"
    "CREATE TEMP TRIGGER IF NOT EXISTS deleted_flow AFTER DELETE ON main.flow BEGIN "
    "INSERT OR IGNORE INTO deleted_record(kind, key) VALUES (2, CAST(old.id AS TEXT)); END;"
    "CREATE TEMP TRIGGER IF NOT EXISTS deleted_need AFTER DELETE ON main.need BEGIN "
    "INSERT OR IGNORE INTO deleted_record VALUES (3, old.territory || '|' || old.need || '|' || old.reported_by, "
    "old.territory, old.need, old.reported_by); END;"
    "CREATE TEMP TRIGGER IF NOT EXISTS deleted_answer AFTER DELETE ON main.survey_answer BEGIN "
    "INSERT OR IGNORE INTO deleted_record(kind, key) VALUES (4, CAST(old.id AS TEXT)); END;";

// Each deleted record and whether a record with its key exists again now.
const char* const kDeletedSql =
    "SELECT kind, key, CASE kind "
    "WHEN 0 THEN EXISTS (SELECT 1 FROM main.territory WHERE id = d.key) "
    "WHEN 1 THEN EXISTS (SELECT 1 FROM main.organisation WHERE id = d.key) "
    "WHEN 2 THEN EXISTS (SELECT 1 FROM main.flow WHERE id = CAST(d.key AS INTEGER)) "
    "WHEN 3 THEN EXISTS (SELECT 1 FROM main.need WHERE territory = d.territory AND need = d.need "
    "AND reported_by = d.reported_by) "
    "ELSE EXISTS (SELECT 1 FROM main.survey_answer WHERE id = CAST(d.key AS INTEGER)) END "
    "FROM temp.deleted_record d";

template <class T>
constexpr Kind kind_of() {
  if constexpr (std::is_same_v<T, model::Territory>) return Kind::territory;
  else if constexpr (std::is_same_v<T, model::Organisation>) return Kind::organisation;
  else if constexpr (std::is_same_v<T, model::Flow>) return Kind::flow;
  else return Kind::need;
}

template <class T>
void copy_field(const model::Field<T>& f, T& to, const T& from) {
  if (f.text) to.*f.text = from.*f.text;
  else if (f.list) to.*f.list = from.*f.list;
  else to.*f.number = from.*f.number;
}
}  // namespace

void Writer::capture_deletions() { store_.db().exec(kCaptureSql); }

void Writer::note(Kind kind, std::string key, std::int64_t row, std::optional<std::string> text) {
  if (untracked_) return;  // changes() compares the whole map
  written_[static_cast<int>(kind)].insert_or_assign(std::move(key), Written{row, std::move(text)});
}

std::int64_t Writer::current_row(Kind kind, const std::string& key) const {
  const auto& written = written_[static_cast<int>(kind)];
  if (auto it = written.find(key); it != written.end()) return it->second.row;
  const auto& before = before_.of(kind);
  auto it = before.find(key);
  return it == before.end() ? 0 : it->second.row;
}

template <class T>
std::optional<T> Writer::current(Kind kind, const std::string& key) {
  const auto& written = written_[static_cast<int>(kind)];
  if (auto it = written.find(key); it != written.end()) {
    if (!it->second.text) return std::nullopt;
    return record_from_text<T>(*it->second.text);
  }
  const std::vector<T>* items = nullptr;
  int at = -1;
  if constexpr (std::is_same_v<T, model::Territory>) {
    items = &before_map_.territories;
    at = before_map_.territory_index(key);
  } else if constexpr (std::is_same_v<T, model::Organisation>) {
    items = &before_map_.organisations;
    at = before_map_.org_index(key);
  } else {
    auto& index = std::is_same_v<T, model::Flow> ? before_flows_ : before_needs_;
    if constexpr (std::is_same_v<T, model::Flow>) {
      items = &before_map_.flows;
      if (index.empty())
        for (std::size_t i = 0; i < before_map_.flows.size(); ++i)
          index.emplace(std::to_string(before_rows_.flows[i]), i);
    } else {
      items = &before_map_.needs;
      if (index.empty())
        for (std::size_t i = 0; i < before_map_.needs.size(); ++i) index.emplace(record_key(before_map_.needs[i]), i);
    }
    if (auto it = index.find(key); it != index.end()) at = static_cast<int>(it->second);
  }
  if (at < 0) return std::nullopt;
  return (*items)[static_cast<std::size_t>(at)];
}

template <class T>
void Writer::note_upsert(const T& item, const std::string& key, std::int64_t row, bool inserted, int attributes) {
  if (untracked_) return;
  constexpr Kind kind = kind_of<T>();
  const auto& s = model::schema<T>();
  const auto& has = upserts_[static_cast<int>(s.entity())].has;  // the fields upsert_own wrote
  const auto& fields = s.fields();
  if (inserted) {
    // A new record is stored as the item is when the fields not written are empty in the item
    // (the own table's are always written) and so are none of its attributes.
    bool whole = true;
    for (std::size_t k = 0; k < fields.size() && whole; ++k)
      whole = has[k] || in_own_table(fields[k], s.table()) || fields[k].empty(item);
    if constexpr (requires { item.attributes; })
      for (const auto& [name, value] : item.attributes) whole = whole && attributes > 0 && !value.empty();
    if (whole) return note(kind, key, row, record_text(item));
  }
  T after;
  if (!inserted) {
    auto base = current<T>(kind, key);
    if (!base) {  // an update of a record the writer has not seen: compare the whole map instead
      untracked_ = true;
      return;
    }
    after = std::move(*base);
  }
  // A side table field not written, though others of its table are: an insert of the side row
  // writes the item's value, an update of it keeps the stored one. Told apart (from the record
  // before the writes) when the record has a value in that table; else when the item's value is
  // empty too; else not at all: the whole map is compared instead.
  for (std::size_t k = 0; k < fields.size() && !inserted; ++k) {
    const auto& f = fields[k];
    if (has[k] || f.list || in_own_table(f, s.table()) || f.empty(item)) continue;
    bool table_written = false, stored = false;
    for (std::size_t j = 0; j < fields.size(); ++j)
      if (std::string_view(fields[j].storage.table) == f.storage.table) {
        table_written = table_written || has[j];
        stored = stored || !fields[j].empty(after);
      }
    if (table_written && !stored) {
      untracked_ = true;
      return;
    }
  }
  for (std::size_t k = 0; k < fields.size(); ++k) {
    const auto& f = fields[k];
    bool own = in_own_table(f, s.table());
    if (has[k] || (inserted && own)) {
      copy_field(f, after, item);  // an insert writes every column of the own table
    } else if (inserted && !f.list) {
      for (std::size_t j = 0; j < fields.size(); ++j)
        if (has[j] && std::string_view(fields[j].storage.table) == f.storage.table) {
          copy_field(f, after, item);  // the side row is inserted whole
          break;
        }
    }
  }
  if constexpr (requires { item.attributes; }) {
    if (attributes == 2) after.attributes.clear();
    if (attributes > 0)
      for (const auto& [name, value] : item.attributes) {
        if (value.empty()) after.attributes.erase(name);
        else after.attributes[name] = value;
      }
  }
  note(kind, key, row, record_text(after));
}

bool Writer::tracked_changes() {
  if (untracked_) return false;
  SQLite::Statement deleted(store_.db(), kDeletedSql);
  while (deleted.executeStep()) {
    auto kind = static_cast<Kind>(deleted.getColumn(0).getInt());
    std::string key = deleted.getColumn(1).getString();
    const auto& written = written_[static_cast<int>(kind)];
    if (deleted.getColumn(2).getInt() == 0) {
      note(kind, key, current_row(kind, key), std::nullopt);
    } else if (auto it = written.find(key); it == written.end() || !it->second.text) {
      return false;  // back, but not through the writer
    }
  }
  changes_.clear();
  for (int k = 0; k < kKinds; ++k) {
    std::size_t first = changes_.size();
    const auto& before = before_.records[k];
    for (const auto& [key, now] : written_[k]) {
      auto was = before.find(key);
      if (was == before.end()) {
        if (now.text) changes_.push_back({static_cast<Kind>(k), key, now.row, std::nullopt, now.text});
      } else if (!now.text) {
        changes_.push_back({static_cast<Kind>(k), key, was->second.row, was->second.text, std::nullopt});
      } else if (*now.text != was->second.text) {
        changes_.push_back({static_cast<Kind>(k), key, now.row, was->second.text, now.text});
      }
    }
    std::sort(
        changes_.begin() + static_cast<long>(first), changes_.end(),
        [](const RecordChange& x, const RecordChange& y) { return x.row != y.row ? x.row < y.row : x.key < y.key; });
  }
  return true;
}

template void Writer::note_upsert(const model::Territory&, const std::string&, std::int64_t, bool, int);
template void Writer::note_upsert(const model::Organisation&, const std::string&, std::int64_t, bool, int);
template void Writer::note_upsert(const model::Flow&, const std::string&, std::int64_t, bool, int);
template void Writer::note_upsert(const model::Need&, const std::string&, std::int64_t, bool, int);

}  // namespace stakemap::store
