// Migrations: a map written by an older stakemap opens, is migrated once, and reads back the
// same map; the analysts' views work on it.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include "dataset/fixture.hpp"
#include "model/embedded.hpp"
#include "store/connection.hpp"
#include "store/writer.hpp"

using stakemap::store::Store;
namespace model = stakemap::model;

namespace {
// A map file as stakemap wrote it at schema version 1: flows' data and obstacles '|'-joined.
void write_version_1(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("PRAGMA foreign_keys = ON");
  db.exec(std::string(model::embedded_model("migrations/001_core.sql")));
  db.exec("PRAGMA application_id = 1397443920");  // "SKMP"
  db.exec("PRAGMA user_version = 1");
  db.exec(
      "INSERT INTO batch(id, at, command) VALUES (1, '2024-01-01T00:00:00Z', 'import');"
      "INSERT INTO territory(id, kind, name) VALUES ('BE', 'country', 'Belgium');"
      "INSERT INTO organisation(id, name, level) VALUES ('a', 'Org A', 'federal'), ('b', 'Org B', 'local');"
      "INSERT INTO org_code(org, facet, code, position) VALUES ('a', 'domain', 'legal', 0), ('a', 'territory', 'BE', "
      "0);"
      "INSERT INTO flow(id, src, dst, status, basis, population, data, obstacles, weight) VALUES"
      " (1, 'a', 'b', 'blocked', 'voluntary', 'all', 'arrivals|housing needs|x', 'gdpr|no-trust', 2.5),"
      " (2, 'b', 'a', 'active', 'mandatory', 'all', '', '', NULL),"
      " (3, 'b', 'a', 'desired', 'voluntary', 'all', 'one', 'no-resources', NULL);"
      "INSERT INTO flow_attribute(flow, key, value) VALUES (3, 'channel', 'e-mail');");
}

std::vector<std::string> strings(SQLite::Database& db, const std::string& sql) {
  std::vector<std::string> out;
  SQLite::Statement q(db, sql);
  while (q.executeStep()) {
    std::string row;
    for (int i = 0; i < q.getColumnCount(); ++i) row += (i ? "," : "") + q.getColumn(i).getString();
    out.push_back(row);
  }
  return out;
}
}  // namespace

TEST_CASE("migration 2: flows' '|'-joined data and obstacles move into flow_code, in order") {
  test::TempDir dir;
  auto path = dir / "old.db";
  write_version_1(path);
  {
    Store store(path, Store::Mode::write);  // any writing open migrates it
    auto& db = stakemap::store::Connection::of(store);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == stakemap::store::schema_version());
    CHECK(strings(db, "SELECT flow, facet, code, position FROM flow_code") ==
          std::vector<std::string>{"1,data,arrivals,0", "1,data,housing needs,1", "1,data,x,2", "1,obstacle,gdpr,0",
                                   "1,obstacle,no-trust,1", "3,data,one,0", "3,obstacle,no-resources,0"});
    // The old columns are gone: nothing can read them by mistake.
    CHECK(strings(db, "SELECT name FROM pragma_table_info('flow') WHERE name IN ('data', 'obstacles')").empty());
  }
  Store store(path, Store::Mode::read);
  auto map = store.load();
  REQUIRE(map.flows.size() == 3);
  CHECK(map.flows[0].data == std::vector<std::string>{"arrivals", "housing needs", "x"});
  CHECK(map.flows[0].obstacles == std::vector<std::string>{"gdpr", "no-trust"});
  CHECK(map.flows[0].weight == 2.5);
  CHECK(map.flows[1].data.empty());
  CHECK(map.flows[1].obstacles.empty());
  CHECK(map.flows[2].obstacles == std::vector<std::string>{"no-resources"});
  CHECK(map.flows[2].attributes.at("channel") == "e-mail");
  CHECK(map.org("a")->domains == std::vector<std::string>{"legal"});
}

TEST_CASE("an older map opened for reading, where it may be written, is migrated first, then read") {
  test::TempDir dir;
  auto path = dir / "old.db";
  write_version_1(path);
  Store store(path, Store::Mode::read);
  auto map = store.load();
  CHECK(map.flows.size() == 3);
  CHECK(map.flows[0].obstacles == std::vector<std::string>{"gdpr", "no-trust"});
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == stakemap::store::schema_version());
}

TEST_CASE("migration 2: views name both organisations and label codes from the taxonomy") {
  test::TempDir dir;
  auto path = dir / "old.db";
  write_version_1(path);
  Store store(path, Store::Mode::write);
  auto& db = stakemap::store::Connection::of(store);
  CHECK(strings(db, "SELECT id, src_name, dst_name, data, obstacles FROM flow_named ORDER BY id") ==
        std::vector<std::string>{"1,Org A,Org B,arrivals|housing needs|x,gdpr|no-trust", "2,Org B,Org A,,",
                                 "3,Org B,Org A,one,no-resources"});
  CHECK(strings(db, "SELECT org, facet, code, label_en FROM org_code_labelled ORDER BY org, facet") ==
        std::vector<std::string>{"a,domain,legal,Justice and legal affairs", "a,level,federal,National/federal",
                                 "a,territory,BE,Belgium", "b,level,local,Local"});
  auto obstacles = strings(db, "SELECT flow, obstacle, label_en FROM flow_obstacle_labelled ORDER BY flow, position");
  REQUIRE(obstacles.size() == 3);
  CHECK(obstacles[0] == "1,gdpr,GDPR or data protection considerations/concerns");
}

TEST_CASE("the taxonomy table follows the build's models/taxonomy.csv") {
  test::TempDir dir;
  auto path = dir / "m.db";
  { Store store(path, Store::Mode::write); }
  std::string digest;
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    digest = db.execAndGet("SELECT value FROM meta WHERE key = 'taxonomy_digest'").getString();
    CHECK(db.execAndGet("SELECT label_en FROM taxonomy WHERE facet = 'level' AND code = 'federal'").getString() ==
          "National/federal");
    // As if an older build had written another taxonomy.
    db.exec("UPDATE taxonomy SET label_en = 'stale'; UPDATE meta SET value = 'old' WHERE key = 'taxonomy_digest'");
  }
  { Store store(path, Store::Mode::write); }
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("SELECT value FROM meta WHERE key = 'taxonomy_digest'").getString() == digest);
  CHECK(db.execAndGet("SELECT count(*) FROM taxonomy WHERE label_en = 'stale'").getInt() == 0);
  CHECK(db.execAndGet("SELECT label_en FROM taxonomy WHERE facet = 'level' AND code = 'federal'").getString() ==
        "National/federal");
}

TEST_CASE("flows written now keep data and obstacles in flow_code; updates replace them") {
  test::TempDir dir;
  Store store(dir / "m.db", Store::Mode::write);
  model::Organisation a, b;
  a.id = a.name = "a";
  b.id = b.name = "b";
  model::Flow f;
  f.from = "a";
  f.to = "b";
  f.data = {"x", "y"};
  f.obstacles = {"gdpr"};
  {
    stakemap::store::Writer w(store, "test", "");
    w.put_org(a, stakemap::store::all_fields());
    w.put_org(b, stakemap::store::all_fields());
    CHECK(w.put_flow(f, stakemap::store::all_fields()));
    w.commit("");
  }
  f.data = {"z"};
  f.obstacles.clear();
  {
    stakemap::store::Writer w(store, "test", "");
    CHECK(w.put_flow(f, {"from", "to", "data", "obstacles"}));
    w.commit("");
  }
  auto& db = stakemap::store::Connection::of(store);
  CHECK(strings(db, "SELECT facet, code, position FROM flow_code") == std::vector<std::string>{"data,z,0"});
  CHECK(store.load().flows[0].data == std::vector<std::string>{"z"});
}

TEST_CASE("migration 004: an older map gets an empty provenance table and reads as not synthetic") {
  test::TempDir dir;
  auto path = dir / "old.db";
  write_version_1(path);
  {
    Store store(path, Store::Mode::write);
    auto& db = stakemap::store::Connection::of(store);
    CHECK(db.execAndGet("SELECT count(*) FROM provenance").getInt() == 0);
    CHECK_THROWS(db.exec("INSERT INTO provenance(kind, batch) VALUES ('invented', 1)"));  // one known kind
  }
  Store store(path, Store::Mode::read);
  CHECK_FALSE(store.load().synthetic);
}

TEST_CASE("migration 3: flows keep their ids, attributes and codes; a removed flow's id is never given again") {
  test::TempDir dir;
  auto path = dir / "old.db";
  write_version_1(path);
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec(
        "INSERT INTO change_log(batch, entity, key, action) VALUES (1, 'flow', 'b|a|desired|voluntary|all', 'insert')");
  }
  Store store(path, Store::Mode::write);
  auto& db = stakemap::store::Connection::of(store);
  CHECK(strings(db, "SELECT id, src, dst, status FROM flow ORDER BY id") ==
        std::vector<std::string>{"1,a,b,blocked", "2,b,a,active", "3,b,a,desired"});
  CHECK(strings(db, "SELECT flow, key, value FROM flow_attribute") == std::vector<std::string>{"3,channel,e-mail"});
  CHECK(strings(db, "SELECT count(*) FROM flow_named") == std::vector<std::string>{"3"});
  // The log written before version 3 stays, without values.
  CHECK(strings(db, "SELECT batch, action, before IS NULL AND after IS NULL FROM change_log") ==
        std::vector<std::string>{"1,insert,1"});
  {
    stakemap::store::Writer w(store, "edit", "");
    w.remove(stakemap::store::Kind::flow, "3");  // the trigger still deletes its codes
    model::Flow f;
    f.from = "a";
    f.to = "b";
    CHECK(w.restore(f, 0) == 4);  // not 3
    w.commit("");
  }
  CHECK(strings(db, "SELECT count(*) FROM flow_code WHERE flow = 3") == std::vector<std::string>{"0"});
  CHECK(strings(db, "PRAGMA foreign_keys") == std::vector<std::string>{"1"});
}
