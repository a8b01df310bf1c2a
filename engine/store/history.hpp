#pragma once
// The map's history: the batches (imports, edits, undos) recorded in the store, and the author
// a batch is recorded with by default.
#include <string>
#include <vector>

#include "store/store.hpp"

namespace stakemap::store {

/// One write batch.
struct Batch {
  long long id = 0;
  std::string at;       ///< ISO 8601 time (UTC)
  std::string command;  ///< e.g. "import datasets/belgium-2022"
  std::string source;
  std::string summary;  ///< e.g. "57 organisations, 150 flows"
  std::string author;   ///< who made it ("" before schema version 3)
  std::string note;     ///< why (`--note`)
};

/// Every committed batch, oldest first.
std::vector<Batch> history(const Store& store);
/// The time (ISO 8601, UTC) of the map's latest batch, or "" for a map never written.
std::string last_change(const Store& store);
/// The current time, ISO 8601 in UTC to the second ("2026-03-01T09:30:00Z"), as batches and
/// rounds record it.
std::string now_utc();
/// The author a batch gets unless told: $STAKEMAP_AUTHOR, else the login name, else $USER,
/// else "".
std::string default_author();

}  // namespace stakemap::store
