#include "store/writer.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <iterator>
#include <vector>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "model/schema.hpp"
#include "store/history.hpp"
#include "store/layout_cache.hpp"
#include "store/record_text.hpp"
#include "store/tables.hpp"

namespace stakemap::store {

const FieldSet& all_fields() {
  static const FieldSet all{"*"};
  return all;
}

namespace {
bool has(const FieldSet& present, const char* field) { return present.count("*") > 0 || present.count(field) > 0; }

// "INSERT ... ON CONFLICT(key) DO UPDATE SET" for the columns present, the rest kept.
std::string upsert_sql(const std::string& table, const std::vector<std::pair<const char*, bool>>& columns,
                       const std::string& conflict, const std::string& returning = "") {
  std::string names, values, updates;
  for (const auto& [name, update] : columns) {
    names += std::string(names.empty() ? "" : ", ") + name;
    values += values.empty() ? "?" : ", ?";
    if (update) updates += std::string(updates.empty() ? "" : ", ") + name + " = excluded." + name;
  }
  std::string sql = "INSERT INTO " + table + "(" + names + ") VALUES (" + values + ") ON CONFLICT(" + conflict + ")";
  sql += updates.empty() ? " DO NOTHING" : " DO UPDATE SET " + updates;
  return sql + returning;
}
}  // namespace

Writer::Writer(Store& store, const std::string& command, const std::string& source) : store_(store) {
  // A large batch touches index pages all over the file: a page cache of up to 256 MiB keeps
  // them in memory instead of spilling to the WAL and reading them back (docs/benchmarks.md).
  store.db().exec("PRAGMA cache_size = -" + std::to_string(store.write_cache_mib() * 1024));
  try {
    tx_ = std::make_unique<SQLite::Transaction>(store.db(), SQLite::TransactionBehavior::IMMEDIATE);
  } catch (const SQLite::Exception& e) {
    throw InputError(store.path() + ": cannot start writing (another process is writing this map?): " + e.what());
  }
  SQLite::Statement q(store.db(), "INSERT INTO batch(at, command, source) VALUES (?, ?, ?)");
  q.bind(1, now_utc());
  q.bind(2, command);
  q.bind(3, source);
  q.exec();
  batch_ = store.db().getLastInsertRowid();
  capture_deletions();
  SQLite::Statement sequence(store.db(), "SELECT seq FROM sqlite_sequence WHERE name = 'flow'");
  if (sequence.executeStep()) flow_sequence_before_ = sequence.getColumn(0).getInt64();
  author_ = default_author();
  before_map_ = store.load(&before_rows_);
  before_ = snapshot(store, before_map_, before_rows_);
}

Writer::~Writer() = default;  // an uncommitted SQLite::Transaction rolls back

SQLite::Statement& Writer::statement(const std::string& sql) {
  stale_ = true;  // every write goes through here (and the odd read, which costs a reload at most)
  auto& st = statements_[sql];
  if (!st) st = std::make_unique<SQLite::Statement>(store_.db(), sql);
  st->reset();
  st->clearBindings();
  return *st;
}

void Writer::log(bool existed) {
  if (existed) ++counts_.updated;
}

void Writer::set_origin(const std::string& author, const std::string& note) {
  author_ = author;
  note_ = note;
}

const std::vector<RecordChange>& Writer::changes() {
  if (!stale_) return changes_;
  stale_ = false;
  if (!tracked_changes()) changes_ = changes_by_comparison();
  return changes_;
}

std::vector<RecordChange> Writer::changes_by_comparison() {
  Store::Rows rows;
  auto map = store_.load(&rows);
  return differences(before_, snapshot(store_, map, rows));
}

void Writer::clear_all() {
  store_.db().exec(
      "DELETE FROM survey_answer; DELETE FROM need; DELETE FROM flow_attribute; DELETE FROM flow_code;"
      "DELETE FROM flow; DELETE FROM contact; DELETE FROM org_attribute; DELETE FROM org_code;"
      "DELETE FROM organisation; DELETE FROM territory_parent; DELETE FROM territory_attribute; DELETE FROM territory;"
      "DELETE FROM provenance;");
  note(Kind::provenance, "synthetic", 0, std::nullopt);  // the other records' deletions are captured
  created_territories_.clear();
  stale_ = true;
}

void Writer::set_vocabulary(const Vocabulary& vocabulary) { write_vocabulary(store_.db(), vocabulary); }

void Writer::clear_provenance() {
  store_.db().exec("DELETE FROM provenance");
  note(Kind::provenance, "synthetic", 0, std::nullopt);
}

void Writer::mark_synthetic() {
  auto& q = statement("INSERT OR IGNORE INTO provenance(kind, batch) VALUES ('synthetic', ?)");
  q.bind(1, batch_);
  q.exec();
  note(Kind::provenance, "synthetic", 0, fields_text({{"kind", "synthetic"}}));
}

template <class T>
Writer::Upserted Writer::upsert_own(const T& item, const FieldSet& present, bool once) {
  stale_ = true;
  const auto& s = model::schema<T>();
  auto& u = upserts_[static_cast<int>(s.entity())];
  // The rows of a file share one FieldSet: comparing it is cheaper than building the SQL.
  if (!u.statement || u.schema != &s || u.present != present) {
    std::vector<std::pair<const char*, bool>> columns;
    std::string conflict;
    for (const auto& f : s.fields()) {
      if (!in_own_table(f, s.table())) continue;
      if (f.list) throw std::logic_error(std::string("store: list field '") + f.name + "' needs a child table");
      columns.emplace_back(f.storage.column, !f.key() && has(present, f.name));
      if (f.key()) conflict += std::string(conflict.empty() ? "" : ", ") + f.storage.column;
    }
    columns.emplace_back("batch", true);
    std::string table = s.table();
    // The WHERE makes a second row with the same key in this batch a no-op (no row returned).
    std::string tail = once ? " WHERE " + table + ".batch IS NOT excluded.batch" : "";
    u.schema = &s;
    u.present = present;
    u.has.clear();
    for (const auto& f : s.fields()) u.has.push_back(has(present, f.name) ? 1 : 0);
    u.statement = &statement(upsert_sql(table, columns, conflict, tail));
    std::string where;
    for (const auto& f : s.fields())
      if (f.key()) where += std::string(where.empty() ? " WHERE " : " AND ") + f.storage.column + " = ?";
    u.find = &statement("SELECT rowid FROM " + table + where);
    u.others.clear();
    for (auto& t : other_tables<T>()) {
      std::string facet = t.facet ? std::string(t.facet) + ", " : "";
      std::string value;  // the value column (one per child table)
      for (const auto& f : s.fields())
        if (t.name == f.storage.table) value = f.storage.column;
      SQLite::Statement* stored_of = t.child ? &statement("SELECT " + facet + value + " FROM " + t.name + " WHERE " +
                                                          t.owner + " = ? ORDER BY " + facet + "position")
                                             : nullptr;
      u.others.push_back({std::move(t), stored_of, value, nullptr});
    }
  }
  auto& q = *u.statement;
  q.reset();
  // Every parameter is bound on every row; the strings outlive the step, so SQLite need not copy them.
  int i = 1;
  for (const auto& f : s.fields()) {
    if (!in_own_table(f, s.table())) continue;
    if (f.text) {
      q.bindNoCopy(i++, item.*f.text);
    } else if (const auto& n = item.*f.number) {
      q.bind(i++, *n);
    } else {
      q.bind(i++);  // NULL
    }
  }
  q.bind(i, batch_);
  // sqlite3_last_insert_rowid changes only when a row is inserted, not when the upsert
  // updates one: zero it first to tell the two apart. (Not RETURNING: SQLite builds a
  // temporary table for it on every execution, which costs more than this on large imports.)
  sqlite3* db = store_.db().getHandle();
  sqlite3_set_last_insert_rowid(db, 0);
  Upserted out;
  if (q.exec() == 0) return out;  // the DO UPDATE's WHERE refused: same key in this batch
  out.changed = true;
  out.rowid = sqlite3_last_insert_rowid(db);
  out.inserted = out.rowid != 0;
  return out;
}

template <class T>
std::int64_t Writer::owner_rowid(const T& item, const Upserted& done, bool attributes) {
  if (done.inserted) return done.rowid;
  const auto& s = model::schema<T>();
  const auto& u = upserts_[static_cast<int>(s.entity())];  // prepared by upsert_own for `present`
  bool lists = false;
  std::size_t k = 0;
  for (const auto& f : s.fields()) {
    bool here = u.has[k++] != 0;
    lists = lists || (f.list && here);
  }
  return lists || attributes ? rowid_of(item) : 0;
}

template <class T>
std::int64_t Writer::rowid_of(const T& item) {
  const auto& s = model::schema<T>();
  auto& find = *upserts_[static_cast<int>(s.entity())].find;
  find.reset();
  int i = 1;
  for (const auto& f : s.fields())
    if (f.key()) find.bindNoCopy(i++, item.*f.text);
  if (!find.executeStep())
    throw std::logic_error(std::string("store: a ") + s.table() + " row just written is missing");
  std::int64_t id = find.getColumn(0).getInt64();
  find.reset();
  return id;
}

void Writer::insert_children(Other& other, const std::function<void(SQLite::Statement&)>& bind_owner,
                             const std::vector<ChildRow>& rows) {
  const Table& t = other.table;
  // One row per statement: a statement inserting several rows may abort halfway, so SQLite keeps
  // a statement journal for it, which costs more than the extra steps (spilled to a temporary
  // file on large imports: docs/benchmarks.md).
  if (!other.insert)
    other.insert =
        &statement("INSERT INTO " + t.name + "(" + t.owner + ", " + (t.facet ? std::string(t.facet) + ", " : "") +
                   other.value_column + ", position) VALUES (?, ?, ?" + (t.facet ? ", ?)" : ")"));
  auto& q = *other.insert;
  if (rows.empty()) return;
  q.reset();
  bind_owner(q);  // bindings outlive reset(): the owner is bound once per record
  const int value_at = t.facet ? 3 : 2;
  for (const auto& r : rows) {
    if (t.facet) q.bindNoCopy(2, r.facet);
    q.bindNoCopy(value_at, *r.value);
    q.bind(value_at + 1, r.position);
    q.exec();
    q.reset();
  }
}

template <class T>
void Writer::put_other_tables(const T& item, const std::string* owner_text, std::int64_t owner_rowid, bool fresh) {
  const auto& s = model::schema<T>();
  auto bind_owner = [&](SQLite::Statement& q, int at) {
    if (owner_text) q.bindNoCopy(at, *owner_text);
    else q.bind(at, owner_rowid);
  };
  auto& u = upserts_[static_cast<int>(s.entity())];  // prepared by upsert_own for these fields
  std::vector<ChildRow> rows;
  for (auto& other : u.others) {
    const auto& table = other.table;
    if (!table.child) {  // a side table: one upsert of the fields present
      std::vector<std::pair<const char*, bool>> columns{{table.owner, false}};
      std::vector<const model::Field<T>*> fields;
      bool any = false;
      std::size_t k = 0;
      for (const auto& f : s.fields()) {
        bool here = u.has[k++] != 0;
        if (table.name != f.storage.table) continue;
        columns.emplace_back(f.storage.column, here);
        fields.push_back(&f);
        any = any || here;
      }
      if (!any) continue;
      auto& q = statement(upsert_sql(table.name, columns, table.owner));
      bind_owner(q, 1);
      for (std::size_t i = 0; i < fields.size(); ++i) q.bindNoCopy(static_cast<int>(i) + 2, item.*fields[i]->text);
      q.exec();
      continue;
    }
    // Stored values are replaced field by field, only where they differ: a re-import mostly
    // repeats them, and reading them costs less than rewriting. A record just inserted has none.
    std::vector<std::pair<std::string, std::string>> stored;  // (facet, value), in order
    if (!fresh) {
      auto& read = *other.stored_of;
      read.reset();
      bind_owner(read, 1);
      while (read.executeStep())
        stored.emplace_back(table.facet ? read.getColumn(0).getString() : "",
                            read.getColumn(table.facet ? 1 : 0).getString());
      read.reset();
    }
    rows.clear();  // the values of every field to (re)write, inserted together
    std::size_t k = 0;
    for (const auto& f : s.fields()) {
      bool here = u.has[k++] != 0;
      if (table.name != f.storage.table || !here) continue;
      const auto& values = item.*f.list;
      if (!fresh) {
        std::size_t had = 0;
        bool same = true;
        for (const auto& [facet, value] : stored)
          if (!table.facet || facet == f.storage.facet) {
            same = same && had < values.size() && values[had] == value;
            ++had;
          }
        if (same && had == values.size()) continue;
        auto& remove = remove_children_[&f];
        if (!remove)
          remove = &statement("DELETE FROM " + table.name + " WHERE " + table.owner + " = ?" +
                              (table.facet ? std::string(" AND ") + table.facet + " = ?" : ""));
        remove->reset();
        bind_owner(*remove, 1);
        if (table.facet) remove->bindNoCopy(2, f.storage.facet);
        if (had) remove->exec();
      }
      for (std::size_t i = 0; i < values.size(); ++i)
        rows.push_back({f.storage.facet, &values[i], static_cast<int>(i)});
    }
    insert_children(
        other, [&](SQLite::Statement& q) { bind_owner(q, 1); }, rows);
  }
}

void Writer::put_territory(const model::Territory& t, bool count, const FieldSet& present) {
  auto done = upsert_own(t, present, false);
  // A first pass (count false) may have created the territory in this batch: it is new.
  bool existed = !done.inserted && !created_territories_.count(t.id);
  if (!count && done.inserted) created_territories_.insert(t.id);
  put_other_tables(t, &t.id, 0, done.inserted);
  const bool replace = present.count("*") && !done.inserted;
  note_upsert(t, t.id, done.inserted ? done.rowid : current_row(Kind::territory, t.id), done.inserted,
              !count    ? 0
              : replace ? 2
                        : 1);
  if (!count) return;
  put_attributes("territory_attribute", "territory", t.id, t.attributes, replace);
  log(existed);
  ++counts_.territories;
}

void Writer::put_attributes(const char* table, const char* owner, const std::string& id,
                            const model::Attributes& attributes, bool replace) {
  const std::string where = std::string(" WHERE ") + owner + " = ?";
  if (replace) {
    auto& del = statement(std::string("DELETE FROM ") + table + where);
    del.bind(1, id);
    del.exec();
  }
  for (const auto& [key, value] : attributes) {
    auto& a = statement(value.empty() ? std::string("DELETE FROM ") + table + where + " AND key = ?"
                                      : std::string("INSERT OR REPLACE INTO ") + table + "(" + owner +
                                            ", key, value) VALUES (?, ?, ?)");
    a.bind(1, id);
    a.bind(2, key);
    if (!value.empty()) a.bind(3, value);
    a.exec();
  }
}

void Writer::put_territories(const std::vector<model::Territory>& territories, const FieldSet& present) {
  for (const auto& t : territories) {
    auto copy = t;
    copy.parents.clear();  // parents may come later in the list
    put_territory(copy, false, present);
  }
  for (const auto& t : territories) put_territory(t, true, present);
}

void Writer::put_org(const model::Organisation& o, const FieldSet& present) {
  auto done = upsert_own(o, present, false);
  put_other_tables(o, &o.id, 0, done.inserted);
  const bool replace = present.count("*") && !done.inserted;
  put_attributes("org_attribute", "org", o.id, o.attributes, replace);
  note_upsert(o, o.id, done.inserted ? done.rowid : current_row(Kind::organisation, o.id), done.inserted,
              replace ? 2 : 1);
  log(!done.inserted);
  ++counts_.organisations;
}

bool Writer::put_flow(const model::Flow& f, const FieldSet& present) {
  auto done = upsert_own(f, present, true);
  if (!done.changed) return false;
  std::int64_t id = done.inserted ? done.rowid : rowid_of(f);  // the flow's change-log key
  put_other_tables(f, nullptr, id, done.inserted);
  for (const auto& [key, value] : f.attributes) {
    auto& a = statement(value.empty() ? "DELETE FROM flow_attribute WHERE flow = ? AND key = ?"
                                      : "INSERT OR REPLACE INTO flow_attribute(flow, key, value) VALUES (?, ?, ?)");
    a.bind(1, id);
    a.bind(2, key);
    if (!value.empty()) a.bind(3, value);
    a.exec();
  }
  note_upsert(f, std::to_string(id), id, done.inserted, 1);
  log(!done.inserted);
  ++counts_.flows;
  return true;
}

bool Writer::put_need(const model::Need& n) {
  auto done = upsert_own(n, all_fields(), true);
  if (!done.changed) return false;
  put_other_tables(n, nullptr, owner_rowid(n, done, false), done.inserted);
  auto key = record_key(n);
  note_upsert(n, key, done.inserted ? done.rowid : current_row(Kind::need, key), done.inserted, 0);
  log(!done.inserted);
  ++counts_.needs;
  return true;
}

void Writer::put_answer(const std::string& questionnaire, const std::string& respondent, const std::string& org,
                        const std::string& question, const std::string& scope, const std::string& value,
                        const std::string& other_text) {
  auto& q = statement(
      "INSERT INTO survey_answer(questionnaire, respondent, org, question, scope, value, other_text, batch) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, questionnaire);
  q.bind(2, respondent);
  q.bind(3, org);
  q.bind(4, question);
  q.bind(5, scope);
  q.bind(6, value);
  q.bind(7, other_text);
  q.bind(8, batch_);
  q.exec();
  auto row = store_.db().getLastInsertRowid();
  note(Kind::answer, std::to_string(row), row,
       fields_text({{"questionnaire", questionnaire},
                    {"respondent", respondent},
                    {"org", org},
                    {"question", question},
                    {"scope", scope},
                    {"value", value},
                    {"other_text", other_text}}));
  ++counts_.answers;
}

void Writer::replace_with(const model::Map& map) {
  clear_all();  // survey answers too, as every import's --replace (docs/dataset.md)
  if (map.synthetic) mark_synthetic();
  set_vocabulary({map.profile(), map.taxonomy_overlay()});
  put_territories(map.territories);
  for (const auto& o : map.organisations) put_org(o, all_fields());
  for (const auto& f : map.flows)
    if (!put_flow(f, all_fields()))
      throw InputError("two flows " + f.from + " -> " + f.to + " share status " + f.status + ", basis " + f.basis +
                       " and population " + f.population);
  for (const auto& n : map.needs)
    if (!put_need(n))
      throw InputError("two needs " + n.need + " in " + n.territory + " share reported_by '" + n.reported_by + "'");
}

void Writer::log_changes(const std::string& summary) {
  changes();
  auto& log =
      statement("INSERT INTO change_log(batch, entity, key, action, row, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const auto& c : changes_) {
    log.reset();
    log.bind(1, batch_);
    log.bind(2, kind_name(c.kind));
    log.bindNoCopy(3, c.key);
    log.bind(4, c.action());
    log.bind(5, c.row);
    if (c.before) log.bindNoCopy(6, *c.before);
    else log.bind(6);
    if (c.after) log.bindNoCopy(7, *c.after);
    else log.bind(7);
    log.exec();
  }
  auto& q = statement("UPDATE batch SET summary = ?, author = ?, note = ? WHERE id = ?");
  q.bind(1, summary);
  q.bind(2, author_);
  q.bind(3, note_);
  q.bind(4, batch_);
  q.exec();
}

void Writer::commit(const std::string& summary) {
  // A restored history (restore_history) keeps its own log and batches: nothing of this batch.
  if (!restored_) log_changes(summary);
  // An upsert that updates a flow still draws an id from AUTOINCREMENT: give back those no flow
  // took, so that a re-import does not make the next flow's id jump. Never below an id a flow
  // ever had (the counter when the batch began), so a removed flow's id is still never reused.
  auto& sequence =
      statement("UPDATE sqlite_sequence SET seq = max(?, (SELECT coalesce(max(id), 0) FROM flow)) WHERE name = 'flow'");
  sequence.bind(1, flow_sequence_before_);
  sequence.exec();
  log_ = nullptr;
  for (auto& u : upserts_) u = {};
  remove_children_.clear();
  statements_.clear();
  clear_layout_cache(store_);  // drawings of the map before this batch
  tx_->commit();
}

}  // namespace stakemap::store
