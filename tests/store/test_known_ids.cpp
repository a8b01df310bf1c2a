// The ids a map already holds: organisations, territories and the territory graph in order.
#include <doctest/doctest.h>

#include "dataset/fixture.hpp"
#include "store/known_ids.hpp"
#include "store/writer.hpp"

using stakemap::store::all_fields;
using stakemap::store::Store;
using stakemap::store::Writer;
namespace model = stakemap::model;

TEST_CASE("known ids: written, reopened, read back; parents in the order listed") {
  test::TempDir dir;
  auto path = dir / "m.db";
  {
    Store s(path, Store::Mode::write);
    CHECK(stakemap::store::known_ids(s).orgs.empty());
    Writer w(s, "test", "");
    model::Territory c{"C", "country", "C", "", "", "", {}, {}}, r{"R", "region", "R", "", "", "", {"C"}, {}};
    model::Territory p{"P", "province", "P", "", "", "", {"R", "C"}, {}};
    for (const auto& t : {c, r, p}) w.put_territory(t, false);
    for (const auto& t : {c, r, p}) w.put_territory(t);
    model::Organisation a, b;
    a.id = "a";
    a.name = "A";
    b.id = "b";
    b.name = "B";
    w.put_org(a, all_fields());
    w.put_org(b, all_fields());
    w.commit("");
  }
  Store s(path, Store::Mode::read);
  auto k = stakemap::store::known_ids(s);
  CHECK(k.orgs == std::unordered_set<std::string>{"a", "b"});
  CHECK(k.territories == std::unordered_set<std::string>{"C", "R", "P"});
  CHECK(k.parents == std::map<std::string, std::vector<std::string>>{{"P", {"R", "C"}}, {"R", {"C"}}});
}
