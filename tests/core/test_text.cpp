// Text helpers: lists, UTF-8 validation and decoding, wrapping (folding and widths: test_unicode.cpp).
#include <doctest/doctest.h>

#include "core/text.hpp"

namespace text = stakemap::text;

TEST_CASE("split_list trims and drops empty parts; join") {
  CHECK(text::split_list("a| b||c ") == std::vector<std::string>{"a", "b", "c"});
  CHECK(text::split_list("").empty());
  CHECK(text::split_list(" | ").empty());
  CHECK(text::join({"a", "b"}) == "a|b");
  CHECK(text::join({"a", "b"}, ", ") == "a, b");
}

TEST_CASE("invalid_utf8_at finds the first bad byte") {
  CHECK(text::invalid_utf8_at("Liège 😀") == std::string::npos);
  CHECK(text::invalid_utf8_at("ab\x80") == 2);
  CHECK(text::invalid_utf8_at("\xE2\x82") == 0);                          // truncated
  CHECK(text::invalid_utf8_at("\xE0\x80\xAF") == 0);                      // overlong
  CHECK(text::invalid_utf8_at("\xF0\x8F\xBF\xBF") == 0);                  // overlong 4-byte
  CHECK(text::invalid_utf8_at("\xED\xBF\xBF") == 0);                      // surrogate
  CHECK(text::invalid_utf8_at("\xF4\x8F\xBF\xBF") == std::string::npos);  // U+10FFFF
  CHECK(text::invalid_utf8_at("\xF5\x80\x80\x80") == 0);
}

TEST_CASE("decode and encode round trip") {
  std::string s = "aé€😀";
  std::string back;
  for (std::size_t i = 0; i < s.size();) text::append_utf8(back, text::decode_utf8(s, i));
  CHECK(back == s);
  CHECK(text::code_points(s) == 4);
}

TEST_CASE("wrap keeps words whole") {
  CHECK(text::wrap("one two three", 7) == std::vector<std::string>{"one two", "three"});
  CHECK(text::wrap("", 5) == std::vector<std::string>{""});
  CHECK(text::wrap("averyveryverylongword x", 5) == std::vector<std::string>{"averyveryverylongword", "x"});
}

TEST_CASE("excerpt: the start of a text, never cutting a character") {
  CHECK(text::excerpt("short") == "short");
  CHECK(text::excerpt("abcdef", 3) == "abc…");
  CHECK(text::excerpt("ééé", 2) == "éé…");
  CHECK(text::excerpt("abc", 3) == "abc");
}
