#pragma once
// Reading stakemap's own JSON (`export json`, docs/interop.md "stakemap JSON") back: its
// territories, organisations, flows and needs go to a MapBuilder (the checks of every import
// path), flow ids, the synthetic mark, rounds and history (`--with-history`) are kept aside.
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "interop/map_builder.hpp"
#include "store/map_history.hpp"
#include "store/rounds.hpp"

namespace stakemap::interop {

/// The version of stakemap JSON this build writes and reads.
inline constexpr int kStakemapJsonVersion = 1;

/// What a stakemap JSON file carries besides its items.
struct StakemapJson {
  std::vector<std::int64_t> flow_ids;  ///< the "id" of each flow, in file order (0: none given)
  bool synthetic = false;
  std::vector<store::Round> rounds;
  /// The batches of "history" (export json --with-history); nullopt when the file has none.
  std::optional<std::vector<store::LoggedBatch>> history;
  /// Where each batch of history starts (line, column), and each of its changes, batch after
  /// batch (as history's changes follow each other), for messages.
  std::vector<std::pair<long, long>> batch_places, change_places;
};

/// Batches and changes one stakemap JSON file may hold in its history: the item limit of an
/// interchange import (docs/security.md, "Limits"); a change is held as it was read (its
/// records' texts and about 300 bytes).
inline constexpr std::size_t kMaxHistoryItems = MapBuilder::kMaxItems;

/// Reads the stakemap JSON `in` into `builder` as it streams. Throws InputError "file:line:
/// column: ..." when the file is not stakemap JSON ("format" other than "stakemap"), its
/// "version" is not one this build reads, or its shape is not the format's; bad values of the
/// items are reported to the builder's diagnostics, every one.
StakemapJson read_stakemap_json(std::istream& in, MapBuilder& builder);

}  // namespace stakemap::interop
