// The map image (store/map_image.hpp, store/image_cache.hpp): a map loaded from its image is
// the map loaded from its tables, field by field; a write by stakemap or by anyone through
// SQLite empties it; a damaged image, a missing trigger or a busy map are misses, never errors;
// a claim overtaken by a write stores nothing.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include "dataset/fixture.hpp"
#include "dataset/importer.hpp"
#include "dataset/map_compare.hpp"
#include "fuzz/targets.hpp"
#include "store/answers.hpp"
#include "store/connection.hpp"
#include "store/image_cache.hpp"
#include "store/map_image.hpp"
#include "store/writer.hpp"

using stakemap::store::Store;
using stakemap::store::Writer;
namespace model = stakemap::model;
namespace store = stakemap::store;

namespace {
// Text no output or store may trip over, in every field kind.
const std::vector<std::string> kHostile = {"quote \" and 'single'",
                                           "back\\slash",
                                           "two\nlines\r\nCRLF",
                                           "<script>alert(1)</script>",
                                           "=HYPERLINK(\"x\")",
                                           "emoji 😀 e\xCC\x81",
                                           "שלום مرحبا",
                                           "bidi \xE2\x80\xAEreversed",
                                           "control \x01\x1b[31m",
                                           "",
                                           "a|b;c,d",
                                           std::string("nul\0inside", 10)};

const std::string& hostile(std::size_t i) { return kHostile[i % kHostile.size()]; }

// A synthetic map with every field kind filled with hostile text: lists (some empty), numbers
// set and unset, attributes on territories, organisations and flows, contacts and needs.
model::Map hostile_map() {
  model::Map m;
  m.territories.push_back({"T0", "country", hostile(0), hostile(1), hostile(2), hostile(3), {}, {}});
  m.territories.push_back({"T1", "region", hostile(4), "", "", hostile(5), {"T0"}, {{"name_ro", hostile(6)}}});
  for (int i = 0; i < 40; ++i) {
    model::Organisation o;
    o.id = "org-" + std::to_string(i);
    o.name = hostile(static_cast<std::size_t>(i)) + " " + std::to_string(i);
    if (i % 3 == 0) o.aliases = {hostile(static_cast<std::size_t>(i) + 1), "alias " + std::to_string(i)};
    o.kind = "ngo";
    o.level = i % 2 ? "local" : "";
    o.languages = {"fr", "nl"};
    o.territories = {i % 2 ? "T1" : "T0"};
    o.domains = {"social"};
    if (i % 4 == 0) o.services = {"housing", "legal"};
    o.support_role = "both";
    o.focal_point = i % 2 ? "yes" : "no";
    if (i % 5 == 0) o.obstacles = {"gdpr"};
    o.willing = "unknown";
    o.contact_name = hostile(static_cast<std::size_t>(i) + 2);
    o.contact_email = "person" + std::to_string(i) + "@example.org";
    // (an empty attribute is not stored: each value ends with a mark)
    if (i % 2 == 0) o.attributes = {{"website", hostile(static_cast<std::size_t>(i) + 3) + "."}, {"x_extra", "1"}};
    m.organisations.push_back(o);
  }
  for (int i = 0; i < 120; ++i) {
    model::Flow f;
    f.from = "org-" + std::to_string(i % 40);
    f.to = "org-" + std::to_string((i % 40 + 1 + i / 40) % 40);
    if (f.from == f.to) continue;
    f.status = i % 3 == 0 ? "blocked" : "active";
    f.basis = i % 2 ? "mandatory" : "voluntary";
    f.population = i % 4 == 0 ? "ukraine" : "all";
    f.regularity = i % 2 ? "regular" : "";
    if (i % 3) f.data = {hostile(static_cast<std::size_t>(i)), "category " + std::to_string(i)};
    if (i % 6 == 0) f.obstacles = {"gdpr", "no-trust"};
    f.note = hostile(static_cast<std::size_t>(i) + 4);
    if (i % 2) f.weight = 0.1 * i;
    if (i % 5 == 0) f.attributes = {{"ticket", hostile(static_cast<std::size_t>(i) + 5) + "."}};
    m.flows.push_back(f);
  }
  m.needs = {{"T1", "housing", 120.5, "org-1"}, {"T0", "legal", std::nullopt, ""}};
  m.reindex();
  return m;
}

void write_map(const std::string& path, const model::Map& map) {
  Store s(path, Store::Mode::write);
  Writer w(s, "test", "hostile");
  w.replace_with(map);
  w.put_answer("q1", "r1", "org-1", "Q1", "all", hostile(3), hostile(4));
  w.mark_synthetic();
  w.commit("hostile");
}

void import_into(const std::string& path, const std::string& dir) {
  Store s(path, Store::Mode::write);
  stakemap::dataset::import_dataset(s, dir, {});
}

// Everything Store::load gives: the records field by field, their rows, flows' ids, marks.
void check_same_load(const model::Map& a, const Store::Rows& ra, const model::Map& b, const Store::Rows& rb) {
  test::check_same_map(a, b);
  CHECK(ra.territories == rb.territories);
  CHECK(ra.organisations == rb.organisations);
  CHECK(ra.flows == rb.flows);
  CHECK(ra.needs == rb.needs);
  for (std::size_t i = 0; i < a.flows.size() && i < b.flows.size(); ++i) CHECK(a.flows[i].id == b.flows[i].id);
  CHECK(a.synthetic == b.synthetic);
  CHECK(a.profile() == b.profile());
  CHECK(a.taxonomy_overlay() == b.taxonomy_overlay());
  CHECK(a.org_index(b.organisations.empty() ? "" : b.organisations.back().id) ==
        b.org_index(b.organisations.empty() ? "" : b.organisations.back().id));
}

struct ImageRow {
  bool present = false;
  std::int64_t token = 0;
  bool filled = false;
};

ImageRow image_row(const std::string& path) {
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  SQLite::Statement q(raw, "SELECT token, value IS NOT NULL FROM map_image");
  if (!q.executeStep()) return {};
  return {true, q.getColumn(0).getInt64(), q.getColumn(1).getInt() != 0};
}

// Loads `path` from its tables (no image yet: this load stores one), then from its image, and
// checks both give the same map.
void check_image_load(const std::string& path) {
  Store::Rows from_tables_rows, from_image_rows;
  const auto from_tables = Store(path, Store::Mode::read).load(&from_tables_rows);
  const auto stored = image_row(path);
  REQUIRE(stored.filled);
  const auto from_image = Store(path, Store::Mode::read).load(&from_image_rows);
  // The image was used as it was, not claimed again.
  const auto after = image_row(path);
  CHECK(after.token == stored.token);
  CHECK(after.filled);
  check_same_load(from_image, from_image_rows, from_tables, from_tables_rows);
  // The codec alone, from the tables' map.
  const auto decoded = store::decode_map_image(store::encode_map_image(from_tables, from_tables_rows));
  REQUIRE(decoded);
  test::check_same_map(decoded->map, from_tables);
}

// The hostile map written to DIR/m.db and loaded once, so that its image is stored; its path.
std::string hostile_map_with_image(const test::TempDir& dir) {
  auto path = dir / "m.db";
  write_map(path, hostile_map());
  Store(path, Store::Mode::read).load();
  REQUIRE(image_row(path).filled);
  return path;
}

void set_image(const std::string& path, const std::string& bytes) {
  SQLite::Database raw(path, SQLite::OPEN_READWRITE);
  SQLite::Statement q(raw, "UPDATE map_image SET value = ?");
  q.bind(1, bytes.data(), static_cast<int>(bytes.size()));
  q.exec();
}

std::string image_bytes(const std::string& path) {
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  SQLite::Statement q(raw, "SELECT value FROM map_image");
  REQUIRE(q.executeStep());
  const auto& c = q.getColumn(0);
  return std::string(static_cast<const char*>(c.getBlob()), static_cast<std::size_t>(c.getBytes()));
}
}  // namespace

TEST_CASE("map image: the bundled datasets and a hostile map load the same from the image as from the tables") {
  test::TempDir dir;
  SUBCASE("belgium-2022") {
    import_into(dir / "be.db", test::bundled_dataset());
    check_image_load(dir / "be.db");
  }
  SUBCASE("veloria (its own profile and taxonomy overlay)") {
    import_into(dir / "ve.db", std::string(STAKEMAP_SOURCE_DIR) + "/datasets/veloria");
    check_image_load(dir / "ve.db");
  }
  SUBCASE("hostile text in every field kind, attributes, contacts, answers, needs") {
    write_map(dir / "h.db", hostile_map());
    check_image_load(dir / "h.db");
    test::check_same_map(Store(dir / "h.db", Store::Mode::read).load(), hostile_map());
  }
}

TEST_CASE("map image: a write through stakemap or through SQLite directly empties it") {
  test::TempDir dir;
  const auto path = hostile_map_with_image(dir);
  SUBCASE("stakemap's writer") {
    auto changed = hostile_map();
    changed.organisations[3].name = "renamed by stakemap";
    {
      Store s(path, Store::Mode::write);
      Writer w(s, "test", "edit");
      w.replace_with(changed);
      w.commit("edit");
    }
    CHECK_FALSE(image_row(path).filled);
    CHECK(Store(path, Store::Mode::read).load().organisations[3].name == "renamed by stakemap");
  }
  // What an analyst does with the sqlite3 tool: each statement on its own, one table at a time.
  const char* statements[] = {
      "UPDATE organisation SET name = 'renamed by sqlite3' WHERE id = 'org-3'",
      "INSERT INTO org_code(org, facet, code, position) VALUES ('org-3', 'alias', 'new alias', 99)",
      "DELETE FROM flow WHERE id = (SELECT min(id) FROM flow)",
      "UPDATE flow_code SET code = 'changed' WHERE flow = (SELECT max(flow) FROM flow_code)",
      "INSERT INTO flow_attribute(flow, key, value) VALUES ((SELECT max(id) FROM flow), 'k', 'v')",
      "UPDATE contact SET email = 'new@example.org' WHERE org = 'org-3'",
      "DELETE FROM org_attribute",
      "UPDATE territory SET name = 'renamed' WHERE id = 'T0'",
      "INSERT INTO territory_attribute(territory, key, value) VALUES ('T0', 'name_uk', 'x')",
      "DELETE FROM territory_parent",
      "UPDATE need SET weight = 3 WHERE territory = 'T1'",
  };
  for (const char* sql : statements) {
    SUBCASE(sql) {
      {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec(sql);
      }
      CHECK_FALSE(image_row(path).filled);
      Store::Rows image_rows, table_rows;
      const auto loaded = Store(path, Store::Mode::read).load(&image_rows);
      // The next load (from the image stored by the last one) still shows the change.
      REQUIRE(image_row(path).filled);
      const auto again = Store(path, Store::Mode::read).load(&table_rows);
      check_same_load(again, table_rows, loaded, image_rows);
      CHECK(loaded.organisations.size() == hostile_map().organisations.size());
    }
  }
}

TEST_CASE("map image: a damaged or foreign image is ignored and stored anew, never trusted") {
  test::TempDir dir;
  const auto path = dir / "m.db";
  write_map(path, hostile_map());
  Store::Rows rows;
  const auto reference = Store(path, Store::Mode::read).load(&rows);
  const std::string good = image_bytes(path);
  REQUIRE(good.size() > 64);
  std::string flipped = good;
  flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x20);
  std::string other_format = good;
  other_format[4] = 9;
  // A payload that passes the header checks but is not a map.
  const std::string sealed_garbage = store::seal_map_image(std::string(300, '\x7f'));
  const std::string sealed_truncated = store::seal_map_image(good.substr(32, (good.size() - 32) / 2));
  for (const auto& bad : {flipped, good.substr(0, good.size() - 1), std::string(), std::string("SKMI"), other_format,
                          sealed_garbage, sealed_truncated, good + "x"}) {
    set_image(path, bad);
    Store::Rows loaded_rows;
    const auto loaded = Store(path, Store::Mode::read).load(&loaded_rows);
    check_same_load(loaded, loaded_rows, reference, rows);
    CHECK(image_bytes(path) == good);  // computed again from the tables
  }
  CHECK_FALSE(store::decode_map_image(flipped));
  CHECK_FALSE(store::decode_map_image(sealed_garbage));
  CHECK_FALSE(store::decode_map_image(sealed_truncated));
}

TEST_CASE("map image: not used when a trigger is missing, so a write it did not see never shows a stale map") {
  test::TempDir dir;
  const auto path = hostile_map_with_image(dir);
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("DROP TRIGGER map_image_organisation_update");
    raw.exec("UPDATE organisation SET name = 'unseen by the image' WHERE id = 'org-0'");
  }
  REQUIRE(image_row(path).filled);  // nothing emptied it
  CHECK(Store(path, Store::Mode::read).load().organisations[0].name == "unseen by the image");
}

TEST_CASE(
    "map image: a reader never sees a writer's uncommitted records, and a claim overtaken by a write stores "
    "nothing") {
  test::TempDir dir;
  const auto path = dir / "m.db";
  write_map(path, hostile_map());
  auto changed = hostile_map();
  changed.organisations[5].name = "written, not yet committed";
  SUBCASE("with an image stored before the write") {
    Store(path, Store::Mode::read).load();
    REQUIRE(image_row(path).filled);
  }
  SUBCASE("without an image: the reader cannot claim one while the writer holds the map") {}
  Store writing(path, Store::Mode::write);
  auto w = std::make_unique<Writer>(writing, "test", "edit");
  w->replace_with(changed);
  const auto start = std::chrono::steady_clock::now();
  const auto during = Store(path, Store::Mode::read).load();
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));  // no wait for the writer's lock
  CHECK(during.organisations[5].name == hostile_map().organisations[5].name);
  w->commit("edit");
  w.reset();
  CHECK(Store(path, Store::Mode::read).load().organisations[5].name == "written, not yet committed");
  CHECK(Store(path, Store::Mode::read).load().organisations[5].name == "written, not yet committed");
}

TEST_CASE("map image: a claim overtaken by a committed write is not filled") {
  test::TempDir dir;
  const auto path = dir / "m.db";
  write_map(path, hostile_map());
  Store reader(path, Store::Mode::read);
  store::ImageKeeper keeper(store::Connection::of(reader));
  REQUIRE(keeper.claimed());
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("UPDATE organisation SET name = 'after the claim' WHERE id = 'org-0'");
  }
  // Another reader claims the row again after the write: the first claim's token is gone.
  store::ImageKeeper later(store::Connection::of(reader));
  REQUIRE(later.claimed());
  CHECK(later.claimed() != keeper.claimed());
  Store::Rows rows;
  keeper.fill(store::encode_map_image(hostile_map(), rows));
  CHECK_FALSE(image_row(path).filled);
  CHECK(image_row(path).token == *later.claimed());
  CHECK(Store(path, Store::Mode::read).load().organisations[0].name == "after the claim");
}

TEST_CASE("map image: a read-only map is loaded without storing one") {
  test::TempDir dir;
  const auto path = dir / "m.db";
  write_map(path, hostile_map());
  std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
  Store::Rows rows;
  const auto loaded = Store(path, Store::Mode::read).load(&rows);
  test::check_same_map(loaded, hostile_map());
  // Root may write any file: the "not stored" half only holds for other users.
  if (::geteuid() != 0) CHECK_FALSE(image_row(path).filled);
  std::filesystem::permissions(path, std::filesystem::perms::owner_all);
}

TEST_CASE("map image: the fuzz seed of a whole map decodes, so the fuzzer starts past the parser's first checks") {
  std::ifstream in(std::string(STAKEMAP_SOURCE_DIR) + "/tests/fuzz/corpus/map_image/small-map-sealed",
                   std::ios::binary);
  const std::string seed((std::istreambuf_iterator<char>(in)), {});
  REQUIRE(seed.size() > 1);
  const auto decoded = store::decode_map_image(store::seal_map_image(seed.substr(1)));
  REQUIRE(decoded);
  CHECK(decoded->map.organisations.size() == 2);
  CHECK(decoded->map.flows.size() == 2);
  CHECK(decoded->rows.flows == std::vector<std::int64_t>{3, -5});
  CHECK(decoded->map.flows[0].weight == 2.5);
  CHECK(decoded->map.territories[0].attributes.at("name_ro") == "Țară");
}

TEST_CASE("map image: random damage to a sealed payload is refused or decoded, never a crash") {
  // The fuzz target's property in every build, from a real image: bytes changed, cut or
  // inserted, then sealed with a valid header so that the parser itself reads them.
  Store::Rows rows;
  rows.territories = {1, 2};
  rows.organisations.resize(hostile_map().organisations.size(), 7);
  rows.flows.resize(hostile_map().flows.size(), -3);
  rows.needs = {1, 2};
  const auto payload = store::encode_map_image(hostile_map(), rows).substr(32);
  std::mt19937 random(19);
  int decoded = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string damaged = payload;
    const auto at = random() % damaged.size();
    switch (round % 3) {
      case 0: damaged[at] = static_cast<char>(random()); break;
      case 1: damaged.resize(at); break;
      default: damaged.insert(at, 1, static_cast<char>(random())); break;
    }
    std::string input(1, '\0');
    input += damaged;
    CHECK_NOTHROW(stakemap::fuzz::map_image(reinterpret_cast<const uint8_t*>(input.data()), input.size()));
    if (store::decode_map_image(store::seal_map_image(damaged))) ++decoded;
  }
  CHECK(decoded > 0);     // some damage still parses (a changed string byte)
  CHECK(decoded < 3000);  // most does not
}
