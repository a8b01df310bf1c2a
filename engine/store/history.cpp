#include "store/history.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace stakemap::store {

std::vector<Batch> history(const Store& store) {
  auto& db = const_cast<SQLite::Database&>(store.db());
  SQLite::Statement q(db, "SELECT id, at, command, source, summary FROM batch ORDER BY id");
  std::vector<Batch> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), q.getColumn(4).getString()});
  return out;
}

}  // namespace stakemap::store
