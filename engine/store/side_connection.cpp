#include "store/side_connection.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>

namespace stakemap::store {

bool can_write(const SQLite::Database& db) { return sqlite3_db_readonly(db.getHandle(), "main") == 0; }

std::unique_ptr<SQLite::Database> open_side_connection(const SQLite::Database& db, int busy_ms) {
  const std::string& file = db.getFilename();
  std::error_code error;
  if (file.empty() || !std::filesystem::is_regular_file(file, error)) return nullptr;
  try {
    auto own = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, busy_ms);
    if (can_write(*own)) return own;
  } catch (const SQLite::Exception&) {}
  return nullptr;
}

}  // namespace stakemap::store
