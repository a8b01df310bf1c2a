// The change log's record text: every record reads back as it was, hostile text included.
#include <doctest/doctest.h>

#include "interop/sample_map.hpp"
#include "store/record_text.hpp"

using namespace stakemap;

TEST_CASE("record text: every record of the sample map reads back the same") {
  auto map = test::sample_map();
  for (const auto& t : map.territories) {
    auto back = store::record_from_text<model::Territory>(store::record_text(t));
    CHECK(back.id == t.id);
    CHECK(back.name == t.name);
    CHECK(back.parents == t.parents);
  }
  for (const auto& o : map.organisations) {
    auto back = store::record_from_text<model::Organisation>(store::record_text(o));
    CHECK(store::record_text(back) == store::record_text(o));
    CHECK(back.name == o.name);
    CHECK(back.attributes == o.attributes);
    CHECK(back.contact_email == o.contact_email);
  }
  for (const auto& f : map.flows) {
    auto back = store::record_from_text<model::Flow>(store::record_text(f));
    CHECK(store::record_text(back) == store::record_text(f));
    CHECK(back.weight == f.weight);
    CHECK(back.data == f.data);
  }
}

TEST_CASE("record text: lines, escapes, empty fields left out, defaults not assumed") {
  model::Flow f;
  f.from = "a";
  f.to = "b\tc";
  f.note = "x\\ny\nz";
  f.data = {"one", "two"};
  f.weight = 0.1;
  auto text = store::record_text(f);
  CHECK(
      text ==
      "from\ta\nto\tb\\tc\nstatus\tactive\nbasis\tvoluntary\npopulation\tall\ndata\tone\ndata\ttwo\nnote\tx\\\\ny\\nz\n"
      "weight\t0.1\n");
  auto back = store::record_from_text<model::Flow>("from\ta\nto\tb\n");
  CHECK(back.status.empty());  // not the struct's default "active": the text says what was stored
  CHECK_FALSE(back.weight);
  CHECK(store::text_fields(text)[5] == store::TextField{"data", "one|two"});
  CHECK_THROWS_AS(store::record_from_text<model::Flow>("colour\tred\n"), std::logic_error);
}

TEST_CASE("field changes: what differs between two texts of a record") {
  auto changes = store::field_changes("id\ta\nname\tA\nkind\tngo\n", "id\ta\nname\tB\nlevel\tlocal\n");
  REQUIRE(changes.size() == 3);
  CHECK(changes[0].field == "name");
  CHECK(changes[0].before == "A");
  CHECK(changes[0].after == "B");
  CHECK(changes[1].field == "kind");
  CHECK(changes[1].after.empty());
  CHECK(changes[2].field == "level");
  CHECK(changes[2].before.empty());
  CHECK(store::field_changes("", "id\ta\n").size() == 1);
}
