// GEXF: organisations and flows round-trip; files from Gephi read; bad input reported.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "interop/gexf_reader.hpp"
#include "interop/gexf_writer.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;

namespace {
std::string gexf(const model::Map& m) {
  std::ostringstream out;
  ExportOptions o;
  o.personal = true;
  write_gexf(m, o, out);
  return out.str();
}

KnownIds territories_of(const model::Map& m) {
  KnownIds k;
  for (const auto& t : m.territories) k.territories.insert(t.id);
  return k;
}
}  // namespace

TEST_CASE("gexf: organisations and flows round-trip (territories and needs are not GEXF's)") {
  auto m = test::sample_map();
  std::string text = gexf(m);
  CHECK(text.find("xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\"") != std::string::npos);
  CHECK(text.find("defaultedgetype=\"directed\"") != std::string::npos);
  dataset::Diagnostics d;
  auto back = test::read_text(text, read_gexf, d, territories_of(m));
  CHECK(test::messages(d) == "");
  auto expected = m;
  expected.territories.clear();
  expected.needs.clear();
  CHECK(test::as_json(back) == test::as_json(expected));
}

TEST_CASE("gexf: a file as Gephi writes it (1.3, defaults, viz) is read") {
  std::string text =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
      "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
      "    <attributes class=\"node\">\n"
      "      <attribute id=\"level\" title=\"Level\" type=\"string\"><default>local</default></attribute>\n"
      "      <attribute id=\"deg\" title=\"Degree\" type=\"integer\"/>\n"
      "    </attributes>\n"
      "    <nodes>\n"
      "      <node id=\"0\" label=\"Croix-Rouge\"><attvalues><attvalue for=\"deg\" value=\"3\"/></attvalues>"
      "<viz:size value=\"10.0\"/></node>\n"
      "      <node id=\"1\" label=\"CPAS\"><attvalues><attvalue for=\"level\" value=\"regional\"/></attvalues></node>\n"
      "    </nodes>\n"
      "    <edges><edge id=\"0\" source=\"0\" target=\"1\" weight=\"2.0\"/></edges>\n"
      "  </graph>\n</gexf>\n";
  dataset::Diagnostics d;
  auto m = test::read_text(text, read_gexf, d);
  CHECK(d.errors() == 0);
  REQUIRE(m.organisations.size() == 2);
  CHECK(m.organisations[0].name == "Croix-Rouge");
  CHECK(m.organisations[0].level == "local");
  CHECK(m.organisations[0].attributes.at("degree") == "3");
  CHECK(m.organisations[1].level == "regional");
  REQUIRE(m.flows.size() == 1);
  CHECK(m.flows[0].weight == 2.0);
}

TEST_CASE("gexf: bad input is reported with file:line:column") {
  auto wrap = [](const std::string& body) {
    return "<gexf xmlns=\"http://www.gexf.net/1.2draft\">\n<graph defaultedgetype=\"directed\">\n"
           "<attributes class=\"node\"><attribute id=\"0\" title=\"level\" type=\"string\"/>"
           "<attribute id=\"1\" title=\"staff\" type=\"integer\"/></attributes>\n" +
           body + "\n</graph></gexf>";
  };
  dataset::Diagnostics d;
  test::read_text(wrap("<nodes><node id=\"a\" label=\"A\"><attvalues>\n<attvalue for=\"0\" value=\"galactic\"/>"
                       "</attvalues></node></nodes>"),
                  read_gexf, d, {}, "g.gexf");
  CHECK(test::messages(d).find("g.gexf:5:") != std::string::npos);
  CHECK(test::messages(d).find("unknown level code 'galactic'") != std::string::npos);
  auto fails = [&](const std::string& body, const std::string& expected) {
    dataset::Diagnostics d2;
    CHECK_THROWS_WITH_AS(test::read_text(wrap(body), read_gexf, d2, {}, "g.gexf"), doctest::Contains(expected.c_str()), InputError);
  };
  fails("<nodes><node id=\"a\"><attvalues><attvalue for=\"1\" value=\"many\"/></attvalues></node></nodes>",
        "'many' is not a valid integer");
  fails("<nodes><node id=\"a\"><attvalues><attvalue for=\"9\" value=\"x\"/></attvalues></node></nodes>",
        "which no <attribute> declares");
  fails("<nodes><node id=\"a\"/></nodes><edges><edge source=\"a\" target=\"a\" type=\"undirected\"/></edges>",
        "flows have a direction");
  fails("<nodes><node id=\"a\"><nodes><node id=\"b\"/></nodes></node></nodes>", "nested nodes");
  fails("<nodes><node id=\"a\"><attvalues><attvalue for=\"0\" value=\"local\" start=\"2020\"/></attvalues></node></nodes>",
        "dynamic attribute values");
  dataset::Diagnostics d3;
  CHECK_THROWS_WITH_AS(test::read_text("<gexf><graph defaultedgetype=\"undirected\"/></gexf>", read_gexf, d3),
                       doctest::Contains("write a directed graph"), InputError);
}
