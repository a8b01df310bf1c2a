#pragma once
// Rounds: names given to the map's state after a batch ("2023-03 consultation"), to compare
// later (docs/history.md).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/store.hpp"

namespace stakemap::store {

/// One saved round.
struct Round {
  std::int64_t id = 0;
  std::string name, at, author, note;
  std::int64_t batch = 0;  ///< the last batch it includes (0: the empty map)
};

/// Names the map's current state `name`. Throws InputError when a round has that name.
Round save_round(Store& store, const std::string& name, const std::string& author, const std::string& note);
/// Every round, oldest first.
std::vector<Round> rounds(const Store& store);
/// The round named `name`, if any.
std::optional<Round> round_named(const Store& store, const std::string& name);
/// The round named `name`. Throws InputError, naming it, when there is none.
Round existing_round(const Store& store, const std::string& name);

}  // namespace stakemap::store
