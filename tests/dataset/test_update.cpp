// Re-import semantics: update by id, partial columns, --replace, --dry-run, and rollback of
// a failing import (the map keeps exactly the rows it had).
#include <doctest/doctest.h>

#include "dataset/fixture.hpp"
#include "dataset/map_compare.hpp"
#include "store/contents.hpp"

using stakemap::ValidationError;
using stakemap::dataset::FileKind;
using stakemap::dataset::import_dataset;
using stakemap::dataset::import_files;
using stakemap::dataset::ImportOptions;
using stakemap::store::Store;

namespace {
struct Base {
  test::TempDir dir;
  test::TempDir db_dir;
  Store store;
  Base() : store(db_dir / "m.db", Store::Mode::write) {
    dir.write("territories.csv", "id,kind,name,part_of\nC,country,Country,\nP,province,Province,C\n");
    dir.write("organisations.csv",
              "id,name,level,domains,territories,contact_name,website\n"
              "a,Org A,local,social|legal,P,Ann,https://a.example\nb,Org B,federal,medical,C,,\n");
    dir.write("flows.csv",
              "from,to,status,basis,regularity,note\na,b,active,mandatory,regular,monthly report\n"
              "b,a,desired,voluntary,,wanted\n");
    dir.write("needs.csv", "territory,need,weight,reported_by\nP,housing,10,a\n");
    import_dataset(store, dir.str(), {});
  }
  stakemap::model::Map map() {
    auto m = store.load();
    m.reindex();
    return m;
  }
};
}  // namespace

TEST_CASE("re-importing the same dataset changes nothing but batches and the log") {
  Base base;
  auto before = base.map();
  auto report = import_dataset(base.store, base.dir.str(), {});
  CHECK(report.counts.organisations == 2);
  CHECK(report.counts.updated == 2 + 2 + 2 + 1);  // territories, organisations, flows, needs
  test::check_same_map(base.map(), before);
}

TEST_CASE("a file with fewer columns updates only those columns") {
  Base base;
  auto expected = base.map();
  test::TempDir upd;
  upd.write("organisations.csv", "id,name,level\na,Org A (renamed),regional\nc,Org C,local\n");
  upd.write("flows.csv", "from,to,status,basis,note\na,b,active,mandatory,weekly report\n");
  auto report = import_dataset(base.store, upd.str(), {});
  CHECK(report.counts.updated == 2);  // org a and flow a -> b; org c is new
  auto after = base.map();
  expected.organisations[0].name = "Org A (renamed)";
  expected.organisations[0].level = "regional";
  stakemap::model::Organisation c;
  c.id = "c";
  c.name = "Org C";
  c.level = "local";
  expected.organisations.push_back(c);
  expected.flows[0].note = "weekly report";
  test::check_same_map(after, expected);
  // Untouched: domains, territories, the contact, attributes, the flow's regularity.
  CHECK(after.org("a")->domains == std::vector<std::string>{"social", "legal"});
  CHECK(after.org("a")->contact_name == "Ann");
  CHECK(after.org("a")->attributes.at("website") == "https://a.example");
  CHECK(after.flows[0].regularity == "regular");
}

TEST_CASE("territories: absent columns (names in other languages, part_of) are kept") {
  Base base;
  test::TempDir upd;
  auto path =
      upd.write("territories.csv", "id,kind,name,name_nl\nP,province,Province renamed,Provincie\nQ,province,New,\n");
  import_files(base.store, {{FileKind::territories, path}}, {});
  auto after = base.map();
  const auto* p = after.territory("P");
  REQUIRE(p);
  CHECK(p->name == "Province renamed");
  CHECK(p->name_nl == "Provincie");
  CHECK(p->parents == std::vector<std::string>{"C"});
  CHECK(after.territory("Q")->parents.empty());
  upd.write("territories.csv", "id,kind,name,part_of\nP,province,Province renamed,\n");
  import_files(base.store, {{FileKind::territories, path}}, {});
  CHECK(base.map().territory("P")->parents.empty());  // present and empty: cleared
  CHECK(base.map().territory("P")->name_nl == "Provincie");
}

TEST_CASE("an empty cell in a column that is present clears the field, attributes included") {
  Base base;
  test::TempDir upd;
  upd.write("organisations.csv", "id,name,domains,website\na,Org A,,\n");
  import_dataset(base.store, upd.str(), {});
  auto after = base.map();
  CHECK(after.org("a")->domains.empty());
  CHECK(after.org("a")->attributes.count("website") == 0);  // attributes too
  CHECK(after.org("a")->contact_name == "Ann");             // a column that is absent is kept
}

TEST_CASE("a single file can be imported by kind") {
  Base base;
  test::TempDir upd;
  auto path = upd.write("more-flows.csv", "from,to,status\na,b,blocked\n");
  auto report = import_files(base.store, {{FileKind::flows, path}}, {});
  CHECK(report.counts.flows == 1);
  CHECK(base.map().flows.size() == 3);
}

TEST_CASE("--replace makes the kinds the files carry exactly the files' rows, and keeps the others") {
  Base base;
  auto territories = base.map().territories.size();
  test::TempDir other;
  other.write("organisations.csv", "id,name\na,A again\ny,Y\n");
  other.write("flows.csv", "from,to\na,y\n");
  ImportOptions replace;
  replace.replace = true;
  auto report = import_dataset(base.store, other.str(), replace);
  CHECK(report.counts.removed_organisations == 1);  // b, with its flows and the needs it reported
  auto fresh = Store::in_memory();
  import_dataset(fresh, other.str(), {});
  auto got = base.map(), want = fresh.load();
  REQUIRE(got.organisations.size() == want.organisations.size());
  for (std::size_t i = 0; i < got.organisations.size(); ++i) {
    CHECK(got.organisations[i].id == want.organisations[i].id);
    CHECK(got.organisations[i].name == want.organisations[i].name);
  }
  REQUIRE(got.flows.size() == 1);
  CHECK(got.flows[0].to == "y");
  CHECK(got.territories.size() == territories);  // no territories.csv: kept
}

TEST_CASE("--dry-run validates, reports and writes nothing") {
  Base base;
  auto before = stakemap::store::dump(base.store);
  test::TempDir upd;
  upd.write("organisations.csv", "id,name\na,Renamed\nz,Z\n");
  ImportOptions dry;
  dry.dry_run = true;
  auto report = import_dataset(base.store, upd.str(), dry);
  CHECK(report.counts.organisations == 2);
  CHECK(report.counts.updated == 1);
  CHECK(stakemap::store::dump(base.store) == before);
  dry.replace = true;
  import_dataset(base.store, upd.str(), dry);
  CHECK(stakemap::store::dump(base.store) == before);
}

TEST_CASE("a failing import leaves every table exactly as it was") {
  Base base;
  auto before = stakemap::store::dump(base.store);
  test::TempDir bad;
  // Valid territories and organisations (that would update and add rows), then a bad flow.
  bad.write("territories.csv", "id,kind,name,part_of\nN,province,New,C\n");
  bad.write("organisations.csv", "id,name,level\na,Changed,federal\nn,New org,local\n");
  bad.write("flows.csv", "from,to\na,n\nn,nobody\n");
  bad.write("needs.csv", "territory,need\nN,housing\n");
  CHECK(test::import_errors(base.store, bad.str()) ==
        std::vector<std::string>{bad / "flows.csv" + ":3:3: error: unknown organisation 'nobody' in column 'to'"});
  CHECK(stakemap::store::dump(base.store) == before);
  SUBCASE("also with --replace, and after reopening the file") {
    ImportOptions replace;
    replace.replace = true;
    // After --replace, C (the new province's parent) no longer exists either.
    CHECK(test::import_errors(base.store, bad.str(), replace) ==
          std::vector<std::string>{bad / "territories.csv" + ":2:16: error: unknown territory 'C' in column 'part_of'",
                                   bad / "flows.csv" + ":3:3: error: unknown organisation 'nobody' in column 'to'"});
    CHECK(stakemap::store::dump(base.store) == before);
    Store reopened(base.db_dir / "m.db", Store::Mode::read);
    CHECK(stakemap::store::dump(reopened) == before);
  }
  SUBCASE("also when the CSV itself is malformed") {
    bad.write("flows.csv", "from,to\na,\"n\n");
    CHECK(test::import_errors(base.store, bad.str()).size() == 1);
    CHECK(stakemap::store::dump(base.store) == before);
  }
}

TEST_CASE("--replace of flows alone replaces the flows and checks them against the stored organisations") {
  Base base;
  test::TempDir only_flows;
  auto path = only_flows.write("flows.csv", "from,to\nb,a\n");
  ImportOptions replace;
  replace.replace = true;
  auto report = import_files(base.store, {{FileKind::flows, path}}, replace);
  CHECK(report.counts.removed_flows == static_cast<long>(2));
  auto map = base.map();
  CHECK(map.organisations.size() == 2);
  REQUIRE(map.flows.size() == 1);
  CHECK(map.flows[0].from == "b");
  auto bad = only_flows.write("more/flows.csv", "from,to\nb,nobody\n");
  CHECK_THROWS_AS(import_files(base.store, {{FileKind::flows, bad}}, replace), ValidationError);
}
