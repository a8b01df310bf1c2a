// Naming a flow or a need on the command line.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "edit/find.hpp"

using namespace stakemap;

namespace {
model::Map two_parallel_flows() {
  model::Map m;
  for (long long id : {7, 9, 12}) {
    model::Flow f;
    f.id = id;
    f.from = "a";
    f.to = id == 12 ? "c" : "b";
    f.status = id == 9 ? "blocked" : "active";
    m.flows.push_back(f);
  }
  m.needs = {{"T", "legal", {}, ""}, {"T", "medical", {}, "a"}, {"T", "medical", {}, "b"}};
  return m;
}
}  // namespace

TEST_CASE("find_flow: by id, or FROM TO when one flow links them") {
  auto m = two_parallel_flows();
  CHECK(edit::find_flow(m, {"9"}) == 1);
  CHECK(edit::find_flow(m, {"a", "c"}) == 2);
  CHECK_THROWS_WITH_AS(edit::find_flow(m, {"a", "b"}),
                       "2 flows go from a to b; name one by its id: 7 (a -> b, active, voluntary, all); "
                       "9 (a -> b, blocked, voluntary, all)",
                       InputError);
  CHECK_THROWS_WITH_AS(edit::find_flow(m, {"8"}), "no flow 8 in the map", InputError);
  CHECK_THROWS_AS(edit::find_flow(m, {"x1"}), InputError);
  CHECK_THROWS_AS(edit::find_flow(m, {"b", "a"}), InputError);
}

TEST_CASE("find_need: TERRITORY NEED, with the reporter when several reported it") {
  auto m = two_parallel_flows();
  CHECK(edit::find_need(m, {"T", "legal"}) == 0);
  CHECK(edit::find_need(m, {"T", "medical", "b"}) == 2);
  CHECK_THROWS_WITH_AS(edit::find_need(m, {"T", "medical"}),
                       "2 needs medical in T: add who reported the one you mean ('a', 'b')", InputError);
}
