// Records: fields in file order, found and replaced by name, in linear time however many; and
// the limit on the items one interchange import makes.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "interop/map_builder.hpp"
#include "interop/records.hpp"

using namespace stakemap::interop;

TEST_CASE("record: set, find, erase and rename, below and above the indexed size") {
  for (int n : {3, 40}) {
    CAPTURE(n);
    Record r;
    for (int i = 0; i < n; ++i) r.set("k" + std::to_string(i), {"v" + std::to_string(i), 1, i + 1});
    r.set("k1", {"again", 2, 1});
    REQUIRE(r.fields.size() == static_cast<std::size_t>(n));
    CHECK(r.find("k1")->text == "again");
    CHECK(r.fields[1].first == "k1");  // replaced in place
    CHECK(r.find(std::string("k") + std::to_string(n - 1))->column == n);
    CHECK(r.find("nope") == nullptr);
    r.erase("k0");
    CHECK(r.find("k0") == nullptr);
    CHECK(r.find("k2")->text == "v2");
    r.rename("k2", "name");
    CHECK(r.find("k2") == nullptr);
    CHECK(r.find("name")->text == "v2");
    r.rename("k1", "name");  // the target exists: nothing changes
    CHECK(r.find("k1")->text == "again");
    r.set("last", {"x", 0, 0});
    CHECK(r.fields.back().first == "last");
    CHECK(r.find("last")->text == "x");
  }
}

TEST_CASE("record: 200 000 fields are set and found in linear time") {
  // Before the index this loop was quadratic: 2 * 10^10 string comparisons (minutes).
  Record r;
  const int n = 200000;
  for (int i = 0; i < n; ++i) r.set("k" + std::to_string(i), {"v", 0, 0});
  int found = 0;
  for (int i = 0; i < n; ++i) found += r.find("k" + std::to_string(i)) != nullptr;
  CHECK(found == n);
}

TEST_CASE("map builder: the item limit follows the input's size, between its floor and its cap") {
  stakemap::dataset::Diagnostics diags;
  MapBuilder b("m.graphml", diags);
  CHECK(b.max_items() == MapBuilder::kMaxItems);  // unknown size (a pipe)
  b.set_input_size(1000);
  CHECK(b.max_items() == MapBuilder::kMinItems);
  b.set_input_size(MapBuilder::kBytesPerItem * 300'000);
  CHECK(b.max_items() == 300'000);
  b.set_input_size(std::size_t(256) << 20);
  CHECK(b.max_items() == MapBuilder::kMaxItems);

  b.set_input_size(100);  // 100 000 items at most
  Record r;
  r.line = 7;
  r.column = 3;
  CHECK_NOTHROW(b.expect_items(MapBuilder::kMinItems, r));
  CHECK_THROWS_WITH_AS(b.expect_items(MapBuilder::kMinItems + 1, r),
                       doctest::Contains("m.graphml:7:3: more than 100000 organisations, flows, territories and needs "
                                         "(the limit for an interchange import: one per 16 bytes of input (100 bytes)"),
                       stakemap::InputError);
}
