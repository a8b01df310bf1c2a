// Records: fields in file order, found and replaced by name, in linear time however many.
#include <doctest/doctest.h>

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
