// The layout cache kept in a map file: values round-trip compressed, the least used go first
// beyond the limit, every write to the map empties it (numbers under their digest excepted), a
// read-mode store still keeps drawings, and two threads may use one cache at once.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>
#include <vector>

#include "store/layout_cache.hpp"
#include "store/writer.hpp"
#include "temp_dir.hpp"

using stakemap::store::LayoutCache;
using stakemap::store::Store;
using stakemap::store::Writer;

namespace {
// Bytes zlib cannot shrink, so that sizes in the table are known.
std::string noise(std::size_t size, unsigned seed) {
  std::mt19937 random(seed);
  std::string out(size, '\0');
  for (auto& c : out) c = static_cast<char>(random() & 0xff);
  return out;
}

// A new map file, opened again for reading.
Store read_mode_map(const std::filesystem::path& path) {
  { Store create(path, Store::Mode::write); }
  return Store(path, Store::Mode::read);
}
}  // namespace

TEST_CASE("layout cache: values round-trip, are replaced under the same key, survive reopening") {
  test::TempDir dir;
  const auto path = dir.path / "m.db";
  const std::string svg = "<svg>" + std::string(200000, 'x') + "</svg>";
  {
    Store s(path, Store::Mode::write);
    LayoutCache cache(s);
    CHECK_FALSE(cache.get("a"));
    CHECK(cache.count() == 0);
    cache.put("a", "first");
    cache.put("a", svg);
    cache.put("b", std::string("with\0nul", 8));
    CHECK(cache.count() == 2);
    CHECK(cache.get("a") == svg);
  }
  Store s(path, Store::Mode::read);
  LayoutCache cache(s);
  CHECK(cache.get("a") == svg);
  CHECK(cache.get("b") == std::string("with\0nul", 8));
  CHECK_FALSE(cache.get("c"));
}

TEST_CASE("layout cache: a read-mode store keeps drawings through a connection of its own") {
  test::TempDir dir;
  const auto path = dir.path / "m.db";
  Store s = read_mode_map(path);
  LayoutCache cache(s);
  cache.put("k", "drawing");
  CHECK(cache.get("k") == "drawing");
  Store again(path, Store::Mode::read);
  CHECK(LayoutCache(again).get("k") == "drawing");
}

TEST_CASE("layout cache: beyond the limit the oldest values are dropped; a value over it is not kept") {
  test::TempDir dir;
  Store s(dir.path / "m.db", Store::Mode::write);
  LayoutCache cache(s, 2500);  // two values of 1000 noisy bytes (a little more, compressed)
  for (unsigned i = 0; i < 3; ++i) {
    cache.put("k" + std::to_string(i), noise(1000, i));
    std::this_thread::sleep_for(std::chrono::milliseconds(3));  // distinct added_at
  }
  CHECK(cache.count() == 2);
  CHECK_FALSE(cache.get("k0"));
  CHECK(cache.get("k1") == noise(1000, 1));
  CHECK(cache.get("k2") == noise(1000, 2));
  cache.put("big", noise(3000, 9));
  CHECK_FALSE(cache.get("big"));
  CHECK(cache.count() == 2);
}

TEST_CASE("layout cache: every write to the map empties it, but for numbers kept under their digest") {
  test::TempDir dir;
  Store s(dir.path / "m.db", Store::Mode::write);
  LayoutCache cache(s);
  cache.put("k", "drawing");
  cache.put("numbers-like key", "not under the prefix");
  const std::string numbers = std::string(stakemap::kNumbersKeyPrefix) + "betweenness 0123";
  cache.put(numbers, "values");
  {
    Writer w(s, "edit", "");
    w.commit("a change");
  }
  CHECK(cache.count() == 1);
  CHECK_FALSE(cache.get("k"));
  CHECK_FALSE(cache.get("numbers-like key"));
  CHECK(cache.get(numbers) == "values");
}

TEST_CASE("layout cache: a value that cannot be read back is a miss, not an error") {
  test::TempDir dir;
  const auto path = dir.path / "m.db";
  Store s(path, Store::Mode::write);
  LayoutCache cache(s);
  cache.put("short", "drawing");
  cache.put("garbage", "drawing");
  {
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
    raw.exec("UPDATE layout_cache SET value = x'0102' WHERE key = 'short'");
    raw.exec("UPDATE layout_cache SET value = x'0500000000000000ffffffffff' WHERE key = 'garbage'");
  }
  CHECK_FALSE(cache.get("short"));
  CHECK_FALSE(cache.get("garbage"));
  // A header claiming 2^40 bytes (a file edited by hand): a miss, nothing allocated for it.
  {
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
    raw.exec("UPDATE layout_cache SET value = x'00000000000100000102' WHERE key = 'short'");
  }
  CHECK_FALSE(cache.get("short"));
}

TEST_CASE("layout cache: a value read is the newest again, so the limit drops the least used") {
  test::TempDir dir;
  Store s(dir.path / "m.db", Store::Mode::write);
  LayoutCache cache(s, 2500);  // two values of 1000 noisy bytes
  cache.put("k0", noise(1000, 0));
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
  cache.put("k1", noise(1000, 1));
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
  CHECK(cache.get("k0") == noise(1000, 0));  // k0, kept first, read last
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
  cache.put("k2", noise(1000, 2));
  CHECK(cache.get("k0") == noise(1000, 0));
  CHECK_FALSE(cache.get("k1"));
  CHECK(cache.get("k2") == noise(1000, 2));
}

TEST_CASE("layout cache: two threads keeping and reading at once, through a read-mode store") {
  // As the report's maps and analyses, or whatif's two maps, use one cache of one open map.
  test::TempDir dir;
  Store s = read_mode_map(dir.path / "m.db");
  LayoutCache cache(s);
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < 2; ++t)
    threads.emplace_back([&cache, t] {
      for (unsigned i = 0; i < 40; ++i) {
        const auto key = "t" + std::to_string(t) + "-" + std::to_string(i);
        cache.put(key, noise(200, t * 100 + i));
        if (i > 0) (void)cache.get("t" + std::to_string(t) + "-" + std::to_string(i - 1));
      }
    });
  for (auto& th : threads) th.join();
  CHECK(cache.count() == 80);
  for (unsigned t = 0; t < 2; ++t)
    for (unsigned i = 0; i < 40; ++i)
      CHECK(cache.get("t" + std::to_string(t) + "-" + std::to_string(i)) == noise(200, t * 100 + i));
}
