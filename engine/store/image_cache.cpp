#include "store/image_cache.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <random>
#include <set>
#include <string_view>

#include "store/side_connection.hpp"

namespace stakemap::store {

namespace {
// Every table the map is loaded from has its insert, update and delete triggers, each
// deleting the image (an analyst may have dropped or replaced one).
bool triggers_in_place(SQLite::Database& db, const std::vector<std::string>& tables) {
  std::set<std::string> found;
  SQLite::Statement q(db,
                      "SELECT name, tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'map_image_%' "
                      "AND sql LIKE '%BEGIN DELETE FROM map_image; END'");
  while (q.executeStep()) found.insert(q.getColumn(1).getString() + "|" + q.getColumn(0).getString());
  for (const auto& table : tables)
    for (const char* action : {"insert", "update", "delete"})
      if (!found.contains(table + "|map_image_" + table + "_" + action)) return false;
  return true;
}
}  // namespace

StoredImage read_image(SQLite::Database& db, const std::vector<std::string>& tables) {
  StoredImage out;
  try {
    sqlite3* handle = db.getHandle();
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT token, value FROM map_image WHERE id = 1", -1, &st, nullptr) != SQLITE_OK) {
      sqlite3_finalize(st);
      return out;  // a map of an older schema, which private copies read
    }
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(st, sqlite3_finalize);
    if (sqlite3_step(st) != SQLITE_ROW) return out;
    out.token = sqlite3_column_int64(st, 0);
    if (sqlite3_column_type(st, 1) != SQLITE_BLOB || !triggers_in_place(db, tables)) return out;
    // The blob as SQLite holds it: decoded in place, not copied.
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(st, 1));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(st, 1));
    out.records = decode_map_image(std::string_view(bytes, size));
  } catch (const SQLite::Exception&) { out.records.reset(); }
  return out;
}

ImageKeeper::ImageKeeper(const SQLite::Database& db) : own_(open_side_connection(db, 0)) {
  if (!own_) return;
  try {
    std::random_device seed;
    std::mt19937_64 random((std::uint64_t{seed()} << 32) ^ seed());
    const auto token = static_cast<std::int64_t>(random() >> 1);
    SQLite::Transaction tx(*own_, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement q(*own_, "INSERT OR REPLACE INTO map_image(id, token, value) VALUES (1, ?, NULL)");
    q.bind(1, token);
    q.exec();
    tx.commit();
    token_ = token;
  } catch (const SQLite::Exception&) {
    // Busy (another process writes), read-only, full or an older schema: no image this time.
  }
}

ImageKeeper::~ImageKeeper() = default;

void ImageKeeper::fill(const std::string& image) {
  // SQLite keeps blobs under 1 GB by default: a larger map simply loads from its tables.
  if (!own_ || !token_ || image.size() > (std::size_t{1} << 29)) return;
  try {
    SQLite::Transaction tx(*own_, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement q(*own_, "UPDATE map_image SET value = ? WHERE id = 1 AND token = ? AND value IS NULL");
    q.bindNoCopy(1, image.data(), static_cast<int>(image.size()));
    q.bind(2, *token_);
    q.exec();
    tx.commit();
  } catch (const SQLite::Exception&) {}
}

}  // namespace stakemap::store
