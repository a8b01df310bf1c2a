#pragma once
// Undo: a batch reverted by a new batch that writes back every record it changed as it was
// before (docs/history.md). An undo is itself a batch, so undoing it redoes.
#include <cstdint>
#include <optional>

#include "edit/edit.hpp"
#include "store/store.hpp"

namespace stakemap::edit {

/// Reverts batch `batch` (default: the last one) in a new batch. Throws InputError when the map
/// has no batch, when the batch was logged before the change log kept values, when a record it
/// changed is no longer as it left it (naming the later batches that touched its records: undo
/// those first), or when reverting it
/// would change other records too (an organisation removed with flows added since).
EditResult undo(store::Store& store, std::optional<std::int64_t> batch, const Origin& origin);

}  // namespace stakemap::edit
