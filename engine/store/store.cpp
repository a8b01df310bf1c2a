#include "store/store.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <unordered_map>
#include <vector>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "io/output_file.hpp"
#include "model/embedded.hpp"
#include "model/schema.hpp"
#include "model/taxonomy.hpp"
#include "store/image_cache.hpp"
#include "store/profile.hpp"
#include "store/tables.hpp"

namespace stakemap::store {

namespace {
constexpr int kApplicationId = 0x534B4D50;  // "SKMP"

// True when this process may write `path` (when it exists) and create files beside it (the
// -wal and -shm files of a WAL map).
bool writable(const std::string& path, bool exists) {
  auto folder = std::filesystem::path(path).parent_path();
  if (folder.empty()) folder = ".";
  return (!exists || ::access(path.c_str(), W_OK) == 0) && ::access(folder.c_str(), W_OK) == 0;
}

// `path` for an SQLite URI: '%', '?' and '#' percent-encoded.
std::string uri_path(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == '%') out += "%25";
    else if (c == '?') out += "%3f";
    else if (c == '#') out += "%23";
    else out += c;
  }
  return out;
}

std::vector<std::string> migration_files() {
  std::vector<std::string> out;
  for (const auto& [path, body] : embedded::model_files())
    if (path.rfind("migrations/", 0) == 0 && path.size() > 4 && path.substr(path.size() - 4) == ".sql")
      out.push_back(path);  // std::map keeps them sorted: 001_, 002_, ...
  return out;
}

// Whether `db` holds a stakemap map of an older schema than this build's.
bool older_schema(SQLite::Database& db) {
  return db.execAndGet("PRAGMA application_id").getInt() == kApplicationId &&
         db.execAndGet("PRAGMA user_version").getInt() < schema_version();
}

}  // namespace

int schema_version() { return static_cast<int>(migration_files().size()); }

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

Store::Store(const std::string& path, Mode mode) : Store(path, mode, false) {}

Store::Store(const std::string& path, Mode mode, bool copy_source) : path_(path), copy_source_(copy_source) {
  bool existed = std::filesystem::exists(path);
  if (!existed && mode == Mode::read)
    throw InputError(path + ": no map here (create one with `stakemap init` or `stakemap import DIR`)");
  if (mode == Mode::write && !writable(path, existed))
    throw InputError(path + ": read-only map: this command changes the map and needs write access to the file " +
                     "and its folder (read-only commands such as list, show and export work)");
  // Whether this process made the map or another one did meanwhile, a whole map is there now.
  if (!existed) create(path, nullptr);
  open(path, mode);
}

void Store::open(const std::string& file, Mode mode) {
  try {
    // One thread uses a connection at a time: no per-call mutex (every sqlite3_column_* call
    // took and released one, a few percent of an import; docs/benchmarks.md).
    int flags = (mode == Mode::read ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    std::string name = file;
    if (mode == Mode::read && !writable(file, true) && !std::filesystem::exists(file + "-wal")) {
      // A reader of a WAL map must create its -shm file; in a folder it cannot write to, with no
      // WAL pending, the file alone is the whole map: read it as immutable.
      name = "file:" + uri_path(file) + "?immutable=1";
      flags |= SQLITE_OPEN_URI;
    }
    db_ = std::make_unique<SQLite::Database>(name, flags, 5000);
    if (mode == Mode::read && !copy_source_ && older_schema(*db_) && writable(file, true)) {
      // A map of an older stakemap opened by a read-only command is migrated first, as a
      // writing command would (in its own transaction, under the write lock); then read.
      db_.reset();
      { Store migrated(file, Mode::write); }
      db_ = std::make_unique<SQLite::Database>(name, flags, 5000);
    }
    prepare(mode);
  } catch (const SQLite::Exception& e) {
    // A disk that fills while a new map's schema is written is the disk's fault, not the map's:
    // callers say so (storage_error).
    if (e.getErrorCode() == SQLITE_FULL) throw;
    throw InputError(path_ + ": cannot open as a stakemap map: " + e.what());
  }
}

bool Store::create(const std::string& path, const std::function<void(Store&)>& fill) {
  // Removed when anything throws, when another process made `path` first, and on Ctrl-C.
  io::NewFile file(path, true);
  {
    Store fresh;
    fresh.path_ = path;
    fresh.open(file.temp(), Mode::write);
    if (fill) fill(fresh);
  }  // closed: the last connection folds the WAL into the file and removes it
  return file.commit();
}

std::string storage_error(const std::exception& e) {
  const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&e);
  if (!sqlite) return "";
  switch (sqlite->getErrorCode()) {
    case SQLITE_FULL: return std::string("the disk is full; the map was not changed (") + e.what() + ")";
    case SQLITE_READONLY: return std::string("read-only map: the change was refused (") + e.what() + ")";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return std::string("the map file is damaged (") + e.what() + ")";
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM: return std::string("cannot read or write the map file (") + e.what() + ")";
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return std::string("the map is busy (another process is writing it?) (") + e.what() + ")";
    case SQLITE_NOMEM: return std::string("out of memory (") + e.what() + ")";
    default: return "";
  }
}

bool out_of_memory(const std::exception& e) {
  const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&e);
  return sqlite && sqlite->getErrorCode() == SQLITE_NOMEM;
}

Store Store::private_map(const std::string& file, const std::string& label, SQLite::Database* source) {
  Store s;
  s.path_ = label;
  s.db_ = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
  if (source) {
    // One backup step reads the whole source in one read transaction: a consistent snapshot,
    // and a reader never blocks nor waits for the map's writers (WAL).
    if (SQLite::Backup(*s.db_, *source).executeStep(-1) != SQLITE_DONE)
      throw InputError(label + ": the map is busy: cannot copy it (try again)");
    s.db_->exec("PRAGMA journal_mode = DELETE");  // the copy keeps no WAL of its own
  }
  s.prepare(Mode::write, false);  // no WAL: nobody else reads a private map
  return s;
}

Store Store::private_copy(const std::string& path) {
  Store source(path, Mode::read, true);
  return private_map("", path + " (private copy)", source.db_.get());
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
                     " is newer than this stakemap knows (" + std::to_string(schema_version()) + "); upgrade stakemap");
  if (mode == Mode::read) {
    if (empty) throw InputError(path_ + ": empty, not a stakemap map yet (create one with `stakemap init`)");
    if (version < schema_version() && !copy_source_)
      throw InputError(path_ + ": map schema version " + std::to_string(version) +
                       " is older than this stakemap's; run any writing command (e.g. `stakemap init`) to migrate it");
    return;
  }
  if (wal) db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = NORMAL");
  if (version == schema_version() && taxonomy_current(db)) return;
  // Migrations may rebuild a table (003 rebuilds flow): with foreign keys on, dropping the old
  // table would delete its children. They are off while migrating (the pragma is a no-op inside
  // a transaction) and the keys are checked before the commit.
  db.exec("PRAGMA foreign_keys = OFF");
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  // Re-read inside the lock: another process may have migrated meanwhile.
  version = db.execAndGet("PRAGMA user_version").getInt();
  auto files = migration_files();
  for (int v = version; v < static_cast<int>(files.size()); ++v) db.exec(std::string(model::embedded_model(files[v])));
  db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  db.exec("PRAGMA user_version = " + std::to_string(files.size()));
  refresh_taxonomy(db);
  SQLite::Statement broken(db, "PRAGMA foreign_key_check");
  if (broken.executeStep())
    throw InputError(path_ + ": a foreign key of table " + broken.getColumn(0).getString() +
                     " is broken after migrating; the map was left as it was");
  tx.commit();
  db.exec("PRAGMA foreign_keys = ON");
}

namespace {
// A query read through SQLite's C API: loading a map reads millions of cells, and each
// SQLite::Column costs a shared handle. Errors throw SQLite::Exception like SQLiteCpp does.
class RawQuery final {
 public:
  RawQuery(SQLite::Database& db, const std::string& sql) {
    if (sqlite3_prepare_v2(db.getHandle(), sql.c_str(), -1, &st_, nullptr) != SQLITE_OK)
      throw SQLite::Exception(db.getHandle());
  }
  ~RawQuery() { sqlite3_finalize(st_); }
  RawQuery(const RawQuery&) = delete;
  RawQuery& operator=(const RawQuery&) = delete;
  /// Steps to the next row; false after the last.
  bool next() {
    const int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SQLite::Exception(sqlite3_db_handle(st_), rc);
  }
  sqlite3_stmt* get() const { return st_; }

 private:
  sqlite3_stmt* st_ = nullptr;
};

// Column `i` of the current row as text ("" for NULL).
std::string text_at(sqlite3_stmt* st, int i) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
  return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(st, i))) : std::string();
}

/// Positions of loaded records by their stored id (text for territories and organisations,
/// the integer row id for flows and needs: in a vector below `dense`, where row ids usually are).
struct IdIndex {
  explicit IdIndex(std::size_t records) : dense(4 * records + 1024) {}
  std::size_t dense;
  std::unordered_map<std::string, std::size_t> text;
  std::vector<std::size_t> number;  // number[rowid]: position, npos where none
  std::unordered_map<std::int64_t, std::size_t> sparse;
  void add(sqlite3_stmt* st, int i, std::size_t at) {
    if (sqlite3_column_type(st, i) != SQLITE_INTEGER) {
      text.emplace(text_at(st, i), at);
      return;
    }
    const auto id = sqlite3_column_int64(st, i);
    if (id < 0 || static_cast<std::uint64_t>(id) >= dense) {
      sparse[id] = at;
      return;
    }
    const auto slot = static_cast<std::size_t>(id);
    if (slot >= number.size()) number.resize(std::min(dense, std::max(slot + 1, number.size() * 2)), std::string::npos);
    number[slot] = at;
  }
  /// The position of the record `id` (column `i` of `st`) names, or npos.
  std::size_t find(sqlite3_stmt* st, int i) const {
    if (sqlite3_column_type(st, i) == SQLITE_INTEGER) {
      const auto id = sqlite3_column_int64(st, i);
      if (id >= 0 && static_cast<std::uint64_t>(id) < number.size()) return number[static_cast<std::size_t>(id)];
      auto it = sparse.find(id);
      return it == sparse.end() ? std::string::npos : it->second;
    }
    const auto* key = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
    if (!key) return std::string::npos;
    auto it = text.find(std::string(key, static_cast<std::size_t>(sqlite3_column_bytes(st, i))));
    return it == text.end() ? std::string::npos : it->second;
  }
};

// Reads every record of T as its schema says: its own table in row order, then its side and
// child tables (list values in their stored order). Returns the records' ids, for attributes.
template <class T>
IdIndex load_records(SQLite::Database& db, std::vector<T>& out, std::vector<std::int64_t>& rows) {
  const auto& s = model::schema<T>();
  std::vector<const model::Field<T>*> own;
  std::string columns;
  for (const auto& f : s.fields())
    if (in_own_table(f, s.table())) {
      own.push_back(&f);
      columns += std::string(", ") + f.storage.column;
    }
  const auto count =
      static_cast<std::size_t>(db.execAndGet(std::string("SELECT count(*) FROM ") + s.table()).getInt64());
  IdIndex index(count);
  out.reserve(out.size() + count);
  rows.reserve(rows.size() + count);
  RawQuery q(db, std::string("SELECT id") + columns + ", rowid FROM " + s.table() + " ORDER BY rowid");
  sqlite3_stmt* st = q.get();
  while (q.next()) {
    rows.push_back(sqlite3_column_int64(st, static_cast<int>(own.size()) + 1));
    T item;
    for (std::size_t i = 0; i < own.size(); ++i) {
      const auto* f = own[i];
      int c = static_cast<int>(i) + 1;
      if (f->text) item.*f->text = text_at(st, c);
      else if (sqlite3_column_type(st, c) != SQLITE_NULL) item.*f->number = sqlite3_column_double(st, c);
    }
    index.add(st, 0, out.size());
    out.push_back(std::move(item));
  }
  for (const auto& table : other_tables<T>()) {
    std::vector<const model::Field<T>*> fields;
    std::string values;
    for (const auto& f : s.fields())
      if (table.name == f.storage.table) {
        fields.push_back(&f);
        values += std::string(", ") + f.storage.column;
      }
    if (table.child) {
      // One value column: the facet column says which field a row belongs to.
      std::string facet = table.facet ? std::string(", ") + table.facet : "";
      RawQuery c(db, "SELECT " + std::string(table.owner) + ", " + fields.front()->storage.column + facet + " FROM " +
                         table.name + " ORDER BY " + table.owner + facet + ", position");
      sqlite3_stmt* cs = c.get();
      while (c.next()) {
        std::size_t at = index.find(cs, 0);
        if (at == std::string::npos) continue;
        const model::Field<T>* field = fields.size() == 1 && !table.facet ? fields.front() : nullptr;
        if (table.facet) {
          const auto* f = reinterpret_cast<const char*>(sqlite3_column_text(cs, 2));
          for (const auto* candidate : fields)
            if (f && std::strcmp(f, candidate->storage.facet) == 0) field = candidate;
        }
        if (field) (out[at].*field->list).push_back(text_at(cs, 1));
      }
      continue;
    }
    RawQuery c(db, "SELECT " + std::string(table.owner) + values + " FROM " + table.name);
    sqlite3_stmt* cs = c.get();
    while (c.next()) {
      std::size_t at = index.find(cs, 0);
      if (at == std::string::npos) continue;
      for (std::size_t i = 0; i < fields.size(); ++i) out[at].*fields[i]->text = text_at(cs, static_cast<int>(i) + 1);
    }
  }
  return index;
}

// Reads the free attributes of `out` from `table` (owner, key, value).
template <class T>
void load_attributes(SQLite::Database& db, const char* table, const char* owner, const IdIndex& index,
                     std::vector<T>& out) {
  RawQuery q(db, std::string("SELECT ") + owner + ", key, value FROM " + table);
  sqlite3_stmt* st = q.get();
  while (q.next())
    if (std::size_t at = index.find(st, 0); at != std::string::npos)
      out[at].attributes[text_at(st, 1)] = text_at(st, 2);
}

// Every table the map is loaded from (the map image's triggers must watch them all).
std::vector<std::string> loaded_tables() {
  std::vector<std::string> out = {"territory_attribute", "org_attribute", "flow_attribute"};
  auto add = [&out]<class T>(const model::Schema<T>& s) {
    out.emplace_back(s.table());
    for (const auto& t : other_tables<T>()) out.push_back(t.name);
  };
  add(model::schema<model::Territory>());
  add(model::schema<model::Organisation>());
  add(model::schema<model::Flow>());
  add(model::schema<model::Need>());
  return out;
}

// Reads the records of the map from their tables.
void load_tables(SQLite::Database& db, model::Map& map, Store::Rows& r) {
  auto territories = load_records(db, map.territories, r.territories);
  load_attributes(db, "territory_attribute", "territory", territories, map.territories);
  auto orgs = load_records(db, map.organisations, r.organisations);
  load_attributes(db, "org_attribute", "org", orgs, map.organisations);
  auto flows = load_records(db, map.flows, r.flows);
  load_attributes(db, "flow_attribute", "flow", flows, map.flows);
  load_records(db, map.needs, r.needs);
  for (std::size_t i = 0; i < map.flows.size(); ++i) map.flows[i].id = r.flows[i];
}
}  // namespace

model::Map Store::load(Rows* rows) const {
  SQLite::Database& db = *db_;  // a read transaction needs the connection, not a mutable Store
  // One read transaction (unless a writer's is open): a consistent snapshot even while another
  // process writes (WAL).
  const bool own_transaction = sqlite3_get_autocommit(db.getHandle()) != 0;
  std::unique_ptr<SQLite::Transaction> tx;
  if (own_transaction) tx = std::make_unique<SQLite::Transaction>(db);
  Rows own;
  Rows& r = rows ? *rows : own;
  r = {};
  model::Map map;
  const auto tables = loaded_tables();
  std::unique_ptr<ImageKeeper> keeper;
  if (auto stored = read_image(db, tables); stored.records) {
    map = std::move(stored.records->map);
    r = std::move(stored.records->rows);
  } else {
    if (own_transaction) {
      // Claim the image outside this read transaction, then read the tables in a new one that
      // must still see the claim: no write came between (store/image_cache.hpp).
      tx.reset();
      keeper = std::make_unique<ImageKeeper>(db);
      tx = std::make_unique<SQLite::Transaction>(db);
      if (keeper->claimed() && read_image(db, tables).token != keeper->claimed()) keeper.reset();
    }
    load_tables(db, map, r);
  }
  map.synthetic = db.execAndGet("SELECT count(*) FROM provenance WHERE kind = 'synthetic'").getInt() > 0;
  const auto vocabulary = read_vocabulary(db);
  map.set_vocabulary(vocabulary.profile, vocabulary.overlay);
  tx.reset();
  if (keeper) keeper->fill(encode_map_image(map, r));
  map.reindex();
  return map;
}

}  // namespace stakemap::store
