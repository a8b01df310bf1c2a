// The XML writer: its exact layout, escaping of text and attributes (line breaks and tabs
// kept as references in attributes, CR everywhere), and hostile text that the XML reader
// (libxml2) reads back unchanged, forbidden control characters as U+FFFD.
#include <doctest/doctest.h>

#include <sstream>

#include "interop/xml_writer.hpp"
#include "io/xml_reader.hpp"

using namespace stakemap;

namespace {

std::string hostile() {
  std::string s = "\"q\" 'a' \\b\\ </graphml><!-- x --><![CDATA[ ]]> &amp; &#0; <?pi?> \t tab\nline\r\ncrlf\rcr ";
  s += "שלום e\u0301 😀 \u2028 =1+1 {\"k\": 1}";
  return s;
}

/// Collects every element's attributes and text.
struct Collect final : io::XmlHandler {
  std::vector<io::XmlElement> starts;
  std::vector<std::pair<std::string, std::string>> texts;  // element name, text
  void start(const io::XmlElement& e) override { starts.push_back(e); }
  void end(const io::XmlElement& e, const std::string& text) override { texts.emplace_back(e.name, text); }
};

Collect parse(const std::string& doc) {
  Collect c;
  std::istringstream in(doc);
  io::read_xml(in, "written.xml", c);
  return c;
}

}  // namespace

TEST_CASE("xml writer: declaration, indentation, empty elements, leaves, finish closes all") {
  std::ostringstream out;
  {
    interop::XmlWriter w(out);
    w.open("root", {{"a", "1"}, {"b", "x y"}});
    w.empty("e");
    w.open("inner");
    w.leaf("l", {{"k", "v"}}, "text");
    w.leaf("m", {}, "");
    w.finish();
  }
  CHECK(out.str() ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<root a=\"1\" b=\"x y\">\n"
        "  <e/>\n"
        "  <inner>\n"
        "    <l k=\"v\">text</l>\n"
        "    <m></m>\n"
        "  </inner>\n"
        "</root>\n");
}

TEST_CASE("xml writer: the escaping of text and of attribute values") {
  CHECK(interop::xml_text("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
  CHECK(interop::xml_text("l1\nl2\tt\rr") == "l1\nl2\tt&#13;r");
  CHECK(interop::xml_attribute("l1\nl2\tt\rr") == "l1&#10;l2&#9;t&#13;r");
  CHECK(interop::xml_text("a\x01"
                          "b\x1b"
                          "c") == "a\uFFFDb\uFFFDc");  // forbidden in XML 1.0
  CHECK(interop::xml_attribute("\xff") == "\uFFFD");   // invalid UTF-8
  CHECK(interop::xml_text("&#13;") == "&amp;#13;");    // a reference in data is data
  CHECK(interop::xml_text("😀 שלום") == "😀 שלום");
}

TEST_CASE("xml writer: hostile attributes and text read back unchanged") {
  const std::string h = hostile();
  std::ostringstream out;
  interop::XmlWriter w(out);
  w.open("root", {{"name", h}});
  w.leaf("data", {{"key", h}, {"other", ""}}, h);
  w.empty("e", {{"v", h}});
  w.finish();
  Collect c = parse(out.str());
  REQUIRE(c.starts.size() == 3);
  CHECK(*c.starts[0].attribute("name") == h);
  CHECK(*c.starts[1].attribute("key") == h);
  CHECK(*c.starts[1].attribute("other") == "");
  CHECK(*c.starts[2].attribute("v") == h);
  REQUIRE(c.texts.size() == 3);
  CHECK(c.texts[0] == std::pair<std::string, std::string>{"data", h});
}

TEST_CASE("xml writer: control characters and invalid bytes leave a well-formed document") {
  std::string bad = "a";
  for (char ch = 1; ch < 0x20; ++ch) bad += ch;
  bad +=
      "\xff\xfe"
      "z\xef\xbf\xbe";  // invalid UTF-8, then U+FFFE (not a character)
  std::ostringstream out;
  interop::XmlWriter w(out);
  w.open("root", {{"v", bad}});
  w.leaf("t", {}, bad);
  w.finish();
  Collect c = parse(out.str());  // throws InputError when not well formed
  std::string expected = "a";
  for (char ch = 1; ch < 0x20; ++ch)
    expected += (ch == '\t' || ch == '\n' || ch == '\r') ? std::string(1, ch) : "\uFFFD";
  expected += "\uFFFD\uFFFDz\uFFFD";
  CHECK(*c.starts[0].attribute("v") == expected);
  CHECK(c.texts[0].second == expected);
}
