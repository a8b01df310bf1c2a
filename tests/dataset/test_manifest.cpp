// The manifest of an exported folder: an export whose files are all there, with the counts
// the manifest lists, imports; a truncated or unfinished one fails; a hand-made folder (no
// manifest) imports as before.
#include <doctest/doctest.h>

#include <filesystem>

#include "dataset/export_csv.hpp"
#include "dataset/fixture.hpp"
#include "dataset/manifest.hpp"

using stakemap::InputError;
using stakemap::ValidationError;
using stakemap::dataset::import_dataset;
using stakemap::store::Store;

namespace {
// The bundled dataset exported into `out`; returns the number of flows.
std::size_t exported(const test::TempDir& out) {
  auto store = Store::in_memory();
  import_dataset(store, test::bundled_dataset(), {});
  auto map = store.load();
  stakemap::dataset::export_csv(map, out.str(), {});
  return map.flows.size();
}
std::string errors_of(const std::string& dir) {
  auto store = Store::in_memory();
  try {
    import_dataset(store, dir, {});
  } catch (const ValidationError& e) {
    CHECK(store.load().organisations.empty());
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("manifest: an export lists its files with their record counts and imports back") {
  test::TempDir out;
  auto flows = exported(out);
  auto manifest = stakemap::dataset::read_manifest(out.str());
  REQUIRE(manifest);
  REQUIRE(manifest->files.size() == 5);  // the bundled map is synthetic: provenance.csv too
  CHECK(manifest->files[2] == std::pair<std::string, long>{"flows.csv", static_cast<long>(flows)});
  CHECK(manifest->files[4] == std::pair<std::string, long>{"provenance.csv", 1});
  CHECK(errors_of(out.str()).empty());
}

TEST_CASE("manifest: a truncated flows.csv fails, naming both counts; without the manifest it imports") {
  test::TempDir out;
  auto flows = exported(out);
  auto text = test::slurp(out / "flows.csv");
  std::size_t cut = 0;
  for (int lines = 0; lines < 11; ++lines) cut = text.find("\r\n", cut) + 2;  // header and 10 flows
  out.write("flows.csv", text.substr(0, cut));
  auto errors = errors_of(out.str());
  CHECK(errors.find("flows.csv has 10 records where the export wrote " + std::to_string(flows)) != std::string::npos);
  std::filesystem::remove(out / "manifest.csv");
  CHECK(errors_of(out.str()).empty());
}

TEST_CASE("manifest: the empty manifest of an unfinished export, or a missing file, fails") {
  test::TempDir out;
  exported(out);
  auto full = test::slurp(out / "manifest.csv");
  out.write("manifest.csv", "file,rows\r\n");
  CHECK(errors_of(out.str()).find(
            "organisations.csv is not listed: the export that wrote this folder did not finish") != std::string::npos);
  out.write("manifest.csv", full);
  std::filesystem::remove(out / "needs.csv");
  CHECK(errors_of(out.str()).find("needs.csv is listed but missing") != std::string::npos);
}

TEST_CASE("manifest: a malformed manifest is an input error") {
  test::TempDir out;
  out.write("manifest.csv", "file,rows\r\nflows.csv,many\r\n");
  CHECK_THROWS_AS(stakemap::dataset::read_manifest(out.str()), InputError);
  out.write("manifest.csv", "name\r\n");
  CHECK_THROWS_AS(stakemap::dataset::read_manifest(out.str()), InputError);
  test::TempDir none;
  CHECK_FALSE(stakemap::dataset::read_manifest(none.str()));
}
