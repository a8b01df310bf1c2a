#pragma once
// Internal to engine/store/: caches kept in the map file (the layout cache, the map image) are
// written by read-only commands too, through a read-write connection of their own. Storing a
// cache only ever saves time, so a map that cannot be written is no error: no connection.
#include <memory>

namespace SQLite {
class Database;
}

namespace stakemap::store {

/// True when `db` may write its main database.
bool can_write(const SQLite::Database& db);

/// A second, read-write connection to the file of `db` that waits at most `busy_ms` for a
/// lock; nullptr when there is none to be had (an in-memory or temporary database, a read-only
/// file or folder, an immutable map, a file that cannot be opened).
std::unique_ptr<SQLite::Database> open_side_connection(const SQLite::Database& db, int busy_ms);

}  // namespace stakemap::store
