#include "store/writer.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <iterator>
#include <vector>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace stakemap::store {

const FieldSet& all_fields() {
  static const FieldSet all{"*"};
  return all;
}

namespace {
bool has(const FieldSet& present, const char* field) {
  return present.count("*") > 0 || present.count(field) > 0;
}

std::string now_iso() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

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
  q.bind(1, now_iso());
  q.bind(2, command);
  q.bind(3, source);
  q.exec();
  batch_ = store.db().getLastInsertRowid();
}

Writer::~Writer() = default;  // an uncommitted SQLite::Transaction rolls back

SQLite::Statement& Writer::statement(const std::string& sql) {
  auto& st = statements_[sql];
  if (!st) st = std::make_unique<SQLite::Statement>(store_.db(), sql);
  st->reset();
  st->clearBindings();
  return *st;
}

bool Writer::exists(const char* table, const std::string& id) {
  auto& q = statement(std::string("SELECT 1 FROM ") + table + " WHERE id = ?");
  q.bind(1, id);
  return q.executeStep();
}

void Writer::log(const char* entity, const std::string& key, bool existed) {
  log_action(entity, key, existed ? "update" : "insert");
  if (existed) ++counts_.updated;
}

void Writer::log_action(const char* entity, const std::string& key, const char* action) {
  if (!log_) log_ = &statement("INSERT INTO change_log(batch, entity, key, action) VALUES (?, ?, ?, ?)");
  auto& q = *log_;
  q.reset();
  q.bind(1, batch_);
  q.bind(2, entity);
  q.bind(3, key);
  q.bind(4, action);
  q.exec();
}

void Writer::clear_all() {
  store_.db().exec(
      "DELETE FROM survey_answer; DELETE FROM need; DELETE FROM flow_attribute; DELETE FROM flow;"
      "DELETE FROM contact; DELETE FROM org_attribute; DELETE FROM org_code; DELETE FROM organisation;"
      "DELETE FROM territory_parent; DELETE FROM territory;");
  log_action("map", "*", "delete");
  created_territories_.clear();
}

void Writer::put_territory(const model::Territory& t, bool count, const FieldSet& present) {
  // A first pass (count false) may have created the territory in this batch: it is new.
  bool existed = exists("territory", t.id) && !created_territories_.count(t.id);
  if (!count && !existed) created_territories_.insert(t.id);
  auto& q = statement(upsert_sql("territory",
                                 {{"id", false},
                                  {"kind", has(present, "kind")},
                                  {"name", has(present, "name")},
                                  {"name_fr", has(present, "name_fr")},
                                  {"name_nl", has(present, "name_nl")},
                                  {"name_de", has(present, "name_de")},
                                  {"batch", true}},
                                 "id"));
  q.bind(1, t.id);
  q.bind(2, t.kind);
  q.bind(3, t.name);
  q.bind(4, t.name_fr);
  q.bind(5, t.name_nl);
  q.bind(6, t.name_de);
  q.bind(7, batch_);
  q.exec();
  if (!has(present, "part_of")) {
    if (count) {
      log("territory", t.id, existed);
      ++counts_.territories;
    }
    return;
  }
  auto& del = statement("DELETE FROM territory_parent WHERE territory = ?");
  del.bind(1, t.id);
  del.exec();
  for (std::size_t i = 0; i < t.parents.size(); ++i) {
    auto& p = statement("INSERT INTO territory_parent(territory, parent, position) VALUES (?, ?, ?)");
    p.bind(1, t.id);
    p.bind(2, t.parents[i]);
    p.bind(3, static_cast<int>(i));
    p.exec();
  }
  if (!count) return;
  log("territory", t.id, existed);
  ++counts_.territories;
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
  bool existed = exists("organisation", o.id);
  auto& q = statement(upsert_sql("organisation",
                                 {{"id", false},
                                  {"name", has(present, "name")},
                                  {"kind", has(present, "kind")},
                                  {"level", has(present, "level")},
                                  {"support_role", has(present, "support_role")},
                                  {"focal_point", has(present, "focal_point")},
                                  {"willing", has(present, "willing_to_share")},
                                  {"batch", true}},
                                 "id"));
  q.bind(1, o.id);
  q.bind(2, o.name);
  q.bind(3, o.kind);
  q.bind(4, o.level);
  q.bind(5, o.support_role);
  q.bind(6, o.focal_point);
  q.bind(7, o.willing);
  q.bind(8, batch_);
  q.exec();
  static const std::pair<const char*, const char*> facets[] = {
      {"aliases", "alias"},     {"languages", "language"}, {"territories", "territory"}, {"domains", "domain"},
      {"publics", "public"},    {"services", "service"},   {"obstacles", "obstacle"}};
  for (const auto& [column, facet] : facets) {
    if (!has(present, column)) continue;
    auto& del = statement("DELETE FROM org_code WHERE org = ? AND facet = ?");
    del.bind(1, o.id);
    del.bind(2, facet);
    del.exec();
    const auto& codes = *o.facet(facet);
    for (std::size_t i = 0; i < codes.size(); ++i) {
      auto& ins = statement("INSERT INTO org_code(org, facet, code, position) VALUES (?, ?, ?, ?)");
      ins.bind(1, o.id);
      ins.bind(2, facet);
      ins.bind(3, codes[i]);
      ins.bind(4, static_cast<int>(i));
      ins.exec();
    }
  }
  if (has(present, "contact_name") || has(present, "contact_email")) {
    auto& c = statement(upsert_sql("contact",
                                   {{"org", false},
                                    {"name", has(present, "contact_name")},
                                    {"email", has(present, "contact_email")}},
                                   "org"));
    c.bind(1, o.id);
    c.bind(2, o.contact_name);
    c.bind(3, o.contact_email);
    c.exec();
  }
  if (present.count("*")) {
    auto& del = statement("DELETE FROM org_attribute WHERE org = ?");
    del.bind(1, o.id);
    del.exec();
  }
  for (const auto& [key, value] : o.attributes) {
    auto& a = statement(value.empty() ? "DELETE FROM org_attribute WHERE org = ? AND key = ?"
                                      : "INSERT OR REPLACE INTO org_attribute(org, key, value) VALUES (?, ?, ?)");
    a.bind(1, o.id);
    a.bind(2, key);
    if (!value.empty()) a.bind(3, value);
    a.exec();
  }
  log("organisation", o.id, existed);
  ++counts_.organisations;
}

namespace {
// Flow columns that a file may leave out (then kept as stored on update), in bind order.
const char* const kFlowOptional[] = {"regularity", "frequency", "data", "personal_data", "obstacles",
                                     "source", "confirmation", "note", "weight"};
}  // namespace

SQLite::Statement& Writer::flow_upsert(const FieldSet& present) {
  // The rows of a file share one FieldSet: comparing it is cheaper than looking fields up.
  if (flow_upsert_ && present == flow_present_) return *flow_upsert_;
  unsigned mask = 0;
  for (unsigned i = 0; i < std::size(kFlowOptional); ++i)
    if (has(present, kFlowOptional[i])) mask |= 1u << i;
  flow_present_ = present;
  if (!flow_upsert_ || mask != flow_mask_) {
    std::vector<std::pair<const char*, bool>> cols{{"src", false}, {"dst", false}, {"status", false},
                                                   {"basis", false}, {"population", false}};
    for (unsigned i = 0; i < std::size(kFlowOptional); ++i) cols.emplace_back(kFlowOptional[i], (mask >> i) & 1u);
    cols.emplace_back("batch", true);
    // The WHERE makes a second row with the same key in this batch a no-op (no id returned).
    flow_upsert_ = &statement(upsert_sql("flow", cols, "src, dst, status, basis, population",
                                         " WHERE flow.batch IS NOT excluded.batch"));
    flow_mask_ = mask;
  }
  return *flow_upsert_;
}

std::pair<bool, std::int64_t> Writer::upsert(SQLite::Statement& q) {
  // sqlite3_last_insert_rowid changes only when a row is inserted, not when the upsert
  // updates one: zero it first to tell the two apart.
  sqlite3* db = store_.db().getHandle();
  sqlite3_set_last_insert_rowid(db, 0);
  if (q.exec() == 0) return {false, 0};  // the DO UPDATE's WHERE refused: same key in this batch
  return {true, sqlite3_last_insert_rowid(db)};
}

bool Writer::put_flow(const model::Flow& f, const FieldSet& present) {
  auto& q = flow_upsert(present);
  q.reset();
  // Every parameter is bound on every row; the strings outlive exec(), so SQLite need not copy them.
  const std::string data = text::join(f.data), obstacles = text::join(f.obstacles);
  q.bindNoCopy(1, f.from);
  q.bindNoCopy(2, f.to);
  q.bindNoCopy(3, f.status);
  q.bindNoCopy(4, f.basis);
  q.bindNoCopy(5, f.population);
  q.bindNoCopy(6, f.regularity);
  q.bindNoCopy(7, f.frequency);
  q.bindNoCopy(8, data);
  q.bindNoCopy(9, f.personal_data);
  q.bindNoCopy(10, obstacles);
  q.bindNoCopy(11, f.source);
  q.bindNoCopy(12, f.confirmation);
  q.bindNoCopy(13, f.note);
  if (f.weight) q.bind(14, *f.weight);
  else q.bind(14);  // NULL
  q.bind(15, batch_);
  auto [changed, inserted_id] = upsert(q);
  if (!changed) return false;
  std::int64_t id = inserted_id;
  if (!id && !f.attributes.empty()) {
    auto& find = statement("SELECT id FROM flow WHERE src = ? AND dst = ? AND status = ? AND basis = ? AND population = ?");
    find.bind(1, f.from);
    find.bind(2, f.to);
    find.bind(3, f.status);
    find.bind(4, f.basis);
    find.bind(5, f.population);
    find.executeStep();
    id = find.getColumn(0).getInt64();
  }
  for (const auto& [key, value] : f.attributes) {
    auto& a = statement(value.empty() ? "DELETE FROM flow_attribute WHERE flow = ? AND key = ?"
                                      : "INSERT OR REPLACE INTO flow_attribute(flow, key, value) VALUES (?, ?, ?)");
    a.bind(1, id);
    a.bind(2, key);
    if (!value.empty()) a.bind(3, value);
    a.exec();
  }
  std::string key;
  key.reserve(f.from.size() + f.to.size() + 32);
  key.append(f.from).append("|").append(f.to).append("|").append(f.status).append("|").append(f.basis);
  log("flow", key.append("|").append(f.population), inserted_id == 0);
  ++counts_.flows;
  return true;
}

bool Writer::put_need(const model::Need& n) {
  auto& q = statement(upsert_sql("need",
                                 {{"territory", false}, {"need", false}, {"weight", true}, {"reported_by", false},
                                  {"batch", true}},
                                 "territory, need, reported_by", " WHERE need.batch IS NOT excluded.batch"));
  q.bind(1, n.territory);
  q.bind(2, n.need);
  if (n.weight) q.bind(3, *n.weight);
  q.bind(4, n.reported_by);
  q.bind(5, batch_);
  auto [changed, inserted_id] = upsert(q);
  if (!changed) return false;
  log("need", n.territory + "|" + n.need + "|" + n.reported_by, inserted_id == 0);
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
  ++counts_.answers;
}

void Writer::replace_with(const model::Map& map) {
  clear_all();  // survey answers too, as every import's --replace (docs/dataset.md)
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

void Writer::commit(const std::string& summary) {
  auto& q = statement("UPDATE batch SET summary = ? WHERE id = ?");
  q.bind(1, summary);
  q.bind(2, batch_);
  q.exec();
  log_ = flow_upsert_ = nullptr;
  statements_.clear();
  tx_->commit();
}

}  // namespace stakemap::store
