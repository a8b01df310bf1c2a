// The map's history: batches, oldest first, and the time of the last change.
#include <doctest/doctest.h>

#include "dataset/fixture.hpp"
#include "store/history.hpp"
#include "store/writer.hpp"

using stakemap::store::Store;
using stakemap::store::Writer;
namespace store = stakemap::store;

TEST_CASE("history and last change: empty for a new map, then every committed batch, after reopening") {
  test::TempDir dir;
  auto path = dir / "m.db";
  {
    Store s(path, Store::Mode::write);
    CHECK(store::history(s).empty());
    CHECK(store::last_change(s).empty());
    {
      Writer w(s, "import a", "a/organisations.csv");
      w.put_territory({"T", "country", "T", "", "", "", {}, {}});
      w.commit("1 territory");
    }
    {
      Writer w(s, "import b", "b");  // never committed: not in the history
      w.put_territory({"U", "country", "U", "", "", "", {}, {}});
    }
    {
      Writer w(s, "init", "");
      w.commit("");
    }
  }
  Store s(path, Store::Mode::read);
  auto batches = store::history(s);
  REQUIRE(batches.size() == 2);
  CHECK(batches[0].command == "import a");
  CHECK(batches[0].source == "a/organisations.csv");
  CHECK(batches[0].summary == "1 territory");
  CHECK(batches[1].command == "init");
  CHECK(batches[0].id < batches[1].id);
  CHECK(batches[0].at <= batches[1].at);
  CHECK(store::last_change(s) == batches[1].at);
  CHECK(store::last_change(s).size() >= 10);  // starts with the day, YYYY-MM-DD
  CHECK(store::last_change(s)[4] == '-');
}
