#include "store/rounds.hpp"

#include "core/errors.hpp"
#include "store/changes.hpp"
#include "store/connection.hpp"
#include "store/history.hpp"

namespace stakemap::store {

namespace {
Round read_round(SQLite::Statement& q) {
  return {q.getColumn(0).getInt64(),  q.getColumn(1).getString(), q.getColumn(2).getString(),
          q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getInt64()};
}
const char* const kSelect = "SELECT id, name, at, author, note, batch FROM round";
}  // namespace

Round save_round(Store& store, const std::string& name, const std::string& author, const std::string& note) {
  if (name.empty()) throw InputError("a round needs a name");
  auto& db = Connection::of(store);
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  if (round_named(store, name)) throw InputError("a round named '" + name + "' exists already (see `round list`)");
  SQLite::Statement q(db, "INSERT INTO round(name, at, batch, author, note) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, name);
  q.bind(2, now_utc());
  q.bind(3, last_batch(store));
  q.bind(4, author);
  q.bind(5, note);
  q.exec();
  tx.commit();
  return *round_named(store, name);
}

std::vector<Round> rounds(const Store& store) {
  SQLite::Statement q(Connection::of(store), std::string(kSelect) + " ORDER BY id");
  std::vector<Round> out;
  while (q.executeStep()) out.push_back(read_round(q));
  return out;
}

std::optional<Round> round_named(const Store& store, const std::string& name) {
  SQLite::Statement q(Connection::of(store), std::string(kSelect) + " WHERE name = ?");
  q.bind(1, name);
  if (!q.executeStep()) return std::nullopt;
  return read_round(q);
}

Round existing_round(const Store& store, const std::string& name) {
  auto round = round_named(store, name);
  if (!round) throw InputError("no round named '" + name + "' (see `stakemap round list`)");
  return *round;
}

}  // namespace stakemap::store
