#include "store/known_ids.hpp"

#include "store/connection.hpp"

namespace stakemap::store {

KnownIds known_ids(const Store& store) {
  const auto& db = Connection::of(store);
  KnownIds k;
  SQLite::Statement o(db, "SELECT id FROM organisation");
  while (o.executeStep()) k.orgs.insert(o.getColumn(0).getString());
  SQLite::Statement t(db, "SELECT id FROM territory");
  while (t.executeStep()) k.territories.insert(t.getColumn(0).getString());
  SQLite::Statement p(db, "SELECT territory, parent FROM territory_parent ORDER BY territory, position");
  while (p.executeStep()) k.parents[p.getColumn(0).getString()].push_back(p.getColumn(1).getString());
  return k;
}

}  // namespace stakemap::store
