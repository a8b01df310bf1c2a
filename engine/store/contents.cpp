#include "store/contents.hpp"

#include <vector>

#include "store/connection.hpp"

namespace stakemap::store {

std::string dump(const Store& store) {
  const auto& db = Connection::of(store);
  std::string out;
  SQLite::Statement tables(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name");
  std::vector<std::pair<std::string, bool>> names;  // and whether the table has a rowid
  while (tables.executeStep()) {
    std::string sql = tables.getColumn(1).getString();
    names.emplace_back(tables.getColumn(0).getString(), sql.find("WITHOUT ROWID") == std::string::npos);
    out += sql + "\n";
  }
  for (const auto& [name, rowid] : names) {
    out += "== " + name + "\n";
    // A table without rowid is read in primary key order.
    SQLite::Statement q(db, "SELECT * FROM \"" + name + "\"" + (rowid ? " ORDER BY rowid" : ""));
    while (q.executeStep()) {
      for (int i = 0; i < q.getColumnCount(); ++i) {
        auto c = q.getColumn(i);
        if (i) out += '\x1f';
        out += c.isNull() ? std::string("NULL") : c.getString();
      }
      out += "\n";
    }
  }
  SQLite::Statement version(db, "PRAGMA user_version");
  version.executeStep();
  out += "user_version " + version.getColumn(0).getString() + "\n";
  return out;
}

}  // namespace stakemap::store
