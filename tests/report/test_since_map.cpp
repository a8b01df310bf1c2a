// report/since_map: two states of a map merged for the map of changes since a round.
#include <doctest/doctest.h>

#include "report/since_map.hpp"

using namespace stakemap;
using render::Change;

namespace {
model::Flow flow(long long id, const char* from, const char* to, const char* status) {
  model::Flow f;
  f.id = id;
  f.from = from;
  f.to = to;
  f.status = status;
  f.basis = "voluntary";
  return f;
}

model::Map state(std::vector<const char*> orgs, std::vector<model::Flow> flows) {
  model::Map m;
  for (const char* id : orgs) {
    model::Organisation o;
    o.id = o.name = id;
    m.organisations.push_back(o);
  }
  m.flows = std::move(flows);
  m.reindex();
  return m;
}
}  // namespace

TEST_CASE("merge_states: now's records first, then those only in the earlier state, each marked") {
  auto then = state({"a", "b", "gone"},
                    {flow(1, "a", "b", "active"), flow(2, "b", "gone", "active"), flow(3, "a", "gone", "desired")});
  auto now = state({"a", "b", "new"},
                   {flow(1, "a", "b", "active"), flow(4, "new", "a", "active"), flow(5, "a", "a", "active")});
  auto m = report::merge_states(then, now, graph::Layer::parse("active"));
  REQUIRE(m.map.organisations.size() == 4);
  CHECK(m.map.organisations[3].id == "gone");
  CHECK(m.orgs == std::vector<Change>{Change::same, Change::same, Change::added, Change::removed});
  REQUIRE(m.map.flows.size() == 5);
  CHECK(m.flows == std::vector<Change>{Change::same, Change::added, Change::added, Change::removed, Change::removed});
  CHECK(m.map.org_index("gone") == 3);
  // Counted on the layer, self-loops left out: flow 5 (a -> a) and the desired flow 3 are not.
  CHECK(m.flows_added == 1);
  CHECK(m.flows_removed == 1);
  CHECK(m.orgs_added == 1);
  CHECK(m.orgs_removed == 1);
  CHECK(m.changed());
  CHECK(report::merge_states(then, then, graph::Layer::parse("any")).changed() == false);
  CHECK(report::merge_states(then, now, graph::Layer::parse("any")).flows_removed == 2);
}
