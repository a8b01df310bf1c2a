#pragma once
// Internal to engine/store/ (the writer keeps these privately): how the tables that the field schema names
// (model/schema.hpp, Storage) hang together. An entity's own table has one row per record and its key column `id`; a
// side table has one row per record (contact); a child table one row per value of a list field, in order (org_code,
// flow_code, territory_parent).
#include <cstring>
#include <string>
#include <vector>

#include "model/schema.hpp"

namespace stakemap::store {

/// A table other than the entity's own, as the store lays it out.
struct Table {
  std::string name;
  const char* owner;  ///< the column holding the owning record's id
  const char* facet;  ///< the column telling fields apart in a child table, or nullptr
  bool child;         ///< one row per value (with a position), rather than one per record
};

/// The layout of a side or child table; throws std::logic_error for a table the store lacks.
Table table_layout(const std::string& name);

/// True when field `f` of an entity whose own table is `own` lives in that table.
inline bool in_own_table(const model::FieldSpec& f, const char* own) { return std::strcmp(f.storage.table, own) == 0; }

/// The other tables the fields of T use, each once, in field order.
template <class T>
std::vector<Table> other_tables() {
  std::vector<Table> out;
  const auto& s = model::schema<T>();
  for (const auto& f : s.fields()) {
    if (in_own_table(f, s.table())) continue;
    bool seen = false;
    for (const auto& t : out) seen = seen || t.name == f.storage.table;
    if (!seen) out.push_back(table_layout(f.storage.table));
  }
  return out;
}

}  // namespace stakemap::store
