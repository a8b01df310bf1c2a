#include "store/layout_cache.hpp"

#include <zlib.h>

#include <chrono>
#include <new>

#include "store/connection.hpp"
#include "store/side_connection.hpp"

namespace stakemap::store {

namespace {

// A value as stored: its length (8 bytes, little-endian) then zlib's stream at level 1 (an SVG
// of 18 MB becomes 4 MB in 0.2 s).
std::string compress(const std::string& value) {
  uLongf bound = compressBound(static_cast<uLong>(value.size()));
  std::string out(8 + bound, '\0');
  for (int i = 0; i < 8; ++i) out[static_cast<std::size_t>(i)] = static_cast<char>((value.size() >> (8 * i)) & 0xff);
  if (compress2(reinterpret_cast<Bytef*>(out.data() + 8), &bound, reinterpret_cast<const Bytef*>(value.data()),
                static_cast<uLong>(value.size()), 1) != Z_OK)
    return "";
  out.resize(8 + bound);
  return out;
}

// nullopt for bytes that are not a value as stored, or that would not fit in memory (a map
// file edited by hand may claim any length).
std::optional<std::string> decompress(const void* data, int size) try {
  if (size < 8) return std::nullopt;
  const auto* bytes = static_cast<const unsigned char*>(data);
  std::uint64_t length = 0;
  for (int i = 0; i < 8; ++i) length |= std::uint64_t{bytes[i]} << (8 * i);
  if (length > (std::uint64_t{1} << 30)) return std::nullopt;
  std::string out(length, '\0');
  uLongf got = static_cast<uLongf>(length);
  if (uncompress(reinterpret_cast<Bytef*>(out.data()), &got, bytes + 8, static_cast<uLong>(size - 8)) != Z_OK ||
      got != length)
    return std::nullopt;
  return out;
} catch (const std::bad_alloc&) { return std::nullopt; }

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

LayoutCache::LayoutCache(Store& store, std::int64_t limit) : store_(store), limit_(limit) {}
LayoutCache::~LayoutCache() = default;

std::optional<std::string> LayoutCache::get(const std::string& key) {
  const std::lock_guard lock(mutex_);
  std::optional<std::string> value;
  try {
    SQLite::Statement q(Connection::of(store_), "SELECT value FROM layout_cache WHERE key = ?");
    q.bind(1, key);
    if (!q.executeStep()) return std::nullopt;
    const auto& column = q.getColumn(0);
    value = decompress(column.getBlob(), column.getBytes());
  } catch (const SQLite::Exception&) { return std::nullopt; }
  if (value) touch(key);
  return value;
}

void LayoutCache::touch(const std::string& key) {
  SQLite::Database* db = writer();
  if (!db) return;
  try {
    SQLite::Statement q(*db, "UPDATE layout_cache SET added_at = ? WHERE key = ?");
    q.bind(1, now_ms());
    q.bind(2, key);
    q.exec();
  } catch (const SQLite::Exception&) {
    // Busy or read-only: the value simply keeps its age.
  }
}

SQLite::Database* LayoutCache::writer() {
  SQLite::Database& db = Connection::of(store_);
  if (can_write(db)) return &db;
  if (own_) return own_.get();
  if (unwritable_) return nullptr;
  // A short wait: a writer holding the map is not worth waiting for.
  own_ = open_side_connection(db, 200);
  unwritable_ = !own_;
  return own_.get();
}

void LayoutCache::put(const std::string& key, const std::string& value) {
  const std::string stored = compress(value);
  const std::lock_guard lock(mutex_);
  SQLite::Database* db = writer();
  if (!db) return;
  if (stored.empty() || static_cast<std::int64_t>(stored.size()) > limit_) return;
  try {
    SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement q(*db, "INSERT OR REPLACE INTO layout_cache(key, value, size, added_at) VALUES (?, ?, ?, ?)");
    q.bind(1, key);
    q.bindNoCopy(2, stored.data(), static_cast<int>(stored.size()));
    q.bind(3, static_cast<std::int64_t>(stored.size()));
    q.bind(4, now_ms());
    q.exec();
    // Drop the oldest values while the table holds more than the limit.
    SQLite::Statement trim(*db,
                           "DELETE FROM layout_cache WHERE key IN (SELECT key FROM (SELECT key, sum(size) OVER "
                           "(ORDER BY added_at DESC, key) AS kept FROM layout_cache) WHERE kept > ?)");
    trim.bind(1, limit_);
    trim.exec();
    tx.commit();
  } catch (const SQLite::Exception&) {
    // Busy, read-only or full: the drawing is simply not kept.
  }
}

std::int64_t LayoutCache::count() const {
  const std::lock_guard lock(mutex_);
  try {
    SQLite::Statement q(Connection::of(store_), "SELECT count(*) FROM layout_cache");
    return q.executeStep() ? q.getColumn(0).getInt64() : 0;
  } catch (const SQLite::Exception&) { return 0; }
}

void clear_layout_cache(Store& store) {
  SQLite::Statement q(Connection::of(store), "DELETE FROM layout_cache WHERE substr(key, 1, ?) <> ?");
  q.bind(1, static_cast<int>(kNumbersKeyPrefix.size()));
  q.bind(2, std::string(kNumbersKeyPrefix));
  q.exec();
}

}  // namespace stakemap::store
