#pragma once
// Reading the change log: the records each batch changed, with their text before and after
// (store/record_text.hpp), for history, undo and the differences between rounds.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/snapshot.hpp"
#include "store/store.hpp"

namespace stakemap::store {

/// One row of change_log with its batch's time, author and note.
struct LoggedChange {
  std::int64_t batch = 0;
  std::string at, author, note, command;
  std::string entity, key, action;
  std::int64_t row = 0;
  std::optional<std::string> before, after;
  /// True for a row written before schema version 3, which kept no values.
  bool legacy() const { return !before && !after; }
};

/// Which changes to read.
struct ChangeFilter {
  std::string entity, key;        ///< one record ("" = any)
  std::string org;                ///< an organisation: its own record, its flows and the needs it reported
  std::int64_t after_batch = -1;  ///< only batches after this one
  std::string since;              ///< only batches at or after this time (ISO 8601 prefix)
  long limit = -1;                ///< at most this many records (-1: all)
};

/// The changes `filter` selects, newest first.
std::vector<LoggedChange> logged_changes(const Store& store, const ChangeFilter& filter);
/// Every change of batch `batch`, in the order logged.
std::vector<LoggedChange> batch_changes(const Store& store, std::int64_t batch);
/// The id of the latest batch (0 for a map never written).
std::int64_t last_batch(const Store& store);
/// The batch `batch` when it exists: its command.
std::optional<std::string> batch_command(const Store& store, std::int64_t batch);
/// The batches after `batch` that changed a record `batch` changed, oldest first, each with its command.
std::vector<std::pair<std::int64_t, std::string>> later_batches_touching(const Store& store, std::int64_t batch);

/// The records that differ between the map after batch `from` and after batch `to` (from <
/// to), as the change log of the batches in between says: each record's text after `from` and
/// after `to`. Throws InputError when a batch in between was logged before version 3.
std::vector<RecordChange> changes_between(const Store& store, std::int64_t from, std::int64_t to);

}  // namespace stakemap::store
