// Writer: whole records written back or deleted by identity (edits, undo) and the records a
// replacing import did not carry deleted. Upserts by key for imports are in writer.cpp.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <type_traits>

#include "core/errors.hpp"
#include "model/schema.hpp"
#include "store/record_text.hpp"
#include "store/writer.hpp"

namespace stakemap::store {

namespace {
void bind_value(SQLite::Statement& q, int at, const std::string& text) { q.bind(at, text); }
void bind_value(SQLite::Statement& q, int at, const std::optional<double>& n) {
  if (n) q.bind(at, *n);
  else q.bind(at);
}

/// How a record of T is found: by id, by flow id or by a need's key.
template <class T>
std::string identity_where() {
  if constexpr (std::is_same_v<T, model::Need>) return " WHERE territory = ? AND need = ? AND reported_by = ?";
  else return " WHERE id = ?";
}

template <class T>
void bind_identity(SQLite::Statement& q, const T& item) {
  if constexpr (std::is_same_v<T, model::Need>) {
    q.bind(1, item.territory);
    q.bind(2, item.need);
    q.bind(3, item.reported_by);
  } else if constexpr (std::is_same_v<T, model::Flow>) {
    q.bind(1, static_cast<std::int64_t>(item.id));
  } else {
    q.bind(1, item.id);
  }
}

/// "flow a -> b (status ..., basis ..., population ...)", "organisation x", ... for messages.
template <class T>
std::string describe(const T& item) {
  if constexpr (std::is_same_v<T, model::Flow>)
    return "flow " + item.from + " -> " + item.to + " (status " + item.status + ", basis " + item.basis +
           ", population " + item.population + ")";
  else if constexpr (std::is_same_v<T, model::Need>)
    return "need " + item.need + " in " + item.territory +
           (item.reported_by.empty() ? "" : " reported by " + item.reported_by);
  else return std::string(model::schema<T>().table()) + " " + item.id;
}
}  // namespace

void Writer::run_checked(SQLite::Statement& q, const std::string& what) {
  try {
    q.exec();
  } catch (const SQLite::Exception& e) {
    int code = e.getExtendedErrorCode();
    if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
      throw InputError(what + " exists already in the map");
    if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
      throw InputError(what + ": other records still refer to it, or it refers to a record the map lacks");
    throw;
  }
}

template <class T>
std::int64_t Writer::restore_own(const T& item, std::int64_t row) {
  const auto& s = model::schema<T>();
  std::string table = s.table();
  auto& find = statement("SELECT rowid FROM " + table + identity_where<T>());
  bind_identity(find, item);
  std::int64_t existing = find.executeStep() ? find.getColumn(0).getInt64() : 0;
  find.reset();
  if constexpr (std::is_same_v<T, model::Flow>) {
    if (item.id == 0) existing = 0;
    row = item.id;
  }
  std::vector<const model::Field<T>*> own;
  for (const auto& f : s.fields())
    if (in_own_table(f, s.table())) own.push_back(&f);
  auto bind_fields = [&](SQLite::Statement& q) {
    int i = 1;
    for (const auto* f : own) {
      if (f->text) bind_value(q, i++, item.*f->text);
      else bind_value(q, i++, item.*f->number);
    }
    q.bind(i, batch_);
    return i + 1;
  };
  if (existing) {
    std::string sets;
    for (const auto* f : own) sets += std::string(f->storage.column) + " = ?, ";
    auto& q = statement("UPDATE " + table + " SET " + sets + "batch = ? WHERE rowid = ?");
    q.bind(bind_fields(q), existing);
    run_checked(q, describe(item));
    return existing;
  }
  if (row) {
    auto& taken = statement("SELECT 1 FROM " + table + " WHERE rowid = ?");
    taken.bind(1, row);
    if (taken.executeStep()) row = 0;
    taken.reset();
  }
  std::string names, values;
  for (const auto* f : own) {
    names += std::string(f->storage.column) + ", ";
    values += "?, ";
  }
  auto& q = statement("INSERT INTO " + table + "(" + names + "batch, rowid) VALUES (" + values + "?, ?)");
  int at = bind_fields(q);
  if (row) q.bind(at, row);
  else q.bind(at);  // NULL: SQLite picks the row
  run_checked(q, describe(item));
  return store_.db().getLastInsertRowid();
}

template <class T>
void Writer::restore_others(const T& item, const std::string* owner_text, std::int64_t owner_row) {
  const auto& s = model::schema<T>();
  auto bind_owner = [&](SQLite::Statement& q) {
    if (owner_text) q.bind(1, *owner_text);
    else q.bind(1, owner_row);
  };
  for (const auto& table : other_tables<T>()) {
    auto& del = statement("DELETE FROM " + table.name + " WHERE " + table.owner + " = ?");
    bind_owner(del);
    del.exec();
    if (table.child) {
      for (const auto& f : s.fields()) {
        if (table.name != f.storage.table) continue;
        const auto& values = item.*f.list;
        if (values.empty()) continue;
        auto& ins = statement("INSERT INTO " + table.name + "(" + table.owner + ", " +
                              (table.facet ? std::string(table.facet) + ", " : "") + f.storage.column +
                              ", position) VALUES (?, ?, ?" + (table.facet ? ", ?)" : ")"));
        for (std::size_t i = 0; i < values.size(); ++i) {
          ins.reset();
          bind_owner(ins);
          int at = 2;
          if (table.facet) ins.bind(at++, f.storage.facet);
          ins.bind(at++, values[i]);
          ins.bind(at, static_cast<int>(i));
          ins.exec();
        }
      }
      continue;
    }
    std::string names, values;
    bool any = false;
    std::vector<const std::string*> texts;
    for (const auto& f : s.fields())
      if (table.name == f.storage.table) {
        names += std::string(", ") + f.storage.column;
        values += ", ?";
        texts.push_back(&(item.*f.text));
        any = any || !(item.*f.text).empty();
      }
    if (!any) continue;
    auto& ins = statement("INSERT INTO " + table.name + "(" + table.owner + names + ") VALUES (?" + values + ")");
    bind_owner(ins);
    for (std::size_t i = 0; i < texts.size(); ++i) ins.bind(static_cast<int>(i) + 2, *texts[i]);
    ins.exec();
  }
  if constexpr (requires { item.attributes; }) {
    const char* table = std::is_same_v<T, model::Flow>        ? "flow_attribute"
                        : std::is_same_v<T, model::Territory> ? "territory_attribute"
                                                              : "org_attribute";
    const char* owner = std::is_same_v<T, model::Flow>        ? "flow"
                        : std::is_same_v<T, model::Territory> ? "territory"
                                                              : "org";
    auto& del = statement(std::string("DELETE FROM ") + table + " WHERE " + owner + " = ?");
    bind_owner(del);
    del.exec();
    for (const auto& [key, value] : item.attributes) {
      auto& ins = statement(std::string("INSERT INTO ") + table + "(" + owner + ", key, value) VALUES (?, ?, ?)");
      bind_owner(ins);
      ins.bind(2, key);
      ins.bind(3, value);
      ins.exec();
    }
  }
}

// A restored record is stored exactly as `item` (attributes with empty values included): its
// text is the change log's after.
std::int64_t Writer::restore(const model::Territory& item, std::int64_t row) {
  auto at = restore_own(item, row);
  restore_others(item, &item.id, 0);
  note(Kind::territory, item.id, at, record_text(item));
  return at;
}

std::int64_t Writer::restore(const model::Organisation& item, std::int64_t row) {
  auto at = restore_own(item, row);
  restore_others(item, &item.id, 0);
  note(Kind::organisation, item.id, at, record_text(item));
  return at;
}

std::int64_t Writer::restore(const model::Flow& item, std::int64_t row) {
  auto at = restore_own(item, row);
  restore_others(item, nullptr, at);
  note(Kind::flow, std::to_string(at), at, record_text(item));
  return at;
}

std::int64_t Writer::restore(const model::Need& item, std::int64_t row) {
  auto at = restore_own(item, row);
  note(Kind::need, record_key(item), at, record_text(item));
  return at;
}

void Writer::restore_answer(const std::string& text, std::int64_t row) {
  auto& q = statement(
      "INSERT OR REPLACE INTO survey_answer(questionnaire, respondent, org, question, scope, value, other_text, "
      "batch, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  static const char* const names[] = {"questionnaire", "respondent", "org", "question", "scope", "value", "other_text"};
  auto fields = text_lines(text);
  std::vector<TextField> stored;
  for (int i = 0; i < 7; ++i) {
    std::string value = i == 4 ? "all" : "";  // the column's default when the text has no line
    for (const auto& [name, v] : fields)
      if (name == names[i]) value = v;
    q.bind(i + 1, value);
    stored.emplace_back(names[i], value);
  }
  q.bind(8, batch_);
  q.bind(9, row);
  q.exec();
  note(Kind::answer, std::to_string(row), row, fields_text(stored));
}

void Writer::remove(Kind kind, const std::string& key) {
  switch (kind) {
    case Kind::territory: {
      auto& q = statement("DELETE FROM territory WHERE id = ?");
      q.bind(1, key);
      run_checked(q, "territory " + key);
      break;
    }
    case Kind::organisation: {
      auto& q = statement("DELETE FROM organisation WHERE id = ?");
      q.bind(1, key);
      run_checked(q, "organisation " + key);
      break;
    }
    case Kind::flow:
    case Kind::answer: {
      auto& q =
          statement(kind == Kind::flow ? "DELETE FROM flow WHERE id = ?" : "DELETE FROM survey_answer WHERE id = ?");
      q.bind(1, static_cast<std::int64_t>(std::stoll(key)));
      q.exec();
      break;
    }
    case Kind::need: {
      auto first = key.find('|'), second = key.find('|', first + 1);
      auto& q = statement("DELETE FROM need WHERE territory = ? AND need = ? AND reported_by = ?");
      q.bind(1, key.substr(0, first));
      q.bind(2, key.substr(first + 1, second - first - 1));
      q.bind(3, key.substr(second + 1));
      q.exec();
      break;
    }
    case Kind::provenance: return clear_provenance();
  }
  // What the foreign keys deleted with the record is captured (capture_deletions).
  note(kind, key, current_row(kind, key), std::nullopt);
}

void Writer::remove_unwritten(const Carried& carried) {
  auto& db = store_.db();
  auto count = [&](const char* table) {
    return db.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64();
  };
  long before[4] = {count("territory"), count("organisation"), count("flow"), count("need")};
  auto drop = [&](bool carried_kind, const std::string& sql) {
    if (!carried_kind) return 0;
    auto& q = statement(sql);
    q.bind(1, batch_);
    return q.exec();
  };
  drop(carried.needs, "DELETE FROM need WHERE batch IS NOT ?");
  drop(carried.flows, "DELETE FROM flow WHERE batch IS NOT ?");
  drop(carried.organisations, "DELETE FROM organisation WHERE batch IS NOT ?");
  // Needs reported by a removed organisation go with it, as flows do through their foreign keys.
  drop(carried.organisations,
       "DELETE FROM need WHERE ?1 IS NOT NULL AND reported_by <> '' AND reported_by NOT IN (SELECT id FROM "
       "organisation)");
  // A kept territory may still name a removed one as its parent when the file had no part_of.
  // (The writer does not follow that change of a kept territory: the whole map is compared.)
  if (drop(carried.territories,
           "DELETE FROM territory_parent WHERE parent IN (SELECT id FROM territory WHERE batch IS NOT ?1)") > 0)
    untracked_ = true;
  drop(carried.territories, "DELETE FROM territory WHERE batch IS NOT ?");
  counts_.removed_territories += before[0] - count("territory");
  counts_.removed_organisations += before[1] - count("organisation");
  counts_.removed_flows += before[2] - count("flow");
  counts_.removed_needs += before[3] - count("need");
}

}  // namespace stakemap::store
