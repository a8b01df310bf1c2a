// Writer: another map's history written into an empty map (store/map_history.hpp).
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

#include "core/errors.hpp"
#include "store/map_history.hpp"
#include "store/record_text.hpp"
#include "store/writer.hpp"

namespace stakemap::store {

namespace {
// The records of one kind in `state`, by row (the map's order).
std::vector<std::pair<std::string, const RecordState*>> by_row(const Snapshot& state, Kind kind) {
  std::vector<std::pair<std::string, const RecordState*>> out;
  for (const auto& [key, record] : state.of(kind)) out.emplace_back(key, &record);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second->row != b.second->row ? a.second->row < b.second->row : a.first < b.first;
  });
  return out;
}
}  // namespace

void Writer::restore_history(const std::vector<LoggedBatch>& batches, const Snapshot& state,
                             const std::vector<Round>& rounds) {
  if (batches.empty()) throw std::logic_error("restore_history: no batches");
  // This batch's own row goes: the restored batches keep their ids, the next batch follows them.
  auto& drop = statement("DELETE FROM batch WHERE id = ?");
  drop.bind(1, batch_);
  drop.exec();
  auto& add =
      statement("INSERT INTO batch(id, at, command, source, summary, author, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const auto& [b, changes] : batches) {
    add.reset();
    add.bind(1, static_cast<std::int64_t>(b.id));
    add.bind(2, b.at);
    add.bind(3, b.command);
    add.bind(4, b.source);
    add.bind(5, b.summary);
    add.bind(6, b.author);
    add.bind(7, b.note);
    add.exec();
  }
  batch_ = batches.back().batch.id;

  // The records, parents after every territory exists, each at its row (a flow at its id).
  for (const auto& [key, r] : by_row(state, Kind::territory)) {
    auto t = record_from_text<model::Territory>(r->text);
    t.parents.clear();
    restore(t, r->row);
  }
  for (const auto& [key, r] : by_row(state, Kind::territory)) restore(record_from_text<model::Territory>(r->text), 0);
  for (const auto& [key, r] : by_row(state, Kind::organisation))
    restore(record_from_text<model::Organisation>(r->text), r->row);
  for (const auto& [key, r] : by_row(state, Kind::flow)) {
    auto f = record_from_text<model::Flow>(r->text);
    f.id = static_cast<std::size_t>(r->row);
    restore(f, r->row);
  }
  for (const auto& [key, r] : by_row(state, Kind::need)) restore(record_from_text<model::Need>(r->text), r->row);
  for (const auto& [key, r] : by_row(state, Kind::answer)) restore_answer(r->text, r->row);
  if (state.of(Kind::provenance).count("synthetic")) mark_synthetic();

  // Each record points at the last batch that wrote it, as in the map the history comes from.
  const char* const set_batch[kKinds] = {
      "UPDATE territory SET batch = ? WHERE id = ?",     "UPDATE organisation SET batch = ? WHERE id = ?",
      "UPDATE flow SET batch = ? WHERE id = ?",          "UPDATE need SET batch = ? WHERE rowid = ?",
      "UPDATE survey_answer SET batch = ? WHERE id = ?", "UPDATE provenance SET batch = ? WHERE kind = ?"};
  for (int k = 0; k < kKinds; ++k) {
    auto kind = static_cast<Kind>(k);
    for (const auto& [key, r] : state.of(kind)) {
      auto& q = statement(set_batch[k]);
      q.bind(1, static_cast<std::int64_t>(r.batch));
      if (kind == Kind::territory || kind == Kind::organisation || kind == Kind::provenance) q.bind(2, key);
      else q.bind(2, static_cast<std::int64_t>(r.row));
      q.exec();
    }
  }

  auto& log =
      statement("INSERT INTO change_log(batch, entity, key, action, row, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)");
  std::int64_t last_flow = 0;  // the highest flow id ever given: never given again
  for (const auto& [b, changes] : batches)
    for (const auto& c : changes) {
      log.reset();
      log.bind(1, static_cast<std::int64_t>(b.id));
      log.bind(2, c.entity);
      log.bind(3, c.key);
      log.bind(4, c.action);
      log.bind(5, c.row);
      if (c.before) log.bind(6, *c.before);
      else log.bind(6);
      if (c.after) log.bind(7, *c.after);
      else log.bind(7);
      log.exec();
      if (c.entity == "flow") last_flow = std::max(last_flow, c.row);
    }
  flow_sequence_before_ = last_flow;  // commit() sets the counter to it
  statement(
      "INSERT INTO sqlite_sequence(name, seq) SELECT 'flow', 0 WHERE NOT EXISTS "
      "(SELECT 1 FROM sqlite_sequence WHERE name = 'flow')")
      .exec();

  auto& round = statement("INSERT INTO round(id, name, at, batch, author, note) VALUES (?, ?, ?, ?, ?, ?)");
  for (const auto& r : rounds) {
    round.reset();
    round.bind(1, static_cast<std::int64_t>(r.id));
    round.bind(2, r.name);
    round.bind(3, r.at);
    round.bind(4, static_cast<std::int64_t>(r.batch));
    round.bind(5, r.author);
    round.bind(6, r.note);
    run_checked(round, "round '" + r.name + "'");
  }
  counts_.territories = static_cast<long>(state.of(Kind::territory).size());
  counts_.organisations = static_cast<long>(state.of(Kind::organisation).size());
  counts_.flows = static_cast<long>(state.of(Kind::flow).size());
  counts_.needs = static_cast<long>(state.of(Kind::need).size());
  counts_.answers = static_cast<long>(state.of(Kind::answer).size());
  restored_ = true;
}

}  // namespace stakemap::store
