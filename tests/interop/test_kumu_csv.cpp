// Kumu spreadsheets: elements.csv and connections.csv written and read back (formulas
// guarded), several targets in one cell, ambiguous labels, bad directions.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/errors.hpp"
#include "interop/import.hpp"
#include "interop/kumu.hpp"
#include "sample_map.hpp"
#include "temp_dir.hpp"

using namespace stakemap;
using namespace stakemap::interop;
namespace sample = stakemap::test;  // sample_map.hpp (::test is temp_dir.hpp's)
using sample::territories_of;
using sample::without_territories_and_needs;

namespace {
auto read_csv = [](std::istream& in, MapBuilder& b) { KumuReader(b).read_csv(in); };
}  // namespace

TEST_CASE("kumu csv: elements.csv and connections.csv round-trip, formulas guarded") {
  auto m = sample::sample_map();
  ::test::TempDir tmp;
  auto dir = tmp.path / "kumu";
  ExportOptions o;
  o.personal = true;
  write_kumu_csv(m, o, dir.string());
  std::ifstream e(dir / "elements.csv");
  std::string header;
  std::getline(e, header);
  CHECK(header.rfind("ID,Label,type,tags,aliases,kind,", 0) == 0);  // Kumu's type and tags first
  std::string all((std::istreambuf_iterator<char>(e)), {});
  CHECK(all.find("'=cmd|' /C calc'!A0") != std::string::npos);  // no cell runs as a formula
  dataset::Diagnostics d;
  MapBuilder b("kumu", d, territories_of(m));
  read_into(dir.string(), ImportFormat::kumu, b);
  auto back = b.finish();
  CHECK(sample::messages(d) == "");
  CHECK(sample::as_json(back) == sample::as_json(without_territories_and_needs(m)));
}

TEST_CASE("kumu csv: several targets in one To cell, ambiguous labels, bad directions") {
  dataset::Diagnostics d;
  MapBuilder b("k", d);
  KumuReader k(b);
  std::istringstream elements("Label,Type\nA,Org\nB,Org\nC,Org\n");
  std::istringstream connections("From,To,Direction\nA,B|C,directed\n");
  k.read_csv(elements);
  k.read_csv(connections);
  auto m = b.finish();
  REQUIRE(m.flows.size() == 2);
  CHECK(m.flows[1].to == "c");

  dataset::Diagnostics d2;
  sample::read_text("From,To,Direction\na,b,undirected\na,b,sideways\n", read_csv, d2, {}, "c.csv");
  CHECK(d2.errors() == 2);  // reported, and reading goes on
  CHECK(sample::messages(d2).find("c.csv:2:5: error: undirected connection") != std::string::npos);
  CHECK(sample::messages(d2).find("c.csv:3:5: error: unknown direction 'sideways'") != std::string::npos);
  CHECK_THROWS_WITH_AS(sample::read_text("Name,Size\na,1\n", read_csv, d2, {}, "c.csv"),
                       doctest::Contains("not a Kumu sheet"), InputError);
}

TEST_CASE("kumu csv: one row of '|'-joined ends may make at most 1000 flows") {
  auto ids = [](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += (i ? "|e" : "e") + std::to_string(i);
    return s;
  };
  dataset::Diagnostics d;
  MapBuilder b("k", d);
  KumuReader k(b);
  std::string labels = "Label,Type\n";
  for (int i = 0; i < 50; ++i) labels += "e" + std::to_string(i) + ",Org\n";
  std::istringstream elements(labels), connections("From,To\n" + ids(20) + "," + ids(50) + "\n");
  k.read_csv(elements);
  k.read_csv(connections);  // 20 x 50 = 1000 flows: the limit itself is accepted
  CHECK(b.finish().flows.size() == 1000);
  dataset::Diagnostics d2;
  CHECK_THROWS_WITH_AS(sample::read_text("From,To\n" + ids(20) + "," + ids(51) + "\n", read_csv, d2, {}, "c.csv"),
                       doctest::Contains("c.csv:2:1: one connection of 20 x 51 elements makes 1020 flows"), InputError);
  dataset::Diagnostics d3;
  CHECK_THROWS_WITH_AS(
      sample::read_text("From,To,Direction\n" + ids(20) + "," + ids(26) + ",mutual\n", read_csv, d3, {}, "c.csv"),
      doctest::Contains("makes 1040 flows"), InputError);
}
