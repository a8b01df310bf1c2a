#pragma once
// Writing to a map: one Writer = one batch = one IMMEDIATE transaction. Rows are upserted
// by key; only the fields named in `present` are changed on existing rows, so a file
// with fewer columns updates just those. Nothing is kept unless commit() is called.
#include <map>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>
#include <unordered_set>

#include "model/map.hpp"
#include "store/store.hpp"

namespace SQLite {
class Statement;
class Transaction;
}  // namespace SQLite

namespace stakemap::store {

/// Dataset column names a row carries; `all_fields()` means every field.
using FieldSet = std::set<std::string>;
const FieldSet& all_fields();

/// Counts of what a batch did, for the import report.
struct WriteCounts {
  long territories = 0, organisations = 0, flows = 0, needs = 0, answers = 0;
  long updated = 0;  ///< rows among those that already existed (the rest are new)
};

/// A write batch on `store` (keeps a reference; the store must outlive it). Attributes with
/// an empty value are removed from the stored row rather than written.
class Writer final {
 public:
  /// Begins an IMMEDIATE transaction (waits up to the busy timeout for another writer,
  /// then throws InputError) and records the batch (command, source file).
  Writer(Store& store, const std::string& command, const std::string& source);
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  /// Deletes everything in the map, survey answers included (for --replace).
  void clear_all();
  /// Upserts a territory and (when part_of is present) its parents; `count` false for a
  /// first pass that creates the rows before parents defined later can be linked.
  void put_territory(const model::Territory& t, bool count = true, const FieldSet& present = all_fields());
  /// Upserts `territories` in two passes, the rows first and then their parents, so that a
  /// territory may be part of one that comes later in the list. Every import writes
  /// territories through here.
  void put_territories(const std::vector<model::Territory>& territories, const FieldSet& present = all_fields());
  void put_org(const model::Organisation& o, const FieldSet& present);
  /// Keyed by (from, to, status, basis, population). Returns false (and changes nothing) when this
  /// batch already wrote a flow with the same key.
  bool put_flow(const model::Flow& f, const FieldSet& present);
  /// Keyed by (territory, need, reported_by). Returns false (and changes nothing) when this
  /// batch already wrote a need with the same key.
  bool put_need(const model::Need& n);
  /// Records one survey answer.
  void put_answer(const std::string& questionnaire, const std::string& respondent, const std::string& org,
                  const std::string& question, const std::string& scope, const std::string& value,
                  const std::string& other_text);
  /// Writes the whole `map` in place of the stored one (clear_all(), then every item).
  void replace_with(const model::Map& map);
  const WriteCounts& counts() const { return counts_; }
  /// Makes the batch durable. Without it the destructor rolls everything back.
  void commit(const std::string& summary);
  Store& store() { return store_; }

 private:
  SQLite::Statement& statement(const std::string& sql);
  SQLite::Statement& flow_upsert(const FieldSet& present);
  /// Runs a bound upsert: {false, 0} when it changed nothing, else {true, id of the row
  /// inserted, or 0 when an existing row was updated}.
  std::pair<bool, std::int64_t> upsert(SQLite::Statement& q);
  /// Records an insert or update in change_log (and counts updates).
  void log(const char* entity, const std::string& key, bool existed);
  void log_action(const char* entity, const std::string& key, const char* action);
  bool exists(const char* table, const std::string& id);

  Store& store_;
  std::unique_ptr<SQLite::Transaction> tx_;
  std::int64_t batch_ = 0;
  WriteCounts counts_;
  std::map<std::string, std::unique_ptr<SQLite::Statement>> statements_;
  SQLite::Statement* log_ = nullptr;          // prepared once, hot
  SQLite::Statement* flow_upsert_ = nullptr;  // for flow_mask_
  unsigned flow_mask_ = 0;
  FieldSet flow_present_;  // the fields flow_mask_ was computed from
  std::unordered_set<std::string> created_territories_;
};

}  // namespace stakemap::store
