// The SQLite store: write, reopen, read; schema checks; pragmas; the change log.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>

#include "dataset/fixture.hpp"
#include "dataset/map_compare.hpp"
#include "store/connection.hpp"
#include "store/contents.hpp"
#include "store/writer.hpp"

using stakemap::InputError;
using stakemap::store::all_fields;
using stakemap::store::Store;
using stakemap::store::Writer;
namespace model = stakemap::model;

namespace {
model::Map sample_map() {
  model::Map m;
  m.territories.push_back({"C", "country", "Country", "Pays", "Land", "Land", {}, {}});
  m.territories.push_back({"P", "province", "Province", "", "", "", {"R", "C"}, {}});  // parent listed later
  m.territories.push_back({"R", "region", "Region", "", "", "", {"C"}, {}});
  m.territories.back().attributes = {{"name_ro", "Regiunea"}, {"name_uk", "Регіон"}};  // names in other languages
  model::Organisation a;
  a.id = "a";
  a.name = "Org \"A\" \\";
  a.aliases = {"A1", "Autre nom"};
  a.kind = "ngo";
  a.level = "local";
  a.languages = {"nl", "fr"};
  a.territories = {"P"};
  a.domains = {"social", "legal"};
  a.publics = {"refugees"};
  a.services = {"housing", "legal"};
  a.support_role = "both";
  a.focal_point = "yes";
  a.obstacles = {"gdpr", "no-trust"};
  a.willing = "unknown";
  a.contact_name = "J. Doe";
  a.contact_email = "j@example.org";
  a.attributes = {{"collects_data", "yes"}, {"website", "https://example.org"}};
  model::Organisation b;
  b.id = "b";
  b.name = "Org B";
  m.organisations = {a, b};
  model::Flow f;
  f.from = "a";
  f.to = "b";
  f.status = "blocked";
  f.basis = "mandatory";
  f.regularity = "regular";
  f.frequency = "monthly";
  f.population = "ukraine";
  f.data = {"beneficiaries", "free text category"};
  f.personal_data = "personal";
  f.obstacles = {"gdpr"};
  f.source = "a";
  f.confirmation = "claimed";
  f.note = "line1\nline2";
  f.weight = 2.5;
  f.attributes = {{"ticket", "T-1"}};
  model::Flow g;
  g.from = "b";
  g.to = "a";
  m.flows = {f, g};
  m.needs = {{"P", "housing", 120.0, "a"}, {"C", "labour", std::nullopt, ""}};
  m.reindex();
  return m;
}

// Writes `map` as the one batch of a new map at `path`.
void write_map(const std::string& path, const model::Map& map) {
  Store store(path, Store::Mode::write);
  Writer w(store, "test", "sample");
  w.replace_with(map);
  w.commit("sample");
}
}  // namespace

TEST_CASE("write, reopen, read: the map comes back field by field") {
  test::TempDir dir;
  auto path = dir / "m.db";
  auto map = sample_map();
  write_map(path, map);
  Store again(path, Store::Mode::read);
  test::check_same_map(again.load(), map);
}

TEST_CASE("load: flows whose row ids are far apart keep their codes and attributes") {
  // The loader indexes row ids in a vector while they are dense and in a hash beyond: move the
  // first flow's id far out (as years of edits and undos could) and read the map back.
  test::TempDir dir;
  auto path = dir / "m.db";
  auto map = sample_map();
  write_map(path, map);
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA foreign_keys = OFF");
    const auto first = raw.execAndGet("SELECT min(id) FROM flow").getInt64();
    for (const char* sql :
         {"UPDATE flow SET id = 5000000000 WHERE id = ?", "UPDATE flow_code SET flow = 5000000000 WHERE flow = ?",
          "UPDATE flow_attribute SET flow = 5000000000 WHERE flow = ?"}) {
      SQLite::Statement q(raw, sql);
      q.bind(1, first);
      q.exec();
    }
  }
  Store again(path, Store::Mode::read);
  const auto loaded = again.load();
  REQUIRE(loaded.flows.size() == 2);
  // Row order puts the moved flow last.
  CHECK(loaded.flows[1].id == 5000000000);
  CHECK(loaded.flows[1].data == map.flows[0].data);
  CHECK(loaded.flows[1].obstacles == map.flows[0].obstacles);
  CHECK(loaded.flows[1].attributes == map.flows[0].attributes);
  CHECK(loaded.flows[0].from == "b");
}

TEST_CASE("a writer that is not committed leaves nothing") {
  test::TempDir dir;
  auto path = dir / "m.db";
  Store store(path, Store::Mode::write);
  auto before = stakemap::store::dump(store);
  {
    Writer w(store, "test", "");
    w.replace_with(sample_map());
  }
  CHECK(stakemap::store::dump(store) == before);
}

TEST_CASE("pragmas: WAL, foreign keys, application id, schema version") {
  test::TempDir dir;
  Store store(dir / "m.db", Store::Mode::write);
  auto& db = stakemap::store::Connection::of(store);
  CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(db.execAndGet("PRAGMA foreign_keys").getInt() == 1);
  CHECK(db.execAndGet("PRAGMA application_id").getInt() == 0x534B4D50);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == stakemap::store::schema_version());
  CHECK(stakemap::store::schema_version() >= 3);  // one per file of models/migrations (004: provenance)
  CHECK(db.execAndGet("SELECT count(*) FROM provenance").getInt() == 0);
  CHECK(db.execAndGet("SELECT value FROM meta WHERE key = 'application'").getString() == "stakemap");
  // Foreign keys hold: a flow to an unknown organisation is refused by SQLite itself.
  CHECK_THROWS(
      db.exec("INSERT INTO flow(src, dst, status, basis, population) VALUES ('x', 'y', 'active', 'voluntary', 'all')"));
}

TEST_CASE("opening what is not a stakemap map fails clearly") {
  test::TempDir dir;
  SUBCASE("an SQLite file of another application") {
    auto path = dir / "other.db";
    {
      SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      db.exec("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)");
    }
    CHECK_THROWS_WITH_AS(Store(path, Store::Mode::read),
                         (path + ": not a stakemap map (it is an SQLite file of another application)").c_str(),
                         InputError);
    CHECK_THROWS_WITH_AS(Store(path, Store::Mode::write),
                         (path + ": not a stakemap map (it is an SQLite file of another application)").c_str(),
                         InputError);
  }
  SUBCASE("a text file") {
    auto path = dir.write("notes.db", "id,name\na,A\n");
    CHECK_THROWS_WITH_AS(Store(path, Store::Mode::read),
                         (path + ": cannot open as a stakemap map: file is not a database").c_str(), InputError);
  }
  SUBCASE("a missing file, for reading") {
    CHECK_THROWS_WITH_AS(
        Store(dir / "none.db", Store::Mode::read),
        (dir / "none.db" + ": no map here (create one with `stakemap init` or `stakemap import DIR`)").c_str(),
        InputError);
  }
  SUBCASE("an empty file, for reading") {
    auto path = dir.write("empty.db", "");
    CHECK_THROWS_WITH_AS(Store(path, Store::Mode::read),
                         (path + ": empty, not a stakemap map yet (create one with `stakemap init`)").c_str(),
                         InputError);
  }
}

TEST_CASE("a map with a newer schema is refused, for reading and writing") {
  test::TempDir dir;
  auto path = dir / "m.db";
  { Store store(path, Store::Mode::write); }
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 99");
  }
  std::string msg = path + ": map schema version 99 is newer than this stakemap knows (" +
                    std::to_string(stakemap::store::schema_version()) + "); upgrade stakemap";
  CHECK_THROWS_WITH_AS(Store(path, Store::Mode::read), msg.c_str(), InputError);
  CHECK_THROWS_WITH_AS(Store(path, Store::Mode::write), msg.c_str(), InputError);
}

TEST_CASE("every write is a batch; the change log says what each batch did") {
  test::TempDir dir;
  Store store(dir / "m.db", Store::Mode::write);
  {
    Writer w(store, "import x", "x/organisations.csv");
    model::Organisation a;
    a.id = "a";
    a.name = "A";
    w.put_org(a, all_fields());
    w.put_territory({"T", "country", "T", "", "", "", {}, {}}, false);  // first pass of a two-pass write
    w.put_territory({"T", "country", "T", "", "", "", {}, {}});
    w.commit("1 organisation");
  }
  {
    Writer w(store, "import y", "y");
    model::Organisation a;
    a.id = "a";
    a.name = "A renamed";
    w.put_org(a, {"name"});
    model::Flow f;
    f.from = f.to = "a";
    CHECK(w.put_flow(f, all_fields()));
    CHECK_FALSE(w.put_flow(f, all_fields()));  // same key twice in one batch
    CHECK(w.put_need({"T", "housing", 3.0, ""}));
    CHECK(w.counts().updated == 1);
    w.commit("rename");
  }
  {
    Writer w(store, "import z", "z");
    model::Flow f;
    f.from = f.to = "a";
    f.note = "again";
    CHECK(w.put_flow(f, {"note"}));  // a later batch updates it
    w.clear_all();
    w.commit("replace");
  }
  auto& db = stakemap::store::Connection::of(store);
  SQLite::Statement b(db, "SELECT id, command, source, summary FROM batch ORDER BY id");
  std::vector<std::string> batches;
  while (b.executeStep())
    batches.push_back(b.getColumn(1).getString() + " | " + b.getColumn(2).getString() + " | " +
                      b.getColumn(3).getString());
  CHECK(batches == std::vector<std::string>{"import x | x/organisations.csv | 1 organisation", "import y | y | rename",
                                            "import z | z | replace"});
  // One row per record that changed, with its whole text before and after (store/record_text.hpp).
  SQLite::Statement c(db,
                      "SELECT batch, entity, key, action, coalesce(before, '-'), coalesce(after, '-') "
                      "FROM change_log ORDER BY id");
  std::vector<std::string> log;
  while (c.executeStep())
    log.push_back(c.getColumn(0).getString() + " " + c.getColumn(1).getString() + " " + c.getColumn(2).getString() +
                  " " + c.getColumn(3).getString() + " [" + c.getColumn(4).getString() + "] [" +
                  c.getColumn(5).getString() + "]");
  const std::string flow = "from\ta\nto\ta\nstatus\tactive\nbasis\tvoluntary\npopulation\tall\n";
  CHECK(log == std::vector<std::string>{"1 territory T insert [-] [id\tT\nkind\tcountry\nname\tT\n]",
                                        "1 organisation a insert [-] [id\ta\nname\tA\n]",
                                        "2 organisation a update [id\ta\nname\tA\n] [id\ta\nname\tA renamed\n]",
                                        "2 flow 1 insert [-] [" + flow + "]",
                                        "2 need T|housing| insert [-] [territory\tT\nneed\thousing\nweight\t3\n]",
                                        "3 territory T delete [id\tT\nkind\tcountry\nname\tT\n] [-]",
                                        "3 organisation a delete [id\ta\nname\tA renamed\n] [-]",
                                        "3 flow 1 delete [" + flow + "] [-]",  // as it was when the batch began
                                        "3 need T|housing| delete [territory\tT\nneed\thousing\nweight\t3\n] [-]"});
  CHECK(db.execAndGet("SELECT count(*) FROM organisation").getInt() == 0);
}

TEST_CASE("partial updates change only the fields given") {
  auto store = Store::in_memory();
  auto map = sample_map();
  {
    Writer w(store, "t", "");
    w.replace_with(map);
    w.commit("");
  }
  {
    Writer w(store, "t", "");
    model::Organisation a;
    a.id = "a";
    a.name = "New name";
    a.domains = {"medical"};
    w.put_org(a, {"name", "domains"});
    model::Flow f = map.flows[0];
    f.note = "new note";
    f.regularity = "";
    f.weight.reset();
    w.put_flow(f, {"note"});
    w.commit("");
  }
  auto after = store.load();
  after.reindex();
  auto expected = map;
  expected.organisations[0].name = "New name";
  expected.organisations[0].domains = {"medical"};
  expected.flows[0].note = "new note";
  test::check_same_map(after, expected);
}

TEST_CASE("provenance: a synthetic mark is stored, survives reopening and replace_with, and --replace clears it") {
  test::TempDir dir;
  auto path = dir / "m.db";
  {
    Store store(path, Store::Mode::write);
    Writer w(store, "import", "");
    w.mark_synthetic();
    w.mark_synthetic();  // once is enough; twice changes nothing
    w.commit("");
  }
  model::Map map;
  {
    Store store(path, Store::Mode::read);
    map = store.load();
    CHECK(map.synthetic);
  }
  Store store(path, Store::Mode::write);
  {
    Writer w(store, "edit", "");
    w.replace_with(map);
    w.commit("");
  }
  CHECK(store.load().synthetic);
  {
    Writer w(store, "import --replace", "");
    w.clear_all();
    w.commit("");
  }
  CHECK_FALSE(store.load().synthetic);
  {
    Writer w(store, "import", "");
    w.mark_synthetic();  // not committed: rolled back
  }
  CHECK_FALSE(store.load().synthetic);
}

TEST_CASE("create: a new map appears whole or not at all, and never replaces one") {
  test::TempDir dir;
  auto path = dir / "new.db";
  // A failed fill leaves nothing: no map, no temporary file.
  CHECK_THROWS_AS(Store::create(path, [](Store&) { throw InputError("bad input"); }), InputError);
  CHECK(std::filesystem::is_empty(dir.path));
  bool filled = false;
  CHECK(Store::create(path, [&](Store& s) {
    Writer w(s, "test", "sample");
    w.replace_with(sample_map());
    w.commit("sample");
    filled = true;
  }));
  CHECK(filled);
  CHECK(Store(path, Store::Mode::read).load().organisations.size() == 2);
  // A second creation finds the map there: false, and the map is untouched.
  CHECK_FALSE(Store::create(path, [](Store& s) {
    Writer w(s, "test", "other");
    w.replace_with(model::Map{});
    w.commit("empty");
  }));
  CHECK(Store(path, Store::Mode::read).load().organisations.size() == 2);
  for (const auto& entry : std::filesystem::directory_iterator(dir.path))
    CHECK_MESSAGE(entry.path().extension() != ".tmp", entry.path().string());
}

TEST_CASE("private_copy: a dry run's copy of the map; writing it never touches the map") {
  test::TempDir dir;
  auto path = dir / "m.db";
  {
    Store store(path, Store::Mode::write);
    Writer w(store, "test", "sample");
    w.replace_with(sample_map());
    w.commit("sample");
  }
  Store map(path, Store::Mode::read);
  auto before = stakemap::store::dump(map);
  auto copy = Store::private_copy(path);
  test::check_same_map(copy.load(), sample_map());
  {
    Writer w(copy, "test", "other");
    w.replace_with(model::Map{});
    w.commit("empty");
  }
  CHECK(copy.load().organisations.empty());
  CHECK(stakemap::store::dump(map) == before);
  CHECK_THROWS_AS(Store::private_copy(dir / "none.db"), InputError);
}
