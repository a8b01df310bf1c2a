#pragma once
// Internal to engine/store/ (Store::load): the map image (store/map_image.hpp) kept in table
// map_image, and how a loader stores one without ever storing a stale one (docs/storage.md,
// "The map image"). Every write to a table the map is loaded from deletes the row (triggers of
// migration 007). A loader that finds no image claims the row under a fresh token, loads the
// map from its tables in a read transaction that still sees its claim, then stores the image
// only if its claim is still there: no write committed between the claim and the store, so the
// records it read are the map's records at the moment the image is stored.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/map_image.hpp"

namespace SQLite {
class Database;
}

namespace stakemap::store {

/// What table map_image holds, as seen by the caller's read transaction.
struct StoredImage {
  std::optional<LoadedRecords> records;  ///< the image, when present, sound and trustworthy
  std::optional<std::int64_t> token;     ///< the row's token, when there is a row
};

/// Reads the image through `db`. Records only when every table of `tables` still has its
/// three triggers and the image decodes (format, schema, length, checksum). Never throws for a
/// missing table or a damaged image: they are a miss.
StoredImage read_image(SQLite::Database& db, const std::vector<std::string>& tables);

/// Claims and fills the image through a connection of its own (the loader's may be read-only
/// or inside a transaction), waiting for no lock: a busy or read-only map is left without one.
class ImageKeeper final {
 public:
  /// Claims the row for the map of `db` (outside any transaction of it); claimed() is nullopt
  /// when the map cannot be written now.
  explicit ImageKeeper(const SQLite::Database& db);
  ~ImageKeeper();
  ImageKeeper(const ImageKeeper&) = delete;
  ImageKeeper& operator=(const ImageKeeper&) = delete;
  /// The token of this keeper's claim, if it made one.
  std::optional<std::int64_t> claimed() const { return token_; }
  /// Stores `image` if the claim still stands (no write since).
  void fill(const std::string& image);

 private:
  std::unique_ptr<SQLite::Database> own_;
  std::optional<std::int64_t> token_;
};

}  // namespace stakemap::store
