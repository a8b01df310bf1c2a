// Kumu JSON: stakemap's blueprint round trip, hand-written blueprints and Kumu's project export.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "interop/import.hpp"
#include "interop/kumu.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;
using test::territories_of;
using test::without_territories_and_needs;

namespace {
auto read_json = [](std::istream& in, MapBuilder& b) { KumuReader(b).read_json(in); };
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

TEST_CASE("kumu json: a hand-written blueprint with labels, tags and mutual connections") {
  std::string text = R"({
    "elements": [
      {"label": "Abri Solidaire de Valmont", "type": "NGO", "tags": ["red", "cross"], "Level": "national"},
      {"label": "CPAS Valmère", "Support Role": "first-line"},
      {"id": "x1", "label": "Twin"}, {"id": "x2", "label": "Twin"}
    ],
    "connections": [
      {"from": "Abri Solidaire de Valmont", "to": "CPAS Valmère", "direction": "mutual", "status": "desired"},
      {"from": "x1", "to": "x2", "strength": 3}
    ]
  })";
  dataset::Diagnostics d;
  auto m = test::read_text(text, read_json, d, {}, "b.json");
  std::string msg = test::messages(d);
  CHECK(msg.find("b.json:3:96: error: unknown level code 'national'") != std::string::npos);
  REQUIRE(m.organisations.size() == 4);
  CHECK(m.organisations[0].id == "abri-solidaire-de-valmont");
  CHECK(m.organisations[1].id == "cpas-valmere");
  CHECK(m.organisations[1].support_role == "first-line");
  CHECK(m.organisations[0].attributes.at("tags") == "red|cross");
  CHECK(m.organisations[0].attributes.at("type") == "NGO");
  REQUIRE(m.flows.size() == 3);
  CHECK(m.flows[0].from == "abri-solidaire-de-valmont");
  CHECK(m.flows[1].from == "cpas-valmere");
  CHECK(m.flows[1].status == "desired");
  CHECK(m.flows[2].attributes.at("strength") == "3");
}

TEST_CASE(
    "kumu json: connections name elements by label in any case and accents (Romanian, Russian; fictional bodies)") {
  std::string text = R"({
    "elements": [{"label": "Centrul Național Fictiv de Statistică"}, {"label": "Примэрия села Омега"}],
    "connections": [{"from": "CENTRUL NATIONAL FICTIV DE STATISTICA", "to": "ПРИМЭРИЯ СЕЛА ОМЕГА"}]
  })";
  dataset::Diagnostics d;
  auto m = test::read_text(text, read_json, d);
  CHECK(test::messages(d) == "");
  REQUIRE(m.organisations.size() == 2);
  CHECK(m.organisations[0].id == "centrul-national-fictiv-de-statistica");
  CHECK(m.organisations[1].id == "примэрия-села-омега");
  REQUIRE(m.flows.size() == 1);
  CHECK(m.flows[0].from == "centrul-national-fictiv-de-statistica");
  CHECK(m.flows[0].to == "примэрия-села-омега");
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

TEST_CASE("kumu json: a blueprint without elements, or an element without label or id, is refused") {
  dataset::Diagnostics d;
  CHECK_THROWS_WITH_AS(test::read_text(R"({"connections": []})", read_json, d, {}, "k.json"),
                       doctest::Contains("no \"elements\""), InputError);
  // A bad element is reported, and reading goes on: every error of the file is listed.
  dataset::Diagnostics d2;
  test::read_text(R"({"elements": [{"type": "x"}, 7, {"id": "a", "label": "A", "Level": "local", "level": "local"}]})",
                  read_json, d2, {}, "k.json");
  CHECK(d2.errors() == 3);
  CHECK(test::messages(d2).find("k.json:1:15: error: element without a label or an id") != std::string::npos);
  CHECK(test::messages(d2).find("an element must be an object, not a number") != std::string::npos);
  CHECK(test::messages(d2).find("field 'level' given twice") != std::string::npos);
}

TEST_CASE("kumu json: connections written before the elements still find them by label") {
  std::string text = R"({"connections": [{"from": "Abri Solidaire", "to": "CPAS Valmère", "status": "desired"},
                                           {"from": "Abri Solidaire", "to": "Nowhere"}],
                         "maps": [{"name": "ignored"}],
                         "elements": [{"label": "Abri Solidaire"}, {"label": "CPAS Valmère"}]})";
  dataset::Diagnostics d;
  auto m = test::read_text(text, read_json, d, {}, "late.json");
  REQUIRE(m.flows.size() == 2);
  CHECK(m.flows[0].from == "abri-solidaire");
  CHECK(m.flows[0].to == "cpas-valmere");
  CHECK(m.flows[0].status == "desired");
  // The unknown end is reported where it was written, on line 2.
  CHECK(test::messages(d).find("late.json:2:") != std::string::npos);
  CHECK(test::messages(d).find("unknown organisation 'Nowhere'") != std::string::npos);
}
