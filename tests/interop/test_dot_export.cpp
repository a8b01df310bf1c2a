// DOT export: synthetic node names, escaped labels, data attributes renamed so that names
// never steer Graphviz, metrics attached.
#include <doctest/doctest.h>

#include "interop/dot_export.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;
using test::with_metrics;

TEST_CASE("dot export: synthetic node names, escaped labels, Graphviz names kept for layout") {
  auto m = test::sample_map();
  m.organisations[1].attributes["URL"] = "javascript:alert(1)";
  std::ostringstream out;
  write_dot(m, with_metrics(m), out);
  std::string dot = out.str();
  CHECK(dot.rfind("digraph stakemap {", 0) == 0);
  CHECK(dot.find("n1 [org=\"ngo-b \\\"quoted\\\" <id>\"") != std::string::npos);
  CHECK(dot.find("\\\\N") != std::string::npos);  // \N is shown, never expanded to the node name
  CHECK(dot.find("data_URL=\"javascript:alert(1)\"") != std::string::npos);
  CHECK(dot.find(" URL=") == std::string::npos);
  CHECK(dot.find("data_weight=\"2.5\"") != std::string::npos);
  CHECK(dot.find("n0 -> n1") != std::string::npos);
  CHECK(dot.find("degree=\"2\"") != std::string::npos);
  for (unsigned char c : dot) CHECK((c >= 0x20 || c == '\n'));
  CHECK(dot_attribute_name("Color") == "data_Color");
  CHECK(dot_attribute_name("level") == "level");
}
