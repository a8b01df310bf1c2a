// The XML reader: events in order with positions; no DTDs; limits; clear errors.
#include <doctest/doctest.h>

#include <sstream>

#include "core/errors.hpp"
#include "io/xml_reader.hpp"

using namespace stakemap;
using namespace stakemap::io;

namespace {
struct Log final : XmlHandler {
  std::string events;
  void start(const XmlElement& e) override {
    events += "<" + e.name + "@" + std::to_string(e.line) + ":" + std::to_string(e.column);
    for (const auto& a : e.attributes) events += " " + a.name + "=" + a.value;
    events += ">";
  }
  void end(const XmlElement& e, const std::string& text) override { events += "[" + text + "]</" + e.name + ">"; }
};

std::string parse(const std::string& s, XmlLimits limits = {}) {
  Log log;
  std::istringstream in(s);
  read_xml(in, "t.xml", log, limits);
  return log.events;
}
void fails(const std::string& s, const std::string& expected, XmlLimits limits = {}) {
  CHECK_THROWS_WITH_AS(parse(s, limits), doctest::Contains(expected.c_str()), InputError);
}
}  // namespace

TEST_CASE("xml reader: elements, attributes, text, entities, CDATA, namespaces") {
  CHECK(parse("<a x=\"1 &amp; 2\">\n <b>t&lt;&#233;<![CDATA[<raw>]]></b></a>") ==
        "<a@1:18 x=1 & 2><b@2:5>[t<\xC3\xA9<raw>]</b>[\n ]</a>");
  CHECK(parse("<g xmlns=\"urn:x\" xmlns:y=\"urn:y\"><y:z/></g>") == "<g@1:34><z@1:38>[]</z>[]</g>");
}

TEST_CASE("xml reader: DOCTYPE, entities and external references are refused") {
  fails("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><a>&lol2;</a>",
        "DOCTYPE declarations are not accepted");
  fails("<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>", "DOCTYPE declarations are not accepted");
  fails("<a>&undefined;</a>", "t.xml:1:");
}

TEST_CASE("xml reader: malformed XML is reported with line and column") {
  fails("<a>\n  <b></a>", "t.xml:2:");
  fails("<a>\n  <b></a>", "malformed XML");
  fails("", "malformed XML");
  fails("<a x=\"1\" x=\"2\"/>", "malformed XML");
  fails("<a>\xFF</a>", "malformed XML");
}

TEST_CASE("xml reader: limits on depth, text and size") {
  XmlLimits small;
  small.max_depth = 3;
  small.max_text_bytes = 8;
  small.max_bytes = 100;
  fails("<a><b><c><d/></c></b></a>", "t.xml:1:12: elements nested deeper than 3 levels", small);
  fails("<a>123456789</a>", "text inside <a> longer than 8 bytes", small);
  fails("<a>" + std::string(200, ' ') + "</a>", "larger than 0 MiB", small);
  CHECK(parse("<a><b><c/></b></a>", small) == "<a@1:4><b@1:7><c@1:9>[]</c>[]</b>[]</a>");
}

TEST_CASE("xml reader: attributes per element are counted before libxml2 parses the tag") {
  XmlLimits two;
  two.max_attributes = 2;
  CHECK(parse("<a x='1' y=\"2\"><b p=\"=>\" q='='/></a>", two) == "<a@1:16 x=1 y=2><b@1:31 p==> q==>[]</b>[]</a>");
  fails("<a>\n<b x='1' y='2' z='3'/></a>", "t.xml:2: an element with more than 2 attributes", two);
  fails("<a\nx='1'\ny='2'\nz='3'/>", "t.xml:1: an element with more than 2 attributes", two);
  // Comments, CDATA, processing instructions and end tags are not start tags.
  CHECK_NOTHROW(
      parse("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><a><!-- <b x=1 y=2 z=3> -  -->"
            "<![CDATA[<c x=1 y=2 z=3>]]]></a>",
            two));
  // Split anywhere: the count carries over chunks (the reader feeds libxml2 64 KiB at a time).
  std::string big = "<a>" + std::string(65527, ' ') + "<b x='1' y='2' z='3'/></a>";
  fails(big, "more than 2 attributes", two);
  std::string many = "<a";
  for (int i = 0; i < 300; ++i) many += " a" + std::to_string(i) + "='x'";
  fails(many + "/>", "t.xml:1: an element with more than 256 attributes (the limit for interchange files");
}

TEST_CASE("xml reader: white space between elements is not held against the text limit") {
  XmlLimits small;
  small.max_text_bytes = 8;
  std::string doc = "<g>";
  for (int i = 0; i < 20; ++i) doc += "\n  <e/>";
  doc += "\n</g>";
  CHECK_NOTHROW(parse(doc, small));
  fails("<g>\n  <e/>\n  <e/>  x123456789</g>", "text inside <g> longer than 8 bytes", small);
  // White space before a value does not count either (readers trim it); the value itself does.
  CHECK_NOTHROW(parse("<g>" + std::string(100, ' ') + "<e/>\n  x1234567</g>", small));
  CHECK_NOTHROW(parse("<d>\n" + std::string(100, '\t') + "12345678</d>", small));
  fails("<d>" + std::string(100, ' ') + "123456789</d>", "t.xml:1:", small);
  fails("<d>" + std::string(100, ' ') + "123456789</d>", "text inside <d> longer than 8 bytes", small);
  // Across the 64 KiB chunks the reader feeds: the same.
  CHECK_NOTHROW(parse("<g>" + std::string(200000, ' ') + "<e/>x</g>", small));
  fails("<g>" + std::string(200000, '\n') + "<e/>x12345678</g>", "text inside <g> longer than 8 bytes", small);
}

TEST_CASE("xml reader: typed values") {
  CHECK(valid_typed_value("double", "1.5e3"));
  CHECK(valid_typed_value("double", "NaN"));
  CHECK(valid_typed_value("double", " 2 "));
  CHECK_FALSE(valid_typed_value("double", "1,5"));
  CHECK_FALSE(valid_typed_value("float", ""));
  CHECK(valid_typed_value("int", "-12"));
  CHECK(valid_typed_value("long", "+7"));
  CHECK_FALSE(valid_typed_value("int", "1.0"));
  CHECK(valid_typed_value("boolean", "true"));
  CHECK(valid_typed_value("boolean", "True"));  // networkx
  CHECK(valid_typed_value("boolean", "FALSE"));
  CHECK(valid_typed_value("integer", "-3"));  // Gephi
  CHECK_FALSE(valid_typed_value("boolean", "yes"));
  CHECK(valid_typed_value("string", "anything"));
}
