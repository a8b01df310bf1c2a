#include "store/history.hpp"

#include "store/connection.hpp"

namespace stakemap::store {

std::vector<Batch> history(const Store& store) {
  SQLite::Statement q(Connection::of(store), "SELECT id, at, command, source, summary FROM batch ORDER BY id");
  std::vector<Batch> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), q.getColumn(4).getString()});
  return out;
}

std::string last_change(const Store& store) {
  SQLite::Statement q(Connection::of(store), "SELECT max(at) FROM batch");
  if (!q.executeStep() || q.getColumn(0).isNull()) return "";
  return q.getColumn(0).getString();
}

}  // namespace stakemap::store
