// Undo: a batch written back as it was, in a new batch; refused when it would lose later work.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "edit/edit.hpp"
#include "edit/undo.hpp"
#include "interop/json_export.hpp"
#include "store/changes.hpp"
#include "store/rounds.hpp"

using namespace stakemap;

namespace {
const edit::Origin kOrigin{"edit", "ana", ""};
std::string state(const store::Store& s) {
  auto m = s.load();
  std::string out;
  for (const auto& o : m.organisations) out += o.id + ":" + o.name + ":" + o.level + ";";
  for (const auto& f : m.flows) out += std::to_string(f.id) + ":" + f.from + ">" + f.to + ":" + f.status + ";";
  return out;
}
}  // namespace

TEST_CASE("undo twice redoes; undo --batch of an older batch; rows come back in place") {
  auto s = store::Store::in_memory();
  edit::add(s, model::Entity::organisation, {"a"}, {{"name", "A"}}, kOrigin);       // 1
  edit::add(s, model::Entity::organisation, {"b"}, {{"name", "B"}}, kOrigin);       // 2
  edit::add(s, model::Entity::flow, {"a", "b"}, {}, kOrigin);                       // 3
  edit::set(s, model::Entity::organisation, {"b"}, {{"level", "local"}}, kOrigin);  // 4
  auto s4 = state(s);
  edit::remove(s, model::Entity::organisation, {"a"}, true, kOrigin);  // 5
  CHECK(state(s) == "b:B:local;");
  edit::undo(s, std::nullopt, kOrigin);  // 6
  CHECK(state(s) == s4);                 // a first again (its row), and flow 1 under its id
  edit::undo(s, std::nullopt, kOrigin);  // 7: redo
  CHECK(state(s) == "b:B:local;");
  edit::undo(s, std::nullopt, kOrigin);  // 8
  edit::undo(s, 4, kOrigin);             // 9
  CHECK(state(s) == "a:A:;b:B:;1:a>b:active;");
  CHECK(store::last_batch(s) == 9);
}

TEST_CASE("undo refuses a batch whose records changed since, or one that would take later records with it") {
  auto s = store::Store::in_memory();
  edit::add(s, model::Entity::organisation, {"a"}, {{"name", "A"}}, kOrigin);   // 1
  edit::add(s, model::Entity::organisation, {"b"}, {{"name", "B"}}, kOrigin);   // 2
  edit::set(s, model::Entity::organisation, {"a"}, {{"name", "A2"}}, kOrigin);  // 3
  CHECK_THROWS_WITH_AS(edit::undo(s, 1, kOrigin),
                       "batch 1 (edit) cannot be undone alone: later batches changed the same records since: 3 "
                       "(edit); undo those first",
                       InputError);
  edit::add(s, model::Entity::flow, {"b", "b"}, {}, kOrigin);  // 4
  CHECK_THROWS_WITH_AS(edit::undo(s, 2, kOrigin),
                       "undoing batch 2 (edit) would also change records later batches added: flow 1; undo or "
                       "remove those first",
                       InputError);
  CHECK_THROWS_AS(edit::undo(s, 99, kOrigin), InputError);
  CHECK(store::last_batch(s) == 4);  // the refusals recorded nothing
  auto empty = store::Store::in_memory();
  CHECK_THROWS_WITH_AS(edit::undo(empty, std::nullopt, kOrigin), "nothing to undo: the map has no batch yet",
                       InputError);
}

TEST_CASE("changes between rounds, and history filtered by organisation") {
  auto s = store::Store::in_memory();
  edit::add(s, model::Entity::organisation, {"a"}, {{"name", "A"}}, kOrigin);  // 1
  auto r1 = store::save_round(s, "first", "ana", "");
  CHECK(r1.batch == 1);
  CHECK_THROWS_AS(store::save_round(s, "first", "ana", ""), InputError);
  edit::add(s, model::Entity::organisation, {"b"}, {{"name", "B"}}, kOrigin);   // 2
  edit::add(s, model::Entity::flow, {"a", "b"}, {}, kOrigin);                   // 3
  edit::set(s, model::Entity::organisation, {"a"}, {{"name", "A2"}}, kOrigin);  // 4
  edit::set(s, model::Entity::organisation, {"a"}, {{"name", "A"}}, kOrigin);   // 5: back as it was
  auto d = store::changes_between(s, r1.batch, store::last_batch(s));
  REQUIRE(d.size() == 2);  // a changed and changed back: no difference
  CHECK(d[0].key == "b");
  CHECK_FALSE(d[0].before);
  CHECK(d[1].kind == store::Kind::flow);
  store::ChangeFilter f;
  f.org = "b";
  auto h = store::logged_changes(s, f);
  REQUIRE(h.size() == 2);
  CHECK(h[0].entity == "flow");  // newest first; the flow to b counts for b
  CHECK(h[1].key == "b");
  CHECK(store::rounds(s).size() == 1);
}
