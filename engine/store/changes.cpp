#include "store/changes.hpp"

#include <algorithm>
#include <map>

#include "core/errors.hpp"
#include "store/connection.hpp"

namespace stakemap::store {

namespace {
std::optional<std::string> optional_text(SQLite::Statement& q, int i) {
  if (q.getColumn(i).isNull()) return std::nullopt;
  return q.getColumn(i).getString();
}

const char* const kSelect =
    "SELECT c.batch, b.at, b.author, b.note, b.command, c.entity, c.key, c.action, coalesce(c.row, 0), c.before, "
    "c.after FROM change_log c JOIN batch b ON b.id = c.batch";

LoggedChange read_change(SQLite::Statement& q) {
  LoggedChange c;
  c.batch = q.getColumn(0).getInt64();
  c.at = q.getColumn(1).getString();
  c.author = q.getColumn(2).getString();
  c.note = q.getColumn(3).getString();
  c.command = q.getColumn(4).getString();
  c.entity = q.getColumn(5).getString();
  c.key = q.getColumn(6).getString();
  c.action = q.getColumn(7).getString();
  c.row = q.getColumn(8).getInt64();
  c.before = optional_text(q, 9);
  c.after = optional_text(q, 10);
  return c;
}
}  // namespace

std::vector<LoggedChange> logged_changes(const Store& store, const ChangeFilter& filter) {
  std::string where = " WHERE c.batch > ?1";
  if (!filter.since.empty()) where += " AND b.at >= ?2";
  if (!filter.entity.empty()) where += " AND c.entity = ?3 AND c.key = ?4";
  if (!filter.org.empty())
    // A flow's text starts with its `from` line; its `to` line follows. A need names its reporter.
    where +=
        " AND ((c.entity = 'organisation' AND c.key = ?5) OR (c.entity IN ('flow', 'need') AND ("
        "substr(coalesce(c.before, ''), 1, length(?6)) = ?6 OR substr(coalesce(c.after, ''), 1, length(?6)) = ?6 OR "
        "instr(coalesce(c.before, ''), ?7) > 0 OR instr(coalesce(c.after, ''), ?7) > 0 OR "
        "instr(coalesce(c.before, ''), ?8) > 0 OR instr(coalesce(c.after, ''), ?8) > 0)))";
  SQLite::Statement q(Connection::of(store), std::string(kSelect) + where + " ORDER BY c.id DESC" +
                                                 (filter.limit >= 0 ? " LIMIT " + std::to_string(filter.limit) : ""));
  q.bind(1, filter.after_batch);
  if (!filter.since.empty()) q.bind(2, filter.since);
  if (!filter.entity.empty()) {
    q.bind(3, filter.entity);
    q.bind(4, filter.key);
  }
  if (!filter.org.empty()) {
    q.bind(5, filter.org);
    q.bind(6, "from\t" + filter.org + "\n");
    q.bind(7, "\nto\t" + filter.org + "\n");
    q.bind(8, "\nreported_by\t" + filter.org + "\n");
  }
  std::vector<LoggedChange> out;
  while (q.executeStep()) out.push_back(read_change(q));
  return out;
}

std::vector<LoggedChange> batch_changes(const Store& store, std::int64_t batch) {
  SQLite::Statement q(Connection::of(store), std::string(kSelect) + " WHERE c.batch = ? ORDER BY c.id");
  q.bind(1, batch);
  std::vector<LoggedChange> out;
  while (q.executeStep()) out.push_back(read_change(q));
  return out;
}

std::int64_t last_batch(const Store& store) {
  SQLite::Statement q(Connection::of(store), "SELECT coalesce(max(id), 0) FROM batch");
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::optional<std::string> batch_command(const Store& store, std::int64_t batch) {
  SQLite::Statement q(Connection::of(store), "SELECT command FROM batch WHERE id = ?");
  q.bind(1, batch);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getString();
}

std::vector<std::pair<std::int64_t, std::string>> later_batches_touching(const Store& store, std::int64_t batch) {
  SQLite::Statement q(Connection::of(store),
                      "SELECT DISTINCT c.batch, b.command FROM change_log c JOIN batch b ON b.id = c.batch "
                      "WHERE c.batch > ?1 AND EXISTS (SELECT 1 FROM change_log d WHERE d.batch = ?1 "
                      "AND d.entity = c.entity AND d.key = c.key) ORDER BY c.batch");
  q.bind(1, batch);
  std::vector<std::pair<std::int64_t, std::string>> out;
  while (q.executeStep()) out.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getString());
  return out;
}

std::vector<RecordChange> changes_between(const Store& store, std::int64_t from, std::int64_t to) {
  SQLite::Statement q(Connection::of(store),
                      "SELECT batch, entity, key, coalesce(row, 0), before, after FROM change_log "
                      "WHERE batch > ? AND batch <= ? ORDER BY id");
  q.bind(1, from);
  q.bind(2, to);
  std::map<std::pair<int, std::string>, RecordChange> by_record;
  while (q.executeStep()) {
    auto before = optional_text(q, 4), after = optional_text(q, 5);
    auto kind = kind_named(q.getColumn(1).getString());
    if ((!before && !after) || !kind)
      throw InputError("batch " + q.getColumn(0).getString() +
                       " was recorded before the change log kept values (map schema version 2): the map's states "
                       "around it cannot be compared");
    auto [it, fresh] = by_record.try_emplace({static_cast<int>(*kind), q.getColumn(2).getString()});
    auto& c = it->second;
    if (fresh) {
      c.kind = *kind;
      c.key = q.getColumn(2).getString();
      c.before = std::move(before);
    }
    c.row = q.getColumn(3).getInt64();
    c.after = std::move(after);
  }
  std::vector<RecordChange> out;
  for (auto& [id, c] : by_record)
    if (c.before != c.after) out.push_back(std::move(c));
  std::stable_sort(out.begin(), out.end(), [](const RecordChange& a, const RecordChange& b) {
    return a.kind != b.kind ? a.kind < b.kind : a.row < b.row;
  });
  return out;
}

}  // namespace stakemap::store
