#pragma once
// The map as it was at an earlier point of its history (after a given batch), rebuilt in memory
// from the current map and the change log: for comparing rounds (diff --view analysis, report
// --since) without touching the stored map.
#include <cstdint>

#include "model/map.hpp"
#include "store/store.hpp"

namespace stakemap::store {

/// The map after batch `batch`: the current map with every record changed by a later batch put
/// back as it was after `batch` (removed when it did not exist yet). Records keep their current
/// order; those put back follow, in change-log order; the synthetic mark is the one of then.
/// O(map + changes since `batch`). Throws InputError when a batch since was logged before the
/// change log kept values (see changes_between()).
model::Map map_at(const Store& store, std::int64_t batch);

}  // namespace stakemap::store
