#include "store/store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "model/embedded.hpp"

namespace stakemap::store {

namespace {
constexpr int kApplicationId = 0x534B4D50;  // "SKMP"

std::vector<std::string> migration_files() {
  std::vector<std::string> out;
  for (const auto& [path, body] : embedded::model_files())
    if (path.rfind("migrations/", 0) == 0 && path.size() > 4 && path.substr(path.size() - 4) == ".sql")
      out.push_back(path);  // std::map keeps them sorted: 001_, 002_, ...
  return out;
}
}  // namespace

int schema_version() { return static_cast<int>(migration_files().size()); }

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

Store::Store(const std::string& path, Mode mode) : path_(path) {
  bool existed = std::filesystem::exists(path);
  if (!existed && mode == Mode::read)
    throw InputError(path + ": no map here (create one with `stakemap init` or `stakemap import DIR`)");
  try {
    int flags = mode == Mode::read ? SQLite::OPEN_READONLY : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db_ = std::make_unique<SQLite::Database>(path, flags, 5000);
    prepare(mode);
  } catch (const SQLite::Exception& e) {
    throw InputError(path + ": cannot open as a stakemap map: " + e.what());
  }
}

Store Store::private_map(const std::string& file, const std::string& label) {
  Store s;
  s.path_ = label;
  s.db_ = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  s.prepare(Mode::write, false);  // no WAL: nobody else reads a private map
  return s;
}

Store Store::in_memory() { return private_map(":memory:", ":memory:"); }

// SQLite's private temporary database has an empty file name (sqlite3_open_v2).
Store Store::scratch() { return private_map("", "(temporary map)"); }

void Store::prepare(Mode mode, bool wal) {
  auto& db = *db_;
  db.exec("PRAGMA foreign_keys = ON");
  int app = db.execAndGet("PRAGMA application_id").getInt();
  int version = db.execAndGet("PRAGMA user_version").getInt();
  bool empty = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt() == 0;
  if (!empty && app != kApplicationId)
    throw InputError(path_ + ": not a stakemap map (it is an SQLite file of another application)");
  if (version > schema_version())
    throw InputError(path_ + ": map schema version " + std::to_string(version) +
                     " is newer than this stakemap knows (" + std::to_string(schema_version()) +
                     "); upgrade stakemap");
  if (mode == Mode::read) {
    if (empty)
      throw InputError(path_ + ": empty, not a stakemap map yet (create one with `stakemap init`)");
    if (version < schema_version())
      throw InputError(path_ + ": map schema version " + std::to_string(version) +
                       " is older than this stakemap's; run any writing command (e.g. `stakemap init`) to migrate it");
    return;
  }
  if (wal) db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = NORMAL");
  if (version == schema_version()) return;
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  // Re-read inside the lock: another process may have migrated meanwhile.
  version = db.execAndGet("PRAGMA user_version").getInt();
  auto files = migration_files();
  for (int v = version; v < static_cast<int>(files.size()); ++v) db.exec(std::string(model::embedded_model(files[v])));
  db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  db.exec("PRAGMA user_version = " + std::to_string(files.size()));
  tx.commit();
}

namespace {
std::string col(SQLite::Statement& q, int i) { return q.getColumn(i).isNull() ? "" : q.getColumn(i).getString(); }
}  // namespace

model::Map Store::load() const {
  SQLite::Database& db = *db_;  // a read transaction needs the connection, not a mutable Store
  // One read transaction: a consistent snapshot even while another process writes (WAL).
  SQLite::Transaction tx(db);
  model::Map map;
  {
    SQLite::Statement q(db, "SELECT id, kind, name, name_fr, name_nl, name_de FROM territory ORDER BY rowid");
    while (q.executeStep())
      map.territories.push_back({col(q, 0), col(q, 1), col(q, 2), col(q, 3), col(q, 4), col(q, 5), {}});
  }
  map.reindex();
  {
    SQLite::Statement q(db, "SELECT territory, parent FROM territory_parent ORDER BY territory, position");
    while (q.executeStep()) map.territories[map.territory_index(col(q, 0))].parents.push_back(col(q, 1));
  }
  {
    SQLite::Statement q(db,
                        "SELECT id, name, kind, level, support_role, focal_point, willing FROM organisation "
                        "ORDER BY rowid");
    while (q.executeStep()) {
      model::Organisation o;
      o.id = col(q, 0);
      o.name = col(q, 1);
      o.kind = col(q, 2);
      o.level = col(q, 3);
      o.support_role = col(q, 4);
      o.focal_point = col(q, 5);
      o.willing = col(q, 6);
      map.organisations.push_back(std::move(o));
    }
  }
  map.reindex();
  {
    SQLite::Statement q(db, "SELECT org, facet, code FROM org_code ORDER BY org, facet, position");
    while (q.executeStep()) {
      auto& o = map.organisations[map.org_index(col(q, 0))];
      if (auto* list = const_cast<std::vector<std::string>*>(o.facet(col(q, 1)))) list->push_back(col(q, 2));
    }
  }
  {
    SQLite::Statement q(db, "SELECT org, key, value FROM org_attribute");
    while (q.executeStep()) map.organisations[map.org_index(col(q, 0))].attributes[col(q, 1)] = col(q, 2);
  }
  {
    SQLite::Statement q(db, "SELECT org, name, email FROM contact");
    while (q.executeStep()) {
      auto& o = map.organisations[map.org_index(col(q, 0))];
      o.contact_name = col(q, 1);
      o.contact_email = col(q, 2);
    }
  }
  {
    SQLite::Statement q(db,
                        "SELECT id, src, dst, status, basis, regularity, frequency, population, data, "
                        "personal_data, obstacles, source, confirmation, note, weight FROM flow ORDER BY id");
    std::unordered_map<long long, std::size_t> by_id;
    while (q.executeStep()) {
      model::Flow f;
      by_id[q.getColumn(0).getInt64()] = map.flows.size();
      f.from = col(q, 1);
      f.to = col(q, 2);
      f.status = col(q, 3);
      f.basis = col(q, 4);
      f.regularity = col(q, 5);
      f.frequency = col(q, 6);
      f.population = col(q, 7);
      f.data = text::split_list(col(q, 8));
      f.personal_data = col(q, 9);
      f.obstacles = text::split_list(col(q, 10));
      f.source = col(q, 11);
      f.confirmation = col(q, 12);
      f.note = col(q, 13);
      if (!q.getColumn(14).isNull()) f.weight = q.getColumn(14).getDouble();
      map.flows.push_back(std::move(f));
    }
    SQLite::Statement a(db, "SELECT flow, key, value FROM flow_attribute");
    while (a.executeStep()) map.flows[by_id[a.getColumn(0).getInt64()]].attributes[col(a, 1)] = col(a, 2);
  }
  {
    SQLite::Statement q(db, "SELECT territory, need, weight, reported_by FROM need ORDER BY id");
    while (q.executeStep()) {
      model::Need n{col(q, 0), col(q, 1), std::nullopt, col(q, 3)};
      if (!q.getColumn(2).isNull()) n.weight = q.getColumn(2).getDouble();
      map.needs.push_back(std::move(n));
    }
  }
  return map;
}

}  // namespace stakemap::store
