#include "store/map_history.hpp"

#include <charconv>
#include <stdexcept>

#include "core/errors.hpp"
#include "model/map.hpp"
#include "store/record_text.hpp"

namespace stakemap::store {

std::vector<LoggedBatch> logged_batches(const Store& store) {
  std::vector<LoggedBatch> out;
  for (auto& b : history(store)) {
    auto changes = batch_changes(store, b.id);
    out.push_back({std::move(b), std::move(changes)});
  }
  return out;
}

namespace {

// The positive whole number `key` spells exactly, or 0.
std::int64_t whole(const std::string& key) {
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), n);
  if (ec != std::errc() || end != key.data() + key.size() || n <= 0 || std::to_string(n) != key) return 0;
  return n;
}

// The key a record's text gives it, or "" when its kind keys records by row. Throws
// std::logic_error on a text that does not read back (record_from_text).
std::string key_of_text(Kind kind, const std::string& text) {
  switch (kind) {
    case Kind::territory: return record_from_text<model::Territory>(text).id;
    case Kind::organisation: return record_from_text<model::Organisation>(text).id;
    case Kind::flow: record_from_text<model::Flow>(text); return "";
    case Kind::need: return record_key(record_from_text<model::Need>(text));
    case Kind::answer: text_lines(text); return "";
    case Kind::provenance:
      if (text != fields_text({{"kind", "synthetic"}})) throw std::logic_error("not the synthetic mark");
      return "synthetic";
  }
  return "";
}

// Checks one change on its own: its entity, action, key and texts. Returns its kind.
Kind checked(const LoggedChange& c, const std::string& where) {
  auto fail = [&](const std::string& what) { throw InputError(where + ": " + what); };
  auto kind = kind_named(c.entity);
  if (!kind) fail("unknown entity '" + c.entity + "' in the change log");
  if (c.legacy())
    fail("a change of " + c.entity + " '" + c.key +
         "' without values (logged before map schema version 3): this history cannot be replayed");
  const char* action = !c.before ? "insert" : !c.after ? "delete" : "update";
  if (c.action != action)
    fail("action '" + c.action + "' does not match its before and after (" + action + " expected)");
  if (*kind == Kind::flow || *kind == Kind::answer) {
    if (whole(c.key) == 0 || whole(c.key) != c.row)
      fail(c.entity + " key '" + c.key + "' is not its row " + std::to_string(c.row));
  } else if (c.row < 0) {
    fail("row " + std::to_string(c.row) + " of " + c.entity + " '" + c.key + "' is negative");
  }
  for (const auto* text : {&c.before, &c.after}) {
    if (!*text) continue;
    std::string key;
    try {
      key = key_of_text(*kind, **text);
    } catch (const std::logic_error& e) {
      fail("the " + c.entity + " '" + c.key + "' logged is not a valid record (" + e.what() + ")");
    }
    if (!key.empty() && key != c.key) fail(c.entity + " logged with key '" + c.key + "' has the key '" + key + "'");
  }
  return *kind;
}

}  // namespace

Snapshot replay(const std::vector<LoggedBatch>& batches, const HistoryPlace& place) {
  Snapshot state;
  std::int64_t previous = 0;
  for (std::size_t b = 0; b < batches.size(); ++b) {
    const auto& batch = batches[b];
    if (batch.batch.id <= previous)
      throw InputError(place(b, batches[b].changes.size()) + ": batch " + std::to_string(batch.batch.id) +
                       " comes after batch " + std::to_string(previous) + " (batch ids must increase)");
    previous = batch.batch.id;
    for (std::size_t k = 0; k < batch.changes.size(); ++k) {
      const auto& c = batch.changes[k];
      const std::string where = place(b, k);
      auto& records = state.records[static_cast<int>(checked(c, where))];
      auto it = records.find(c.key);
      const bool exists = it != records.end();
      if (exists != c.before.has_value() || (exists && it->second.text != *c.before))
        throw InputError(where + ": " + c.entity + " '" + c.key + "' " +
                         (exists ? (c.before ? "was not as the batches before left it"
                                             : "is added but the batches before left it in the map")
                                 : "is changed or removed but the batches before did not leave it in the map"));
      if (c.after) records[c.key] = {c.row, *c.after, batch.batch.id};
      else records.erase(it);
    }
  }
  return state;
}

}  // namespace stakemap::store
