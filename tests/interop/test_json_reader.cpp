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

TEST_CASE("json reader: the input is read in chunks; UTF-8 is checked across them") {
  // "é" (2 bytes) and "€" (3 bytes) straddling the 64 KiB chunk boundary.
  for (std::size_t pad : {65532u, 65533u, 65534u, 65535u}) {
    std::string doc = "[\"" + std::string(pad - 2, 'a') + "\xC3\xA9\xE2\x82\xAC\"]";
    CHECK(parse(doc).items[0].text.size() == pad - 2 + 5);
  }
  // A bad byte in the second chunk: its line and column (code points), as for the first.
  std::string doc = "[\n" + std::string(70000, ' ') + "\"\xC3\xA9\xFF\"]";
  fails(doc, "t.json:2:70003: invalid UTF-8 (byte 0xFF)");
  // A sequence cut by the end of the file.
  fails("[\"\xE2\x82", "invalid UTF-8 (byte 0xE2)");
}

namespace {
// Collects what read_json_streamed hands over; keeps the items of "kept".
struct Collect final : JsonStreamHandler {
  std::vector<std::string> events;
  std::vector<JsonValue> kept;
  void root(const JsonValue& v) override {
    events.push_back(std::string("root ") + v.type_name() + " " + std::to_string(v.line) + ":" +
                     std::to_string(v.column));
  }
  bool streams(const std::string& key) const override { return key != "whole"; }
  bool item(const std::string& key, JsonValue& v) override {
    events.push_back(key + "[] " + v.type_name() + " " + std::to_string(v.line) + ":" + std::to_string(v.column));
    if (key != "kept") return true;
    kept.push_back(std::move(v));
    return false;
  }
  void member(const std::string& key, JsonValue v) override {
    events.push_back(key + " " + v.type_name() + " " + std::to_string(v.items.size()));
  }
};
std::vector<std::string> stream(const std::string& s, JsonLimits limits = {}) {
  std::istringstream in(s);
  Collect c;
  read_json_streamed(in, "t.json", c, limits);
  return c.events;
}
}  // namespace

TEST_CASE("json reader: streamed, the root's arrays come item by item") {
  auto events = stream("{\"a\": [1, {\"x\": 2}],\n \"whole\": [3, 4], \"s\": \"t\", \"e\": []}");
  std::vector<std::string> expected{"root object 1:1", "a array 0",  "a[] number 1:8", "a[] object 1:11",
                                    "whole array 2",   "s string 0", "e array 0"};
  CHECK(events == expected);
  CHECK(stream("[1]") == std::vector<std::string>{"root array 1:1"});
  CHECK(stream(" 7") == std::vector<std::string>{"root number 1:2"});
  // Errors are those of read_json, at the same places.
  CHECK_THROWS_WITH_AS(stream("{\"a\": [1, 2}"), doctest::Contains("t.json:1:12: expected ']'"), InputError);
  CHECK_THROWS_WITH_AS(stream("{\"a\": [], \"a\": []}"), doctest::Contains("t.json:1:11: duplicate member name 'a'"),
                       InputError);
  CHECK_THROWS_WITH_AS(stream("{\"a\": []} x"), doctest::Contains("unexpected text after the JSON document"),
                       InputError);
}

TEST_CASE("json reader: streamed, the value limit counts the values held, not those handed over") {
  JsonLimits small;
  small.max_values = 6;
  std::string many = "{\"a\": [";
  for (int i = 0; i < 1000; ++i) many += (i ? ",[" : "[") + std::to_string(i) + "]";
  many += "]}";
  CHECK(stream(many, small).size() == 1002);  // root, the member, 1000 items of 2 values each
  CHECK_THROWS_WITH_AS(stream("{\"a\": [[1, 2, 3, 4, 5]]}", small), doctest::Contains("more than 6 values"),
                       InputError);
  // Items kept by the handler still count; so does a member read whole.
  CHECK_THROWS_WITH_AS(stream("{\"kept\": [1, 2, 3, 4, 5]}", small), doctest::Contains("more than 6 values"),
                       InputError);
  CHECK_THROWS_WITH_AS(stream("{\"whole\": [1, 2, 3, 4, 5]}", small), doctest::Contains("more than 6 values"),
                       InputError);
  // The file limit is the same.
  small.max_bytes = 64;
  CHECK_THROWS_WITH_AS(stream(many, small), doctest::Contains("larger than 0 MiB"), InputError);
}
