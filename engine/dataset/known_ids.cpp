#include "dataset/known_ids.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/store.hpp"

namespace stakemap::dataset {

KnownIds read_known_ids(store::Store& store) {
  KnownIds k;
  SQLite::Statement o(store.db(), "SELECT id FROM organisation");
  while (o.executeStep()) k.orgs.insert(o.getColumn(0).getString());
  SQLite::Statement t(store.db(), "SELECT id FROM territory");
  while (t.executeStep()) k.territories.insert(t.getColumn(0).getString());
  SQLite::Statement p(store.db(), "SELECT territory, parent FROM territory_parent ORDER BY territory, position");
  while (p.executeStep()) k.parents[p.getColumn(0).getString()].push_back(p.getColumn(1).getString());
  return k;
}

}  // namespace stakemap::dataset
