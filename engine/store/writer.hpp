#pragma once
// Writing to a map: one Writer = one batch = one IMMEDIATE transaction. Rows are upserted
// by key; only the fields named in `present` are changed on existing rows, so a file
// with fewer columns updates just those. Nothing is kept unless commit() is called.
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "model/map.hpp"
#include "store/profile.hpp"
#include "store/rounds.hpp"
#include "store/snapshot.hpp"
#include "store/store.hpp"
#include "store/tables.hpp"

namespace SQLite {
class Statement;
class Transaction;
}  // namespace SQLite

namespace stakemap::store {

struct LoggedBatch;  // store/map_history.hpp

/// Dataset column names a row carries; `all_fields()` means every field.
using FieldSet = std::set<std::string>;
const FieldSet& all_fields();

/// Counts of what a batch did, for the import report.
struct WriteCounts {
  long territories = 0, organisations = 0, flows = 0, needs = 0, answers = 0;
  long updated = 0;  ///< rows among those that already existed (the rest are new)
  /// Records remove_unwritten() deleted (import --replace), cascades included.
  long removed_territories = 0, removed_organisations = 0, removed_flows = 0, removed_needs = 0;
  long removed() const { return removed_territories + removed_organisations + removed_flows + removed_needs; }
};

/// Which kinds of record a replacing import carries (remove_unwritten deletes the others of those kinds).
struct Carried {
  bool territories = false, organisations = false, flows = false, needs = false;
};

/// A write batch on `store` (keeps a reference; the store must outlive it). Attributes with
/// an empty value are removed from the stored row rather than written.
class Writer final {
 public:
  /// Begins an IMMEDIATE transaction (waits up to the busy timeout for another writer,
  /// then throws InputError), records the batch (command, source file, the author
  /// default_author()) and reads the map as it is, for the change log.
  Writer(Store& store, const std::string& command, const std::string& source);
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  /// Who made the batch and why (batch.author, batch.note).
  void set_origin(const std::string& author, const std::string& note);
  /// The map as it was when the batch began (flows with their ids), and its records' rows.
  const model::Map& map_before() const { return before_map_; }
  const Store::Rows& rows_before() const { return before_rows_; }
  /// The map's records as they were when the batch began.
  const Snapshot& snapshot_before() const { return before_; }
  /// The batch's id.
  std::int64_t batch() const { return batch_; }

  /// Deletes everything in the map, survey answers and provenance included (whatif --save into
  /// a new map).
  void clear_all();
  /// Records that the map now holds synthetic records (table provenance; Map::synthetic).
  void mark_synthetic();
  /// Stores the map's profile and overlay (store/profile.hpp) and rewrites its taxonomy table.
  /// Not in the change log: undo keeps them.
  void set_vocabulary(const Vocabulary& vocabulary);
  /// Forgets the map's provenance (import --replace of its organisations and flows).
  void clear_provenance();
  /// Deletes the records of the kinds `carried` names that this batch did not write, and
  /// what hangs on them (import --replace); counts them in counts().
  void remove_unwritten(const Carried& carried);
  /// Writes `item` whole, every field and attribute, as the record with its identity (a
  /// territory's or organisation's id, a flow's `id`, a need's key): updated in place when it
  /// exists, else inserted at storage row `row` when that row is free (0: anywhere). A flow
  /// with id 0 is a new flow. Returns the record's row. Throws InputError when a flow or need
  /// would take the key of another.
  std::int64_t restore(const model::Territory& item, std::int64_t row);
  std::int64_t restore(const model::Organisation& item, std::int64_t row);
  std::int64_t restore(const model::Flow& item, std::int64_t row);
  std::int64_t restore(const model::Need& item, std::int64_t row);
  /// Writes a survey answer (its change-log text) whole at row `row`.
  void restore_answer(const std::string& text, std::int64_t row);
  /// Deletes the record of `kind` with change-log key `key`, and what the map's foreign keys
  /// delete with it (an organisation's flows). Throws InputError when a territory is still the
  /// parent of another.
  void remove(Kind kind, const std::string& key);
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
  /// Gives an empty map another map's history (import of `export json --with-history`): the
  /// batches of `batches` with their ids, times, authors and change log as they were, the
  /// records `state` holds (replay() of those batches) at their rows and flow ids, and
  /// `rounds`. This batch then records nothing of its own: commit() logs nothing and the next
  /// batch follows the last one restored. Precondition: the map has no records, batches or
  /// rounds. Throws InputError when a record cannot be written (a foreign key).
  void restore_history(const std::vector<LoggedBatch>& batches, const Snapshot& state,
                       const std::vector<Round>& rounds);
  const WriteCounts& counts() const { return counts_; }
  /// The records the batch has added, changed and removed so far: each record the batch wrote
  /// or deleted (cascades included) compared with its text when the batch began. Only a write
  /// the writer cannot follow (a parent link a replacing import drops from a kept territory)
  /// makes it read the whole map back and compare instead (changes_by_comparison()).
  const std::vector<RecordChange>& changes();
  /// What changes() gives, always computed by reading the whole map back and comparing it with
  /// the map when the batch began (the writer's fallback; tests compare the two).
  std::vector<RecordChange> changes_by_comparison();
  /// False once the batch made a write changes() cannot follow record by record (it then
  /// compares the whole map).
  bool follows_writes() const { return !untracked_; }
  /// For a batch that will not be committed (a dry run): the writer notes none of its writes,
  /// so its memory stays flat whatever the input; changes() then compares the whole map.
  void dry_run() {
    untracked_ = true;
    written_ = {};
  }
  /// Logs changes() in change_log and makes the batch durable. Without it the destructor
  /// rolls everything back.
  void commit(const std::string& summary);
  Store& store() { return store_; }

 private:
  /// What an upsert of a record's own row did.
  struct Upserted {
    bool changed = false;    ///< false: the row was left as it was (same key earlier in this batch)
    bool inserted = false;   ///< a new row (else an existing one was updated)
    std::int64_t rowid = 0;  ///< of the new row (0 after an update: see rowid_of)
  };
  /// A side or child table of an entity, with its statement reading a record's stored values.
  struct Other {
    Table table;
    SQLite::Statement* stored_of = nullptr;  ///< child tables only: (facet,) value by position
    std::string value_column;                ///< child tables only: the column of the values
    SQLite::Statement* insert = nullptr;     ///< child tables only: one row (owner, (facet,) value, position)
  };
  /// One row to insert into a child table.
  struct ChildRow {
    const char* facet;
    const std::string* value;
    int position;
  };
  /// A prepared upsert of one entity's own table for one set of present fields, and the
  /// entity's other tables.
  struct Upsert {
    const void* schema = nullptr;
    FieldSet present;
    std::vector<char> has;  ///< per field of the schema (by index): present (a set lookup per row costs)
    SQLite::Statement* statement = nullptr;
    SQLite::Statement* find = nullptr;  ///< the rowid of the record with a given key
    std::vector<Other> others;
  };
  /// Inserts `rows` of one record (`bind_owner` binds its id as parameter 1) into `other`'s table.
  void insert_children(Other& other, const std::function<void(SQLite::Statement&)>& bind_owner,
                       const std::vector<ChildRow>& rows);

  SQLite::Statement& statement(const std::string& sql);
  /// Upserts the fields of `item` that live in its entity's own table, as the schema says;
  /// `once` makes a second row with the same key in this batch a no-op.
  template <class T>
  Upserted upsert_own(const T& item, const FieldSet& present, bool once);
  /// The rowid of the stored record with the key of `item` (after upsert_own).
  template <class T>
  std::int64_t rowid_of(const T& item);
  /// The rowid that `item`'s child rows and attributes (when `attributes`) hang on, looked up
  /// after an update only when some are written; 0 when none is needed.
  template <class T>
  std::int64_t owner_rowid(const T& item, const Upserted& done, bool attributes);
  /// Writes the present fields (those of the last upsert_own) of `item` kept in side and child
  /// tables; `owner` is the id those tables refer to (text id, or the row id when `owner_text`
  /// is null). `fresh`: the record was just inserted, so it has no stored values to replace.
  template <class T>
  void put_other_tables(const T& item, const std::string* owner_text, std::int64_t owner_rowid, bool fresh);
  /// Writes the free attributes of the record `id` to `table` (owner column `owner`): a value
  /// sets its key, an empty value removes it; `replace` first removes every stored one.
  void put_attributes(const char* table, const char* owner, const std::string& id, const model::Attributes& attributes,
                      bool replace);
  /// Counts an update of an existing row.
  void log(bool existed);
  /// The own-table part of restore(): the row the record was written to.
  template <class T>
  std::int64_t restore_own(const T& item, std::int64_t row);
  /// Rewrites every side and child table value and attribute of a restored record.
  template <class T>
  void restore_others(const T& item, const std::string* owner_text, std::int64_t owner_row);
  /// Logs changes() in change_log and records the batch's summary, author and note (commit()).
  void log_changes(const std::string& summary);
  /// Runs a statement that writes `what`, turning a broken constraint into an InputError.
  void run_checked(SQLite::Statement& q, const std::string& what);

  // The change log of the records the batch touched (writer_log.cpp).
  /// A record's state after the writes so far: its row and text (nullopt: removed).
  struct Written {
    std::int64_t row = 0;
    std::optional<std::string> text;
  };
  /// Starts capturing the records SQL deletes (cascades, bulk deletes) in a temporary table.
  void capture_deletions();
  /// Notes that the record `key` of `kind` is now at `row` with `text` (nullopt: removed).
  void note(Kind kind, std::string key, std::int64_t row, std::optional<std::string> text);
  /// Notes the record an upsert of `item` (the fields of the last upsert_own) left at `row`,
  /// from the record before it and `item`; `attributes`: 0 not written, 1 merged, 2 replaced.
  template <class T>
  void note_upsert(const T& item, const std::string& key, std::int64_t row, bool inserted, int attributes);
  /// The record `key` of `kind` as the batch's writes so far left it (nullopt: none).
  template <class T>
  std::optional<T> current(Kind kind, const std::string& key);
  /// The storage row of the record `key` as the writes so far left it (0: unknown).
  std::int64_t current_row(Kind kind, const std::string& key) const;
  /// changes() from written_ and the captured deletions; false when a write was not followed.
  bool tracked_changes();

  std::array<std::unordered_map<std::string, Written>, kKinds> written_;
  bool untracked_ = false;  ///< a write the writer could not follow: changes() compares the whole map
  std::unordered_map<std::string, std::size_t> before_flows_, before_needs_;  ///< positions in before_map_

  Store& store_;
  std::unique_ptr<SQLite::Transaction> tx_;
  std::int64_t batch_ = 0;
  std::int64_t flow_sequence_before_ = 0;  ///< the flow table's AUTOINCREMENT counter when the batch began
  WriteCounts counts_;
  std::map<std::string, std::unique_ptr<SQLite::Statement>> statements_;
  SQLite::Statement* log_ = nullptr;                           // prepared once, hot
  Upsert upserts_[4];                                          // per model::Entity
  std::map<const void*, SQLite::Statement*> remove_children_;  // per list field: its values of a record
  std::unordered_set<std::string> created_territories_;
  model::Map before_map_;
  Store::Rows before_rows_;
  Snapshot before_;
  std::vector<RecordChange> changes_;
  bool stale_ = true;      ///< changes_ may not reflect the latest writes
  bool restored_ = false;  ///< restore_history() ran: commit() logs nothing
  std::string author_, note_;
};

}  // namespace stakemap::store
