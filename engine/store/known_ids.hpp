#pragma once
// The ids a map already holds, so that imported rows may refer to them.
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "store/store.hpp"

namespace stakemap::store {

/// Organisation and territory ids, and the territory graph (territory -> part_of, in order).
struct KnownIds {
  std::unordered_set<std::string> orgs, territories;
  std::map<std::string, std::vector<std::string>> parents;
};

/// Reads the ids of `store` (call it inside the writer's transaction to see a stable map).
KnownIds known_ids(const Store& store);

}  // namespace stakemap::store
