#pragma once
// Drawings and other results kept in the map file between runs (table layout_cache,
// docs/storage.md): values under keys the caller makes (render/drawing_cache.hpp digests what
// Graphviz reads, analysis/kept_betweenness.hpp the graph), stored zlib-compressed, emptied by
// every write to the map but for numbers that name nothing of the map, kept under a digest of
// all they depend on (core/result_cache.hpp). The cache only ever saves time: a value that
// cannot be read back is a miss, and one that cannot be stored (a read-only or immutable map,
// another process writing it) is dropped; neither is an error.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/result_cache.hpp"
#include "store/store.hpp"

namespace SQLite {
class Database;
}

namespace stakemap::store {

/// The layout cache of one open map. Its functions may be called from several threads at once.
class LayoutCache final {
 public:
  /// Most bytes the table holds (compressed); the oldest values are dropped first.
  static constexpr std::int64_t max_bytes = std::int64_t{96} << 20;

  /// Reads through `store`'s connection; writes through it when it can write, else through a
  /// connection of its own opened at the first put(). `store` must outlive the cache; `limit`
  /// is the most bytes kept (max_bytes but in tests).
  explicit LayoutCache(Store& store, std::int64_t limit = max_bytes);
  ~LayoutCache();
  LayoutCache(const LayoutCache&) = delete;
  LayoutCache& operator=(const LayoutCache&) = delete;

  /// The value kept under `key`, or nullopt. A value read is the newest again: the limit drops
  /// the values least recently kept or read first.
  std::optional<std::string> get(const std::string& key);
  /// Keeps `value` under `key` (replacing any), then drops the values least recently kept or
  /// read beyond the limit.
  void put(const std::string& key, const std::string& value);
  /// Values kept and their compressed bytes (for tests and `stakemap` diagnostics).
  std::int64_t count() const;

 private:
  SQLite::Database* writer();
  void touch(const std::string& key);  // marks the value as just used (lock held)
  Store& store_;
  std::int64_t limit_;
  std::unique_ptr<SQLite::Database> own_;
  bool unwritable_ = false;
  mutable std::mutex mutex_;  // one caller at a time on the connections
};

/// Empties the layout cache of `store` but for the values under kNumbersKeyPrefix, which name
/// nothing of the map and stay valid under their keys (every write to the map does it).
void clear_layout_cache(Store& store);

}  // namespace stakemap::store
