#pragma once
// The vocabulary a map was started with (a bundled profile) and the codes its datasets added:
// meta keys `profile` and `taxonomy_overlay` (docs/profiles.md, docs/storage.md).
#include <string>

#include "model/taxonomy.hpp"
#include "store/store.hpp"

namespace SQLite {
class Database;
}

namespace stakemap::store {

/// A map's profile name (model::kDefaultProfile when none was stored) and its overlay (taxonomy
/// CSV, "" for none).
struct Vocabulary {
  std::string profile = model::kDefaultProfile;
  std::string overlay;
};

/// The stored vocabulary of `store`.
Vocabulary vocabulary(const Store& store);
/// True when the map holds no territory, organisation, flow, need or survey answer.
bool holds_nothing(const Store& store);

// Internal to engine/store/ (store.cpp, writer.cpp), the caller holding a write transaction.
/// Reads the stored vocabulary.
Vocabulary read_vocabulary(const SQLite::Database& db);
/// Stores `v` and rewrites the taxonomy table when it changed.
void write_vocabulary(SQLite::Database& db, const Vocabulary& v);
/// True when the taxonomy table holds the map's vocabulary as this build knows it.
bool taxonomy_current(SQLite::Database& db);
/// Rewrites the taxonomy table (labels for the analysts' views) when it is not current.
void refresh_taxonomy(SQLite::Database& db);

}  // namespace stakemap::store
