#pragma once
// The change log in stakemap JSON (`export json --with-history`, docs/interop.md): the member
// "history", one object per batch with its records before and after, written and read back.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "interop/json_reader.hpp"
#include "interop/json_writer.hpp"
#include "model/map.hpp"
#include "store/map_history.hpp"
#include "store/rounds.hpp"

namespace stakemap::interop {

/// Writes `"history": [...]`, each batch (`batch`, `at`, `author` only when `personal`,
/// `command`, `source`, `summary`, `note`, `changes`: their number), then `"changes": [...]`,
/// every change of every batch in the order logged (`batch`, `action`, `entity`, `key`, `row`,
/// `before`, `after`: a record as an object of its fields, null when it did not exist).
void write_history(JsonWriter& json, const std::vector<store::LoggedBatch>& batches, bool personal);

/// Leaves out of `map` and `batches` together what an export without personal data leaves out:
/// contacts and the free attributes personal by rule (judged on the map's and the log's values
/// together, so that the log still replays into the map) from organisations and flows, the
/// free text of survey answers (`other_text`), batches' authors, sources and summaries, and
/// their command lines but for the command's name (a command line repeats the values it set).
/// Records stay logged even when only personal data changed.
void remove_personal_history(model::Map& map, std::vector<store::LoggedBatch>& batches);

/// The whole number from 0 to 2^53 a JSON number holds, as JsonWriter writes it (`1e+05` for
/// 100000: shortest round-trip form); nullopt for anything else (a fraction, a negative number,
/// a string).
std::optional<std::int64_t> whole_number(const JsonValue& v);

/// One batch of "history" as read (without its changes). Throws InputError "file:line:column:
/// ..." when `item` is not a batch object as write_history writes it.
store::LoggedBatch read_history_batch(const JsonValue& item, const std::string& file);
/// One change of "changes" as read (LoggedChange::batch names its batch). Throws as above.
store::LoggedChange read_history_change(const JsonValue& item, const std::string& file);
/// The rounds of "rounds" as read (ids 1, 2, ... in order). Throws InputError as above.
std::vector<store::Round> read_rounds(const JsonValue& list, const std::string& file);

}  // namespace stakemap::interop
