// export csv -> import gives the same map, field by field; personal data only on request.
#include <doctest/doctest.h>

#include "dataset/export_csv.hpp"
#include "dataset/fixture.hpp"
#include "dataset/map_compare.hpp"
#include "dataset/privacy.hpp"

using stakemap::dataset::export_csv;
using stakemap::dataset::import_dataset;
using stakemap::store::Store;

namespace {
stakemap::model::Map load(Store& s) {
  auto m = s.load();
  m.reindex();
  return m;
}
}  // namespace

TEST_CASE("bundled dataset: export csv (with personal data) then import gives the same map") {
  auto store = Store::in_memory();
  import_dataset(store, test::bundled_dataset(), {});
  auto map = load(store);
  test::TempDir out;
  export_csv(map, out.str(), {true});
  auto again = Store::in_memory();
  import_dataset(again, out.str(), {});
  test::check_same_map(load(again), map);
  // And a second export is byte-identical to the first.
  test::TempDir out2;
  export_csv(load(again), out2.str(), {true});
  for (const char* f : {"territories.csv", "organisations.csv", "flows.csv", "needs.csv"})
    CHECK(test::slurp(out / f) == test::slurp(out2 / f));
}

TEST_CASE("without --personal, contacts are not exported; the rest round-trips") {
  auto store = Store::in_memory();
  import_dataset(store, test::bundled_dataset(), {});
  auto map = load(store);
  test::TempDir out;
  export_csv(map, out.str(), {false});
  auto orgs = test::slurp(out / "organisations.csv");
  CHECK(orgs.find("contact_") == std::string::npos);
  CHECK(orgs.find("@example.org") == std::string::npos);
  auto again = Store::in_memory();
  import_dataset(again, out.str(), {});
  auto expected = stakemap::dataset::apply_privacy(map, stakemap::dataset::Privacy::partners);
  test::check_same_map(load(again), expected);
}

TEST_CASE("round trip keeps numbers, empty optional fields, attributes and order") {
  test::TempDir src;
  src.write("territories.csv", "id,kind,name,name_fr,part_of\nB,area,B,,A\nA,country,A,Pays A,\n");
  src.write("organisations.csv", "id,name,level,extra_z,extra_a\nz,Zed,,1,\na,Aye,local,,x\n");
  src.write("flows.csv", "from,to,weight,data,ticket\nz,a,0.1,a|b c,T-9\na,z,,,\n");
  src.write("needs.csv", "territory,need,weight\nB,housing,1e-3\nA,labour,\n");
  auto store = Store::in_memory();
  import_dataset(store, src.str(), {});
  auto map = load(store);
  CHECK(map.flows[0].weight == 0.1);
  CHECK(map.needs[0].weight == 0.001);
  CHECK(map.organisations[0].attributes == stakemap::model::Attributes{{"extra_z", "1"}});
  test::TempDir out;
  export_csv(map, out.str(), {true});
  auto again = Store::in_memory();
  import_dataset(again, out.str(), {});
  test::check_same_map(load(again), map);
}
