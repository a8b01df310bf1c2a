// GraphML read: bad input reported with file:line:column and the value; references,
// duplicates and cycles; files written by other tools.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "interop/graphml_reader.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;

namespace {
const std::string kHead =
    "<?xml version=\"1.0\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
    "  <key id=\"d0\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
    "  <key id=\"d1\" for=\"node\" attr.name=\"level\" attr.type=\"string\"/>\n"
    "  <key id=\"d2\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
    "  <graph id=\"G\" edgedefault=\"directed\">\n";
}  // namespace

TEST_CASE("graphml: an unknown code is reported at the value's line and column") {
  std::string text = kHead +
                     "    <node id=\"a\">\n"
                     "      <data key=\"d0\">A</data>\n"
                     "      <data key=\"d1\">galactic</data>\n"
                     "    </node>\n  </graph>\n</graphml>\n";
  dataset::Diagnostics d;
  test::read_text(text, read_graphml, d, {}, "map.graphml");
  REQUIRE(d.errors() == 1);
  CHECK(test::messages(d).find("map.graphml:9:22: error: unknown level code 'galactic'") != std::string::npos);
}

TEST_CASE("graphml: structural problems stop the read with a position") {
  auto fails = [](const std::string& body, const std::string& expected) {
    dataset::Diagnostics d;
    std::string text = kHead + body + "  </graph>\n</graphml>\n";
    CHECK_THROWS_WITH_AS(test::read_text(text, read_graphml, d, {}, "x.graphml"), doctest::Contains(expected.c_str()),
                         InputError);
  };
  fails("    <node id=\"a\"/><edge source=\"a\" target=\"a\" directed=\"false\"/>\n", "undirected edge");
  fails("    <hyperedge/>\n", "<hyperedge> is not supported");
  fails("    <node id=\"a\"><graph id=\"inner\"/></node>\n", "nested graphs");
  dataset::Diagnostics d;
  CHECK_THROWS_WITH_AS(test::read_text("<graphml><graph edgedefault=\"undirected\"/></graphml>", read_graphml, d),
                       doctest::Contains("write a directed graph"), InputError);
}

TEST_CASE("graphml: bad values and items are all reported, and reading goes on") {
  auto reports = [](const std::string& body, const std::string& expected) {
    dataset::Diagnostics d;
    std::string text =
        kHead + body + "    <node id=\"after\"><data key=\"d1\">galactic</data></node>\n  </graph>\n</graphml>\n";
    test::read_text(text, read_graphml, d, {}, "x.graphml");
    CHECK(d.errors() == 2);  // the bad value, and the one after it
    CHECK(test::messages(d).find(expected) != std::string::npos);
    CHECK(test::messages(d).find("unknown level code 'galactic'") != std::string::npos);
  };
  reports("    <node id=\"a\"><data key=\"zz\">A</data></node>\n", "x.graphml:7:");
  reports("    <node id=\"a\"><data key=\"zz\">A</data></node>\n", "which no <key> declares");
  reports("    <node id=\"a\"/><edge source=\"a\" target=\"a\"><data key=\"d2\">heavy</data></edge>\n",
          "'heavy' is not a valid double");
  reports("    <node><data key=\"d0\">A</data></node>\n", "without the required attribute 'id'");
  reports("    <node id=\"a\"/><edge source=\"a\"/>\n", "without the required attribute 'target'");
  reports("    <node id=\"a\"><data key=\"d2\">1</data></node>\n", "declared for edges but used on an node");
  reports("    <node id=\"a\"><data key=\"d0\">A</data><data key=\"d0\">B</data></node>\n",
          "two values for 'name' on one node");
}

TEST_CASE("graphml: references, duplicates and cycles are reported, known ids accepted") {
  std::string text = kHead +
                     "    <node id=\"a\"><data key=\"d0\">A</data></node>\n"
                     "    <node id=\"a\"><data key=\"d0\">A again</data></node>\n"
                     "    <edge source=\"a\" target=\"ghost\"/>\n"
                     "    <edge source=\"a\" target=\"old\"/>\n"
                     "  </graph>\n"
                     "  <graph id=\"territories\" edgedefault=\"directed\">\n"
                     "    <node id=\"territory:x\"><data key=\"d0\">X</data></node>\n"
                     "    <node id=\"territory:y\"><data key=\"d0\">Y</data></node>\n"
                     "    <edge source=\"territory:x\" target=\"territory:y\"/>\n"
                     "    <edge source=\"territory:y\" target=\"territory:x\"/>\n"
                     "  </graph>\n</graphml>\n";
  dataset::Diagnostics d;
  KnownIds known;
  known.orgs = {"old"};
  test::read_text(text, read_graphml, d, known, "m.graphml");
  std::string msg = test::messages(d);
  CHECK(msg.find("m.graphml:8:") != std::string::npos);
  CHECK(msg.find("duplicate organisation id 'a'") != std::string::npos);
  CHECK(msg.find("unknown organisation 'ghost' in field 'to'") != std::string::npos);
  CHECK(msg.find("'old'") == std::string::npos);
  CHECK(msg.find("part_of cycle: x -> y -> x") != std::string::npos);
  CHECK(msg.find("missing required field 'kind'") != std::string::npos);  // territories need a kind
}

TEST_CASE("graphml: files from other tools (networkx style) are read") {
  std::string text =
      "<?xml version='1.0' encoding='utf-8'?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
      "<key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"
      "<key id=\"d1\" for=\"node\" attr.name=\"Staff\" attr.type=\"int\"/>"
      "<key id=\"d2\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"><default>1.5</default></key>"
      "<graph edgedefault=\"directed\">"
      "<node id=\"x\"><data key=\"d0\">Org X</data><data key=\"d1\">12</data></node>"
      "<node id=\"y\"/>"
      "<edge source=\"x\" target=\"y\"/>"
      "</graph></graphml>";
  dataset::Diagnostics d;
  auto m = test::read_text(text, read_graphml, d);
  CHECK(d.errors() == 0);
  REQUIRE(m.organisations.size() == 2);
  CHECK(m.organisations[0].name == "Org X");
  CHECK(m.organisations[0].attributes.at("staff") == "12");
  CHECK(m.organisations[1].name == "y");  // no name: the id, with a warning
  CHECK(test::messages(d).find("1 organisation(s) without a name or label") != std::string::npos);
  REQUIRE(m.flows.size() == 1);
  CHECK(m.flows[0].weight == 1.5);  // the key's default
  CHECK(m.flows[0].status == "active");
}

TEST_CASE("graphml: a node after the first edge is read like the others") {
  std::string text = kHead +
                     "    <node id=\"a\"><data key=\"d0\">A</data></node>\n"
                     "    <edge source=\"a\" target=\"late\"/>\n"
                     "    <node id=\"late\"><data key=\"d0\">Late</data></node>\n  </graph>\n</graphml>\n";
  dataset::Diagnostics d;
  auto m = test::read_text(text, read_graphml, d);
  CHECK(d.errors() == 0);
  REQUIRE(m.organisations.size() == 2);
  CHECK(m.organisations[1].name == "Late");
}
