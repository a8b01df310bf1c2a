#pragma once
// One SQLite file per map: opening (with schema checks and migrations) and loading.
// WAL journal, foreign keys on, busy timeout 5 s (docs/storage.md). The store owns all SQL:
// other modules read and write a map through the functions of engine/store/ (writer,
// known_ids, answers, history, contents), never through the database itself.
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "model/map.hpp"

namespace SQLite {
class Database;
}

namespace stakemap::store {

/// Schema version this build writes (the number of migrations in models/migrations/).
int schema_version();

/// The message for an error of the map file itself (disk full, I/O error, read-only map,
/// damaged file, locked), which is bad input for the CLI (exit 1); "" for any other exception.
std::string storage_error(const std::exception& e);

/// True when `e` is SQLite running out of memory (SQLITE_NOMEM): under a memory limit, the
/// CLI says so as it does for std::bad_alloc.
bool out_of_memory(const std::exception& e);

/// An open map file.
class Store final {
 public:
  enum class Mode { read, write };
  /// Opens `path`. In write mode a missing map is created (by create(), so that processes
  /// creating the same map at once all open the one that won) at the current schema. Throws InputError when the file is
  /// missing (read mode), is not a stakemap map, has a newer schema than this build knows, or (write mode) is a
  /// read-only map. In read mode, a map in a folder the user cannot write to is opened as immutable (docs/storage.md).
  Store(const std::string& path, Mode mode);
  /// An empty map in memory (for `check DIR` and tests).
  static Store in_memory();
  /// An empty private map in a temporary file, deleted when closed (for `check DIR` and dry
  /// runs): unlike in_memory(), a large input spills to disk beyond the page cache, so memory
  /// stays flat whatever its size.
  static Store scratch();
  /// A private copy of the map at `path` (read from one consistent snapshot, migrated to the
  /// current schema in the copy), in a temporary file like scratch(): for dry runs, which then
  /// never take the map's writer lock. Throws InputError as the read mode does.
  static Store private_copy(const std::string& path);
  /// Creates the map `path` whole or not at all: a new map is built in a temporary file beside
  /// `path` (io::NewFile: ".NAME.XXXXXXXX.tmp", removed on Ctrl-C too), `fill` (when given)
  /// writes into it, and the file is moved into place without replacing anything (renameat2
  /// RENAME_NOREPLACE, or link then unlink). Returns false when `path` appeared meanwhile
  /// (another process made it: open that one). On any exception from `fill` the temporary file
  /// is removed and nothing is at `path`.
  static bool create(const std::string& path, const std::function<void(Store&)>& fill);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  /// The storage row of each record of a loaded map, in the map's order (a flow's row is its
  /// id), so that a record written back lands where it was.
  struct Rows {
    std::vector<std::int64_t> territories, organisations, flows, needs;
  };
  /// Reads the whole map (inside the open write transaction, if any); each flow gets its id.
  /// With `rows`, also each record's storage row.
  model::Map load(Rows* rows = nullptr) const;
  const std::string& path() const { return path_; }
  /// SQLite page cache a Writer may use, in MiB (default 256): memory is traded for fewer
  /// index pages spilled to the WAL on large imports (docs/storage.md).
  int write_cache_mib() const { return write_cache_mib_; }
  void set_write_cache_mib(int mib) { write_cache_mib_ = mib; }

 private:
  // Only engine/store/ reaches the SQLite connection: the Writer directly, the store's other
  // typed functions through store/connection.hpp. Everything else goes through those functions.
  friend class Writer;
  friend struct Connection;
  SQLite::Database& db() { return *db_; }
  const SQLite::Database& db() const { return *db_; }

  Store() = default;
  /// As the public constructor; `copy_source`: read mode for private_copy(), which also takes
  /// a map of an older schema (the copy is migrated, never the map).
  Store(const std::string& path, Mode mode, bool copy_source);
  /// A map only this connection sees: SQLite file name `file`, named `label` in messages;
  /// with `source`, a copy of that database's main schema instead of an empty map.
  static Store private_map(const std::string& file, const std::string& label, SQLite::Database* source = nullptr);
  /// Connects to the SQLite file `file` (checked and, in write mode, migrated by prepare()).
  void open(const std::string& file, Mode mode);
  /// Checks the file is a map this build can use; in write mode, sets the journal (WAL when
  /// `wal`) and migrates it.
  void prepare(Mode mode, bool wal = true);
  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
  bool copy_source_ = false;
  int write_cache_mib_ = 256;
};

}  // namespace stakemap::store
