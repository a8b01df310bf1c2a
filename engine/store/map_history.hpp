#pragma once
// A map's whole history as it travels in stakemap JSON (`export json --with-history`): every
// batch with its change log, read from one map, checked by replaying it, and written into a new
// map by Writer::restore_history (docs/history.md, "History in stakemap JSON").
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "store/changes.hpp"
#include "store/history.hpp"
#include "store/snapshot.hpp"
#include "store/store.hpp"

namespace stakemap::store {

/// One batch and the records it changed, in the order logged.
struct LoggedBatch {
  Batch batch;
  std::vector<LoggedChange> changes;
};

/// Every batch of `store` with its change log, oldest first.
std::vector<LoggedBatch> logged_batches(const Store& store);

/// Names the place of change `change` of batch `batch` (indices) in messages, e.g.
/// "map.json:12:7".
using HistoryPlace = std::function<std::string(std::size_t batch, std::size_t change)>;

/// The records the change log of `batches` leaves when replayed from an empty map, by kind and
/// key, each with its row, its text and (RecordState::batch) the last batch that wrote it.
/// Throws InputError, prefixed by `place`, when the log does not hold together: batch ids not
/// increasing, an unknown entity or action, a change logged before values were kept, a flow or
/// answer key that is not its row, an insert of a record that exists, or a `before` that is not
/// the record as the batches before left it.
Snapshot replay(const std::vector<LoggedBatch>& batches, const HistoryPlace& place);

}  // namespace stakemap::store
