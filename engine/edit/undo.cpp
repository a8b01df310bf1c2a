#include "edit/undo.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "core/errors.hpp"
#include "store/changes.hpp"
#include "store/record_text.hpp"
#include "store/writer.hpp"

namespace stakemap::edit {

namespace {

using store::Kind;
using store::LoggedChange;

/// Writes back the record of `c` as it was before the batch.
void write_before(store::Writer& w, const LoggedChange& c, Kind kind, bool with_parents) {
  const auto& text = *c.before;
  switch (kind) {
    case Kind::territory: {
      auto t = store::record_from_text<model::Territory>(text);
      if (!with_parents) t.parents.clear();  // a first pass: parents may be restored later in the list
      w.restore(t, c.row);
      break;
    }
    case Kind::organisation: w.restore(store::record_from_text<model::Organisation>(text), c.row); break;
    case Kind::flow: {
      auto f = store::record_from_text<model::Flow>(text);
      f.id = std::stoll(c.key);
      w.restore(f, c.row);
      break;
    }
    case Kind::need: w.restore(store::record_from_text<model::Need>(text), c.row); break;
    case Kind::answer: w.restore_answer(text, c.row); break;
    case Kind::provenance: w.mark_synthetic(); break;
  }
}

/// The territories the batch of `changes` added (which its undo removes), each after the
/// territories it is a parent of: a territory's parent link must go before its parent does.
std::vector<std::string> added_territories_children_first(const std::vector<LoggedChange>& changes) {
  std::map<std::string, std::vector<std::string>> parents;  // added territory -> its parents
  for (const auto& c : changes)
    if (c.entity == store::kind_name(Kind::territory) && !c.before && c.after)
      parents[c.key] = store::record_from_text<model::Territory>(*c.after).parents;
  std::vector<std::string> out;
  std::set<std::string> placed;
  std::function<void(const std::string&)> place_children = [&](const std::string& id) {
    if (placed.count(id)) return;
    placed.insert(id);
    for (const auto& [child, of] : parents)
      if (std::find(of.begin(), of.end(), id) != of.end()) place_children(child);
    out.push_back(id);
  };
  for (const auto& c : changes)
    if (parents.count(c.key) && c.entity == store::kind_name(Kind::territory)) place_children(c.key);
  return out;
}

std::string listed(const std::vector<std::pair<std::int64_t, std::string>>& batches) {
  std::string out;
  for (const auto& [id, command] : batches)
    out += (out.empty() ? "" : ", ") + std::to_string(id) + " (" + command + ")";
  return out;
}

}  // namespace

EditResult undo(store::Store& store, std::optional<std::int64_t> batch, const Origin& origin) {
  store::Writer w(store, origin.command, "");  // holds the write lock: nothing changes meanwhile
  w.set_origin(origin.author, origin.note);
  std::int64_t target = batch ? *batch : w.batch() - 1;
  auto command = target > 0 ? store::batch_command(store, target) : std::nullopt;
  if (!command || target >= w.batch())
    throw InputError(target <= 0 ? "nothing to undo: the map has no batch yet"
                                 : "no batch " + std::to_string(target) + " in the map (see `stakemap history`)");
  auto changes = store::batch_changes(store, target);
  for (const auto& c : changes)
    if (c.legacy() || !store::kind_named(c.entity))
      throw InputError("batch " + std::to_string(target) +
                       " was recorded before the change log kept values (map schema version 2): it cannot be undone");
  if (changes.empty()) throw InputError("batch " + std::to_string(target) + " (" + *command + ") changed nothing");
  // Later batches may have touched the same records and left them as this batch did (an undo
  // and its redo): then reverting is safe. Otherwise it would overwrite their work.
  bool as_left = true;
  for (const auto& c : changes) {
    const auto& now = w.snapshot_before().of(*store::kind_named(c.entity));
    auto it = now.find(c.key);
    as_left = as_left && (it == now.end() ? !c.after : c.after && it->second.text == *c.after);
  }
  if (auto later = as_left ? decltype(store::later_batches_touching(store, target)){}
                           : store::later_batches_touching(store, target);
      !later.empty())
    throw InputError("batch " + std::to_string(target) + " (" + *command +
                     ") cannot be undone alone: later batches changed the same records since: " + listed(later) +
                     "; undo those first");
  // Removals of what the batch added go first for the records nothing depends on, last for
  // organisations and territories; write-backs go in dependency order, territories twice
  // (rows, then parents).
  auto pass = [&](Kind kind, bool removals, bool with_parents = true) {
    for (const auto& c : changes) {
      if (*store::kind_named(c.entity) != kind) continue;
      if (removals && !c.before) w.remove(kind, c.key);
      else if (!removals && c.before) write_before(w, c, kind, with_parents);
    }
  };
  for (auto k : {Kind::provenance, Kind::answer, Kind::need, Kind::flow}) pass(k, true);
  pass(Kind::territory, false, false);
  for (auto k : {Kind::territory, Kind::organisation, Kind::flow, Kind::need, Kind::answer, Kind::provenance})
    pass(k, false);
  pass(Kind::organisation, true);
  for (const auto& id : added_territories_children_first(changes)) w.remove(Kind::territory, id);
  // Only the batch's own records may change: anything else (a flow added since to an
  // organisation the batch added) would be lost with no trace of why.
  std::set<std::pair<std::string, std::string>> own;
  for (const auto& c : changes) own.insert({c.entity, c.key});
  std::vector<std::string> others;
  const auto& done = w.changes();
  for (const auto& c : done)
    if (!own.count({store::kind_name(c.kind), c.key}))
      others.push_back(std::string(store::kind_name(c.kind)) + " " + c.key);
  if (!others.empty())
    throw InputError("undoing batch " + std::to_string(target) + " (" + *command +
                     ") would also change records later batches added: " + others.front() +
                     (others.size() > 1 ? " and " + std::to_string(others.size() - 1) + " more" : "") +
                     "; undo or remove those first");
  EditResult out;
  out.key = std::to_string(target);
  out.changes = done;
  out.batch = w.batch();
  w.commit("undo of batch " + std::to_string(target));
  return out;
}

}  // namespace stakemap::edit
