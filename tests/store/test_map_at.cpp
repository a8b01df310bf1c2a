// The map at an earlier batch, rebuilt from the current map and the change log, is the map as
// it was stored then: same records, same values (flows with their stable ids).
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "edit/edit.hpp"
#include "edit/undo.hpp"
#include "store/changes.hpp"
#include "store/map_at.hpp"
#include "store/record_text.hpp"

using namespace stakemap;

namespace {
/// Every record of `map` as change-log text, with its kind (and a flow's id), in no order.
std::multiset<std::string> records_of(const model::Map& map) {
  std::multiset<std::string> out;
  for (const auto& t : map.territories) out.insert("T" + store::record_text(t));
  for (const auto& o : map.organisations) out.insert("O" + store::record_text(o));
  for (const auto& f : map.flows) out.insert("F" + std::to_string(f.id) + store::record_text(f));
  for (const auto& n : map.needs) out.insert("N" + store::record_text(n));
  return out;
}
const edit::Origin kOrigin{"edit", "ana", ""};
}  // namespace

TEST_CASE("map_at gives back the map as it was after every batch of a session") {
  auto s = store::Store::in_memory();
  std::vector<std::multiset<std::string>> states{records_of(s.load())};  // after batch 0: empty
  auto step = [&](auto&& change) {
    change();
    states.push_back(records_of(s.load()));
    REQUIRE(store::last_batch(s) == static_cast<std::int64_t>(states.size()) - 1);
  };
  using model::Entity;
  step([&] { edit::add(s, Entity::territory, {"T"}, {{"kind", "country"}, {"name", "Tland"}}, kOrigin); });
  step([&] { edit::add(s, Entity::organisation, {"a"}, {{"name", "A"}, {"territories", "T"}}, kOrigin); });
  step([&] { edit::add(s, Entity::organisation, {"b"}, {{"name", "B"}, {"domains", "legal|medical"}}, kOrigin); });
  step([&] { edit::add(s, Entity::flow, {"a", "b"}, {{"status", "blocked"}, {"obstacles", "gdpr"}}, kOrigin); });
  step([&] { edit::add(s, Entity::flow, {"b", "a"}, {}, kOrigin); });
  step([&] { edit::add(s, Entity::need, {"T", "legal"}, {{"reported_by", "a"}}, kOrigin); });
  step([&] { edit::set(s, Entity::flow, {"1"}, {{"status", "active"}, {"obstacles", ""}}, kOrigin); });
  step([&] { edit::set(s, Entity::organisation, {"b"}, {{"name", "B renamed"}, {"domains", "social"}}, kOrigin); });
  step([&] { edit::remove(s, Entity::flow, {"2"}, false, kOrigin); });
  step([&] { edit::remove(s, Entity::organisation, {"a"}, true, kOrigin); });  // with flow 1 and the need
  step([&] { edit::undo(s, std::nullopt, kOrigin); });                         // a back, with them
  for (std::size_t batch = 0; batch < states.size(); ++batch) {
    CAPTURE(batch);
    auto map = store::map_at(s, static_cast<std::int64_t>(batch));
    CHECK(records_of(map) == states[batch]);
    for (const auto& o : map.organisations) CHECK(map.org(o.id) == &o);  // indexes rebuilt
  }
  CHECK(states[1] != states[2]);  // the session did change the map at every step
}
