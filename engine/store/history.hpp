#pragma once
// The map's history: the batches (imports and other writes) recorded in the store.
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
};

/// Every committed batch, oldest first.
std::vector<Batch> history(const Store& store);
/// The time (ISO 8601, UTC) of the map's latest batch, or "" for a map never written.
std::string last_change(const Store& store);

}  // namespace stakemap::store
