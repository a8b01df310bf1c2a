// Editing records: checked whole, written in one batch, nothing written on an error.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "edit/edit.hpp"
#include "store/contents.hpp"
#include "store/writer.hpp"

using namespace stakemap;

namespace {
/// A map with territory T, organisations a and b, a flow a -> b and a need reported by a.
store::Store small_map() {
  auto s = store::Store::in_memory();
  edit::Origin o{"setup", "t", ""};
  edit::add(s, model::Entity::territory, {"T"}, {{"kind", "country"}, {"name", "Tland"}}, o);
  edit::add(s, model::Entity::organisation, {"a"}, {{"name", "A"}, {"territories", "T"}}, o);
  edit::add(s, model::Entity::organisation, {"b"}, {{"name", "B"}}, o);
  edit::add(s, model::Entity::flow, {"a", "b"}, {}, o);
  edit::add(s, model::Entity::need, {"T", "legal"}, {{"reported_by", "a"}}, o);
  return s;
}
const edit::Origin kOrigin{"edit", "ana", "why"};
}  // namespace

TEST_CASE("add and set: fields checked like an import row, FIELD= clears") {
  auto s = small_map();
  auto map = s.load();
  REQUIRE(map.flows.size() == 1);
  CHECK(map.flows[0].id == 1);
  auto r = edit::set(s, model::Entity::organisation, {"a"}, {{"level", "local"}, {"domains", "Legal|social"}}, kOrigin);
  CHECK(r.batch == 6);
  REQUIRE(r.changes.size() == 1);
  CHECK(r.changes[0].action() == std::string("update"));
  CHECK(s.load().org("a")->domains == std::vector<std::string>{"legal", "social"});  // codes lower-cased
  edit::set(s, model::Entity::organisation, {"a"}, {{"level", ""}}, kOrigin);
  CHECK(s.load().org("a")->level.empty());
  // the same values again: no batch
  CHECK(edit::set(s, model::Entity::organisation, {"a"}, {{"name", "A"}}, kOrigin).batch == 0);
}

TEST_CASE("an edit with an error writes nothing") {
  auto s = small_map();
  auto before = store::dump(s);
  CHECK_THROWS_AS(edit::set(s, model::Entity::organisation, {"a"}, {{"level", "galactic"}}, kOrigin), ValidationError);
  CHECK_THROWS_AS(edit::set(s, model::Entity::organisation, {"a"}, {{"name", ""}}, kOrigin), ValidationError);
  CHECK_THROWS_AS(edit::set(s, model::Entity::organisation, {"a"}, {{"id", "z"}}, kOrigin), ValidationError);
  CHECK_THROWS_AS(edit::set(s, model::Entity::organisation, {"a"}, {{"colour", "red"}}, kOrigin), ValidationError);
  CHECK_THROWS_AS(edit::add(s, model::Entity::flow, {"a", "nobody"}, {}, kOrigin), ValidationError);
  CHECK_THROWS_AS(edit::add(s, model::Entity::flow, {"a", "b"}, {}, kOrigin), ValidationError);  // same key
  CHECK_THROWS_AS(edit::add(s, model::Entity::organisation, {"a"}, {{"name", "again"}}, kOrigin), InputError);
  CHECK_THROWS_AS(edit::set(s, model::Entity::territory, {"T"}, {{"part_of", "T"}}, kOrigin), ValidationError);
  CHECK(store::dump(s) == before);
}

TEST_CASE("remove: an organisation with flows or needs is refused unless cascade, which lists them") {
  auto s = small_map();
  CHECK_THROWS_WITH_AS(edit::remove(s, model::Entity::organisation, {"a"}, false, kOrigin),
                       "organisation a still has 1 flow, 1 need; remove them first, or give cascade to remove "
                       "them too",
                       OptionInputError);
  auto r = edit::remove(s, model::Entity::organisation, {"a"}, true, kOrigin);
  std::vector<std::string> removed;
  for (const auto& c : r.changes)
    removed.push_back(std::string(c.action()) + " " + store::kind_name(c.kind) + " " + c.key);
  CHECK(removed == std::vector<std::string>{"delete organisation a", "delete flow 1", "delete need T|legal|a"});
  auto map = s.load();
  CHECK(map.flows.empty());
  CHECK(map.needs.empty());
}

TEST_CASE("remove territory --cascade drops it from organisations and removes its needs") {
  auto s = small_map();
  CHECK_THROWS_AS(edit::remove(s, model::Entity::territory, {"T"}, false, kOrigin), OptionInputError);
  edit::remove(s, model::Entity::territory, {"T"}, true, kOrigin);
  auto map = s.load();
  CHECK(map.territories.empty());
  CHECK(map.org("a")->territories.empty());
  CHECK(map.needs.empty());
}

TEST_CASE("set flow: status may change, not into another flow's key; a flow named by FROM TO") {
  auto s = small_map();
  edit::add(s, model::Entity::flow, {"a", "b"}, {{"status", "desired"}}, kOrigin);
  CHECK_THROWS_AS(edit::set(s, model::Entity::flow, {"a", "b"}, {{"note", "x"}}, kOrigin), InputError);
  CHECK_THROWS_AS(edit::set(s, model::Entity::flow, {"2"}, {{"status", "active"}}, kOrigin), ValidationError);
  edit::set(s, model::Entity::flow, {"2"}, {{"status", "blocked"}, {"obstacles", "gdpr"}}, kOrigin);
  auto map = s.load();
  CHECK(map.flows[1].id == 2);
  CHECK(map.flows[1].status == "blocked");
  CHECK_THROWS_AS(edit::set(s, model::Entity::flow, {"2"}, {{"from", "b"}}, kOrigin), ValidationError);
}
