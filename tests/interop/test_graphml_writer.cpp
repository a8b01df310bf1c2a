// GraphML written by stakemap: the whole map reads back the same, hostile text included; the
// output is well-formed XML with typed keys and every string escaped; contacts only when asked.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "interop/graphml_reader.hpp"
#include "interop/graphml_writer.hpp"
#include "io/xml_reader.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;
using namespace stakemap::io;

namespace {
std::string graphml(const model::Map& m, bool personal = true) {
  std::ostringstream out;
  ExportOptions o;
  o.personal = personal;
  write_graphml(m, o, out);
  return out.str();
}

// Parses `xml` with libxml2, counting elements (throws on malformed XML).
struct Counter final : XmlHandler {
  int elements = 0;
  void start(const XmlElement&) override { ++elements; }
  void end(const XmlElement&, const std::string&) override {}
};
}  // namespace

TEST_CASE("graphml: the whole map round-trips, hostile text included") {
  auto m = test::sample_map();
  std::string text = graphml(m);
  dataset::Diagnostics d;
  auto back = test::read_text(text, read_graphml, d);
  CHECK(d.errors() == 0);
  CHECK(test::as_json(back) == test::as_json(m));
}

TEST_CASE("graphml: well-formed, typed keys, no raw control characters, contacts only when asked") {
  auto m = test::sample_map();
  m.organisations[2].name = std::string("bell\x07 nul-ish\x01 del\x7F bad\xFF utf8");
  std::string text = graphml(m, false);
  Counter c;
  std::istringstream in(text);
  read_xml(in, "out.graphml", c);
  CHECK(c.elements > 50);
  for (unsigned char ch : text) CHECK_MESSAGE((ch >= 0x20 || ch == '\n' || ch == '\t'), "raw control byte " << int(ch));
  CHECK(text.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD stands in for what XML cannot hold
  CHECK(text.find("attr.name=\"weight\" attr.type=\"double\"") != std::string::npos);
  CHECK(text.find("&lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
  CHECK(text.find("&#13;") != std::string::npos);  // CR survives XML line-end normalisation
  CHECK(text.find("contact_email") == std::string::npos);
  CHECK(text.find("e.echo@example.org") == std::string::npos);
  CHECK(graphml(m, true).find("e.echo@example.org") != std::string::npos);
}

TEST_CASE("graphml: an organisation id equal to a territory node id is refused on export") {
  auto m = test::sample_map();
  m.organisations[2].id = "territory:BE";
  m.flows.pop_back();
  m.reindex();
  std::ostringstream out;
  CHECK_THROWS_WITH_AS(write_graphml(m, {}, out), doctest::Contains("rename it"), InputError);
}
