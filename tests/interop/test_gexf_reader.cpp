// GEXF read: files as Gephi writes them (1.3, defaults, viz); bad input reported with
// file:line:column.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "interop/gexf_reader.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;

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
      "      <node id=\"0\" label=\"Abri Solidaire\"><attvalues><attvalue for=\"deg\" value=\"3\"/></attvalues>"
      "<viz:size value=\"10.0\"/></node>\n"
      "      <node id=\"1\" label=\"CPAS\"><attvalues><attvalue for=\"level\" value=\"regional\"/></attvalues></node>\n"
      "    </nodes>\n"
      "    <edges><edge id=\"0\" source=\"0\" target=\"1\" weight=\"2.0\"/></edges>\n"
      "  </graph>\n</gexf>\n";
  dataset::Diagnostics d;
  auto m = test::read_text(text, read_gexf, d);
  CHECK(d.errors() == 0);
  REQUIRE(m.organisations.size() == 2);
  CHECK(m.organisations[0].name == "Abri Solidaire");
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
    CHECK_THROWS_WITH_AS(test::read_text(wrap(body), read_gexf, d2, {}, "g.gexf"), doctest::Contains(expected.c_str()),
                         InputError);
  };
  // Bad values and items are all reported, and reading goes on.
  auto reports = [&](const std::string& body, const std::string& expected) {
    dataset::Diagnostics d2;
    test::read_text(wrap(body), read_gexf, d2, {}, "g.gexf");
    CHECK(d2.errors() == 1);
    CHECK(test::messages(d2).find(expected) != std::string::npos);
  };
  reports("<nodes><node id=\"a\"><attvalues><attvalue for=\"1\" value=\"many\"/></attvalues></node></nodes>",
          "'many' is not a valid integer");
  reports("<nodes><node id=\"a\"><attvalues><attvalue for=\"9\" value=\"x\"/></attvalues></node></nodes>",
          "which no <attribute> declares");
  reports("<nodes><node label=\"A\"/></nodes>", "<node> without the required attribute 'id'");
  reports("<nodes><node id=\"a\"><attvalues><attvalue for=\"1\"/></attvalues></node></nodes>",
          "<attvalue> without the required attribute 'value'");
  fails("<nodes><node id=\"a\"/></nodes><edges><edge source=\"a\" target=\"a\" type=\"undirected\"/></edges>",
        "flows have a direction");
  fails("<nodes><node id=\"a\"><nodes><node id=\"b\"/></nodes></node></nodes>", "nested nodes");
  fails(
      "<nodes><node id=\"a\"><attvalues><attvalue for=\"0\" value=\"local\" "
      "start=\"2020\"/></attvalues></node></nodes>",
      "attribute values with 'start' (a dynamic graph) are not supported");
  // Times on nodes and edges, and spells, are refused too: dropping them would import another map.
  fails("<nodes><node id=\"a\" end=\"2021\"/></nodes>", "nodes with 'end' (a dynamic graph)");
  fails(
      "<nodes><node id=\"a\"/><node id=\"b\"/></nodes><edges><edge source=\"a\" target=\"b\" "
      "startopen=\"2020\"/></edges>",
      "edges with 'startopen' (a dynamic graph)");
  fails("<nodes><node id=\"a\"><spells><spell start=\"2020\" end=\"2021\"/></spells></node></nodes>",
        "<spells>: the times a node or edge exists");
  dataset::Diagnostics d3;
  CHECK_THROWS_WITH_AS(test::read_text("<gexf><graph defaultedgetype=\"undirected\"/></gexf>", read_gexf, d3),
                       doctest::Contains("write a directed graph"), InputError);
}
