// The JSON writer: its exact layout, numbers in shortest form with NaN and infinities as
// null, and hostile text that reads back unchanged through the strict JSON reader.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <sstream>

#include "core/text.hpp"
#include "interop/json_reader.hpp"
#include "interop/json_writer.hpp"

using namespace stakemap;

namespace {
// Quotes, backslashes, markup, every C0 control, DEL, line/paragraph separators, a NUL,
// right-to-left text, combining marks, emoji, a formula and a JSON look-alike.
std::string hostile() {
  std::string s = "\"quoted\" \\back\\slash\\ </script><b>&amp; ]]> '\t\n\r";
  for (char c = 1; c < 0x20; ++c) s += c;
  s += '\x7f';
  s += std::string("\0after-nul", 10);
  s += "\u2028\u2029 שלום e\u0301 😀 =1+1 {\"k\": [1]} \\u0041";
  return s;
}
}  // namespace

TEST_CASE("json writer: the layout of objects, arrays, empty ones and one-line string lists") {
  std::ostringstream out;
  interop::JsonWriter w(out);
  w.begin_object();
  w.key("a");
  w.number(1);
  w.key("b");
  w.begin_array();
  w.string("x");
  w.null();
  w.boolean(true);
  w.boolean(false);
  w.end_array();
  w.key("c");
  w.begin_object();
  w.end_object();
  w.key("d");
  w.strings({"p", "q"});
  w.key("e");
  w.begin_array();
  w.end_array();
  w.key("f");
  w.begin_array();
  w.begin_object();
  w.key("g");
  w.strings({});
  w.end_object();
  w.end_array();
  w.end_object();
  w.finish();
  CHECK(out.str() ==
        "{\n"
        "  \"a\": 1,\n"
        "  \"b\": [\n"
        "    \"x\",\n"
        "    null,\n"
        "    true,\n"
        "    false\n"
        "  ],\n"
        "  \"c\": {},\n"
        "  \"d\": [\"p\", \"q\"],\n"
        "  \"e\": [],\n"
        "  \"f\": [\n"
        "    {\n"
        "      \"g\": []\n"
        "    }\n"
        "  ]\n"
        "}\n");
}

TEST_CASE("json writer: numbers in shortest round-trip form; NaN and infinities as null") {
  std::ostringstream out;
  interop::JsonWriter w(out);
  w.begin_array();
  for (double v : {0.1, 3.0, -2.5, 1e-9, 1e21, std::nan(""), std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity()})
    w.number(v);
  w.end_array();
  CHECK(out.str() == "[\n  0.1,\n  3,\n  -2.5,\n  1e-09,\n  1e+21,\n  null,\n  null,\n  null\n]");
  std::istringstream in(out.str());
  auto v = interop::read_json(in, "numbers.json");
  REQUIRE(v.items.size() == 8);
  CHECK(std::stod(v.items[0].text) == 0.1);
  CHECK(v.items[7].type == interop::JsonValue::Type::null);
}

TEST_CASE("json writer: hostile keys, strings and lists read back unchanged") {
  const std::string h = hostile();
  REQUIRE(text::invalid_utf8_at(h) == std::string::npos);
  std::ostringstream out;
  interop::JsonWriter w(out);
  w.begin_object();
  w.key(h);
  w.string(h);
  w.key("list");
  w.strings({h, "", h});
  w.end_object();
  w.finish();
  const std::string doc = out.str();
  // Raw control characters and separators never reach the output.
  for (char c : doc) CHECK((static_cast<unsigned char>(c) >= 0x20 || c == '\n'));
  CHECK(doc.find("\u2028") == std::string::npos);
  CHECK(doc.find('\x7f') == std::string::npos);
  std::istringstream in(doc);
  auto v = interop::read_json(in, "hostile.json");
  REQUIRE(v.members.size() == 2);
  CHECK(v.members[0].key == h);
  CHECK(v.members[0].value.text == h);
  REQUIRE(v.members[1].value.items.size() == 3);
  CHECK(v.members[1].value.items[0].text == h);
  CHECK(v.members[1].value.items[1].text.empty());
  CHECK(v.members[1].value.items[2].text == h);
}

TEST_CASE("json writer: invalid UTF-8 becomes U+FFFD and the document stays valid") {
  std::ostringstream out;
  interop::JsonWriter w(out);
  w.begin_array();
  w.string(
      "a\xff"
      "b\xc3");
  w.end_array();
  std::istringstream in(out.str());
  auto v = interop::read_json(in, "bad.json");
  CHECK(v.items.at(0).text == "a\uFFFDb\uFFFD");
}
