#pragma once
// The records of a map as the change log sees them — each record's identity, storage row and
// text (store/record_text.hpp) — and the differences between two such states. A Writer takes
// one when its batch begins and one before it commits, and logs their difference: so every
// way of writing a map (imports, edits, undo, --replace, whatif --save) is logged alike.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/map.hpp"
#include "store/store.hpp"

namespace stakemap::store {

/// What the change log records: the four entities of the schema, survey answers, and the
/// map's provenance marks (one record, key "synthetic", while the map holds synthetic data).
enum class Kind { territory, organisation, flow, need, answer, provenance };
inline constexpr int kKinds = 6;
/// "territory", "organisation", "flow", "need", "answer", "provenance" (change_log.entity).
const char* kind_name(Kind kind);
/// The kind named `name`, or nullopt.
std::optional<Kind> kind_named(std::string_view name);

/// A record's identity in the change log (change_log.key): the id of a territory or an
/// organisation, the stable id of a flow or an answer, `territory|need|reported_by` for a need.
std::string record_key(const model::Need& need);

/// One record's storage row and text.
struct RecordState {
  std::int64_t row = 0;
  std::string text;
  std::int64_t batch = 0;  ///< the last batch that wrote it (replay() only; 0 elsewhere)
};

/// Every record of a map, by kind and key.
struct Snapshot {
  std::array<std::unordered_map<std::string, RecordState>, kKinds> records;
  const std::unordered_map<std::string, RecordState>& of(Kind k) const { return records[static_cast<int>(k)]; }
};

/// The records of `map` (loaded with its `rows`) and the survey answers stored in `store`.
Snapshot snapshot(const Store& store, const model::Map& map, const Store::Rows& rows);

/// One record added, changed or removed: its text before (nullopt: it did not exist) and after.
struct RecordChange {
  Kind kind = Kind::organisation;
  std::string key;
  std::int64_t row = 0;
  std::optional<std::string> before, after;
  /// "insert", "update" or "delete" (change_log.action).
  const char* action() const { return !before ? "insert" : !after ? "delete" : "update"; }
};

/// The records whose text differs between `before` and `after`, by kind (in Kind order) and
/// then by storage row.
std::vector<RecordChange> differences(const Snapshot& before, const Snapshot& after);

}  // namespace stakemap::store
