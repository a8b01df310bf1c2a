// One entry point for every import: the same report whatever the source, check as a dry run.
#include <doctest/doctest.h>

#include "dataset/fixture.hpp"
#include "ingest/ingest.hpp"
#include "interop/graphml_writer.hpp"

using namespace stakemap;

namespace {
const std::string kGood = std::string(STAKEMAP_FIXTURES) + "/foundation/good";
const std::string kBad = std::string(STAKEMAP_FIXTURES) + "/foundation/bad";
}  // namespace

TEST_CASE("import_path: a dataset folder, then an interchange file of the same map") {
  auto store = store::Store::in_memory();
  auto report = ingest::import_path(store, kGood, "", {});
  CHECK(report.source == ingest::Source::dataset);
  CHECK(report.records.counts.territories == 4);
  CHECK(report.records.counts.organisations == 3);
  CHECK(report.records.counts.flows == 3);
  auto map = store.load();
  test::TempDir d;
  std::ofstream out(d / "map.graphml", std::ios::binary);
  interop::write_graphml(map, {}, out);
  out.close();
  auto again = store::Store::in_memory();
  auto second = ingest::import_path(again, d / "map.graphml", "graphml", {});
  CHECK(second.source == ingest::Source::graphml);
  CHECK(second.records.counts.organisations == 3);
  CHECK(again.load().flows.size() == map.flows.size());
}

TEST_CASE("import_path: a dry run writes nothing; a failed import leaves the map as it was") {
  auto store = store::Store::in_memory();
  ingest::ImportOptions dry;
  dry.dry_run = true;
  auto report = ingest::import_path(store, kGood, "", dry);
  CHECK(report.records.counts.organisations == 3);
  CHECK(store.load().organisations.empty());
  CHECK_THROWS_AS(ingest::import_path(store, kBad, "", {}), ValidationError);
  CHECK(store.load().organisations.empty());
}

TEST_CASE("import_path: territories whose parents come later in the file are linked") {
  test::TempDir d;
  auto path = d.write("territories.csv", "id,kind,name,part_of\nP,province,P,R\nR,region,R,C\nC,country,C,\n");
  auto store = store::Store::in_memory();
  auto report = ingest::import_path(store, path, "", {});
  CHECK(report.source == ingest::Source::territories);
  CHECK(report.records.counts.territories == 3);
  auto map = store.load();
  map.reindex();
  CHECK(map.territory("P")->parents == std::vector<std::string>{"R"});
  CHECK(map.territory("R")->parents == std::vector<std::string>{"C"});
}

TEST_CASE("check_path: a good folder is ok, a bad one throws with the count as its summary") {
  auto report = ingest::check_path(kGood);
  CHECK(report.counts.organisations == 3);
  try {
    ingest::check_path(kBad);
    FAIL("a bad folder passed");
  } catch (const ValidationError& e) { CHECK(e.summary() == kBad + ": 4 errors, 1 warning (listed above)"); }
  test::TempDir d;
  CHECK_THROWS_AS(ingest::check_path(d.write("responses.csv", "org\n")), UsageError);
  CHECK_THROWS_AS(ingest::check_path(d / "nowhere"), InputError);
}
