// Kumu: blueprints and spreadsheets as Kumu writes them, and stakemap's own round trip.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/errors.hpp"
#include "interop/import.hpp"
#include "interop/kumu.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;

namespace {
KnownIds territories_of(const model::Map& m) {
  KnownIds k;
  for (const auto& t : m.territories) k.territories.insert(t.id);
  return k;
}
auto read_json = [](std::istream& in, MapBuilder& b) { KumuReader(b).read_json(in); };
auto read_csv = [](std::istream& in, MapBuilder& b) { KumuReader(b).read_csv(in); };

model::Map without_territories_and_needs(model::Map m) {
  m.territories.clear();
  m.needs.clear();
  return m;
}
}  // namespace

TEST_CASE("kumu json: organisations and flows round-trip") {
  auto m = test::sample_map();
  std::ostringstream out;
  ExportOptions o;
  o.personal = true;
  write_kumu_json(m, o, out);
  CHECK(out.str().find("\"direction\": \"directed\"") != std::string::npos);
  CHECK(out.str().find("\"languages\": [\"fr\", \"nl\"]") != std::string::npos);
  CHECK(out.str().find("\"weight\": 2.5") != std::string::npos);
  dataset::Diagnostics d;
  auto back = test::read_text(out.str(), read_json, d, territories_of(m));
  CHECK(test::messages(d) == "");
  CHECK(test::as_json(back) == test::as_json(without_territories_and_needs(m)));
}

TEST_CASE("kumu csv: elements.csv and connections.csv round-trip, formulas guarded") {
  auto m = test::sample_map();
  auto dir = std::filesystem::temp_directory_path() / "stakemap-kumu-csv-test";
  std::filesystem::remove_all(dir);
  ExportOptions o;
  o.personal = true;
  write_kumu_csv(m, o, dir.string());
  std::ifstream e(dir / "elements.csv");
  std::string header;
  std::getline(e, header);
  CHECK(header.rfind("ID,Label,aliases,kind,", 0) == 0);
  std::string all((std::istreambuf_iterator<char>(e)), {});
  CHECK(all.find("'=cmd|' /C calc'!A0") != std::string::npos);  // no cell runs as a formula
  dataset::Diagnostics d;
  MapBuilder b("kumu", d, territories_of(m));
  read_into(dir.string(), InputFormat::kumu, b);
  auto back = b.finish();
  CHECK(test::messages(d) == "");
  CHECK(test::as_json(back) == test::as_json(without_territories_and_needs(m)));
  std::filesystem::remove_all(dir);
}

TEST_CASE("kumu json: a hand-written blueprint with labels, tags and mutual connections") {
  std::string text = R"({
    "elements": [
      {"label": "Croix-Rouge de Belgique", "type": "NGO", "tags": ["red", "cross"], "Level": "national"},
      {"label": "CPAS Liège", "Support Role": "first-line"},
      {"id": "x1", "label": "Twin"}, {"id": "x2", "label": "Twin"}
    ],
    "connections": [
      {"from": "Croix-Rouge de Belgique", "to": "CPAS Liège", "direction": "mutual", "status": "desired"},
      {"from": "x1", "to": "x2", "strength": 3}
    ]
  })";
  dataset::Diagnostics d;
  auto m = test::read_text(text, read_json, d, {}, "b.json");
  std::string msg = test::messages(d);
  CHECK(msg.find("b.json:3:94: error: unknown level code 'national'") != std::string::npos);
  REQUIRE(m.organisations.size() == 4);
  CHECK(m.organisations[0].id == "croix-rouge-de-belgique");
  CHECK(m.organisations[1].id == "cpas-liege");
  CHECK(m.organisations[1].support_role == "first-line");
  CHECK(m.organisations[0].attributes.at("tags") == "red|cross");
  CHECK(m.organisations[0].attributes.at("type") == "NGO");
  REQUIRE(m.flows.size() == 3);
  CHECK(m.flows[0].from == "croix-rouge-de-belgique");
  CHECK(m.flows[1].from == "cpas-liege");
  CHECK(m.flows[1].status == "desired");
  CHECK(m.flows[2].attributes.at("strength") == "3");
}

TEST_CASE("kumu json: Kumu's project export (_id and attributes) is read") {
  std::string text = R"({"elements": [
      {"_id": "elem-1", "attributes": {"label": "A", "element type": "Org"}},
      {"_id": "elem-2", "attributes": {"label": "B"}}],
    "connections": [{"_id": "conn-1", "from": "elem-1", "to": "elem-2", "direction": "directed",
                     "attributes": {"connection type": "data"}}]})";
  dataset::Diagnostics d;
  auto m = test::read_text(text, read_json, d);
  CHECK(d.errors() == 0);
  REQUIRE(m.flows.size() == 1);
  CHECK(m.flows[0].from == "a");
  CHECK(m.flows[0].to == "b");
  CHECK(m.flows[0].attributes.at("connection_type") == "data");
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
  CHECK_THROWS_WITH_AS(test::read_text("From,To,Direction\na,b,undirected\n", read_csv, d2, {}, "c.csv"),
                       doctest::Contains("c.csv:2:5: undirected connection"), InputError);
  CHECK_THROWS_WITH_AS(test::read_text("Name,Size\na,1\n", read_csv, d2, {}, "c.csv"),
                       doctest::Contains("not a Kumu sheet"), InputError);
  CHECK_THROWS_WITH_AS(test::read_text(R"({"connections": []})", read_json, d2, {}, "k.json"),
                       doctest::Contains("no \"elements\""), InputError);
  CHECK_THROWS_WITH_AS(test::read_text(R"({"elements": [{"type": "x"}]})", read_json, d2, {}, "k.json"),
                       doctest::Contains("k.json:1:15: element without a label or an id"), InputError);
}

TEST_CASE("kumu: slugs") {
  CHECK(slug("Croix-Rouge de Belgique") == "croix-rouge-de-belgique");
  CHECK(slug("  CPAS  Liège!") == "cpas-liege");
  CHECK(slug("Київ") == "Київ");  // nothing to fold to ASCII: the label itself
}
