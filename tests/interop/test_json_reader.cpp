// The strict JSON reader: values with positions, escapes, and clear errors.
#include <doctest/doctest.h>

#include <sstream>

#include "core/errors.hpp"
#include "interop/json_reader.hpp"

using namespace stakemap;
using namespace stakemap::interop;

namespace {
JsonValue parse(const std::string& s, JsonLimits limits = {}) {
  std::istringstream in(s);
  return read_json(in, "t.json", limits);
}
void fails(const std::string& s, const std::string& expected, JsonLimits limits = {}) {
  CHECK_THROWS_WITH_AS(parse(s, limits), doctest::Contains(expected.c_str()), InputError);
}
}  // namespace

TEST_CASE("json reader: values, order and positions") {
  auto v = parse("\xEF\xBB\xBF{\"a\": [1, -2.5e3, true, null],\n  \"b\": {\"c\": \"d\"}, \"\xC3\xA9\": \"x\"}");
  REQUIRE(v.type == JsonValue::Type::object);
  REQUIRE(v.members.size() == 3);
  const JsonValue* a = v.get("a");
  REQUIRE(a);
  CHECK(a->items.size() == 4);
  CHECK(a->items[1].text == "-2.5e3");
  CHECK(a->items[2].boolean);
  CHECK(a->items[3].type == JsonValue::Type::null);
  CHECK(v.get("b")->get("c")->text == "d");
  CHECK(v.get("b")->get("c")->line == 2);
  CHECK(v.get("b")->get("c")->column == 14);
  CHECK(v.members[2].key == "\xC3\xA9");
}

TEST_CASE("json reader: string escapes, surrogate pairs") {
  auto v = parse(R"(["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20ac", "\ud83d\ude00"])");
  CHECK(v.items[0].text == "a\"b\\c/d\b\f\n\r\t");
  CHECK(v.items[1].text == "\xC3\xA9\xE2\x82\xAC");
  CHECK(v.items[2].text == "\xF0\x9F\x98\x80");
}

TEST_CASE("json reader: errors name file, line and column") {
  fails("{\"a\": 1,\n \"a\": 2}", "t.json:2:2: duplicate member name 'a'");
  fails("[1, 2", "expected ']'");
  fails("[01]", "t.json:1:3: expected ']'");
  fails("[1.]", "digits expected after '.'");
  fails("[\"a\nb\"]", "control character inside a string");
  fails("[\"\\ud800\"]", "high surrogate without its low surrogate");
  fails("[\"\\udc00\"]", "lone low surrogate");
  fails("[\"\\x\"]", "invalid escape");
  fails("{\"a\" 1}", "expected ':'");
  fails("[1] [2]", "unexpected text after the JSON document");
  fails("", "unexpected end of the document");
  fails("[tru]", "unexpected character 't'");
  fails("[\"ok\", \"\xFF\"]", "t.json:1:9: invalid UTF-8 (byte 0xFF)");
}

TEST_CASE("json reader: limits") {
  JsonLimits small;
  small.max_depth = 3;
  small.max_values = 5;
  small.max_bytes = 64;
  small.max_string_bytes = 4;
  fails("[[[[1]]]]", "nested deeper than 3 levels", small);
  fails("[1,2,3,4,5,6]", "more than 5 values", small);
  fails("[\"abcdef\"]", "string longer than 4 bytes", small);
  fails(std::string(100, ' ') + "1", "larger than 0 MiB", small);
  CHECK(parse("[[1]]", small).items[0].items[0].text == "1");
}
