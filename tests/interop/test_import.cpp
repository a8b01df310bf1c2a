// Importing interchange files into a store: all or nothing, updates by key, --replace.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/errors.hpp"
#include "interop/graphml_writer.hpp"
#include "interop/import.hpp"
#include "sample_map.hpp"
#include "store/writer.hpp"
#include "temp_dir.hpp"

using namespace stakemap;
using namespace stakemap::interop;
namespace sample = stakemap::test;  // sample_map.hpp (::test is temp_dir.hpp's)

namespace {
std::string write_file(const std::string& name, const std::string& text) {
  static const ::test::TempDir dir;  // one per test process
  return dir.write(name, text);
}
std::string graphml_of(const model::Map& m, bool personal) {
  std::ostringstream out;
  ExportOptions o;
  o.personal = personal;
  write_graphml(m, o, out);
  return out.str();
}
}  // namespace

TEST_CASE("import graphml: into an empty map gives the same map") {
  auto m = sample::sample_map();
  auto path = write_file("stakemap-import-1.graphml", graphml_of(m, true));
  auto store = store::Store::in_memory();
  auto report = import_file(store, path, ImportFormat::graphml, {});
  CHECK(report.counts.organisations == 3);
  CHECK(report.counts.flows == 4);
  CHECK(report.counts.territories == 4);
  CHECK(report.counts.needs == 2);
  CHECK(sample::as_json(store.load()) == sample::as_json(m));
  std::filesystem::remove(path);
}

TEST_CASE("import graphml: an update keeps what the file does not carry (contacts of a partners export)") {
  auto m = sample::sample_map();
  auto store = store::Store::in_memory();
  {
    store::Writer w(store, "test", "");
    w.replace_with(m);
    w.commit("seed");
  }
  auto changed = m;
  changed.organisations[0].name = "Renamed";
  changed.organisations[0].contact_email.clear();
  auto path = write_file("stakemap-import-2.graphml", graphml_of(changed, false));
  import_file(store, path, ImportFormat::graphml, {});
  auto after = store.load();
  after.reindex();
  CHECK(after.org("fed-a")->name == "Renamed");
  CHECK(after.org("fed-a")->contact_email == "e.echo@example.org");
  std::filesystem::remove(path);
}

TEST_CASE("import graphml: any error leaves the map unchanged; dry run writes nothing") {
  auto m = sample::sample_map();
  auto store = store::Store::in_memory();
  {
    store::Writer w(store, "test", "");
    w.replace_with(m);
    w.commit("seed");
  }
  std::string before = sample::as_json(store.load());
  auto bad = m;
  bad.organisations[0].name = "Changed";
  bad.organisations[1].level = "galactic";
  bad.reindex();
  auto path = write_file("stakemap-import-3.graphml", graphml_of(bad, true));
  CHECK_THROWS_WITH_AS(import_file(store, path, ImportFormat::graphml, {}),
                       doctest::Contains("unknown level code 'galactic'"), ValidationError);
  CHECK(sample::as_json(store.load()) == before);
  auto truncated = graphml_of(m, true);
  truncated.resize(truncated.size() / 2);
  write_file("stakemap-import-3.graphml", truncated);
  CHECK_THROWS_WITH_AS(import_file(store, path, ImportFormat::graphml, {}), doctest::Contains("malformed XML"),
                       InputError);
  CHECK(sample::as_json(store.load()) == before);
  auto good = m;
  good.organisations[0].name = "Changed";
  write_file("stakemap-import-3.graphml", graphml_of(good, true));
  dataset::ImportOptions dry;
  dry.dry_run = true;
  import_file(store, path, ImportFormat::graphml, dry);
  CHECK(sample::as_json(store.load()) == before);
  dataset::ImportOptions replace;
  replace.replace = true;
  import_file(store, path, ImportFormat::graphml, replace);
  CHECK(sample::as_json(store.load()) == sample::as_json(good));
  std::filesystem::remove(path);
}
