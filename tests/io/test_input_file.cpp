// Input files: Windows-1252 and Latin-1 read as UTF-8, standard input by "-".
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/errors.hpp"
#include "io/input_file.hpp"

using namespace stakemap::io;

TEST_CASE("to_utf8: Windows-1252 and Latin-1 bytes as UTF-8") {
  CHECK(to_utf8("Li\xE8ge \x80 \x93x\x94", Encoding::cp1252) == "Li\u00E8ge \u20AC \u201Cx\u201D");
  CHECK(to_utf8("\x81", Encoding::cp1252) == "\uFFFD");  // unassigned in Windows-1252
  CHECK(to_utf8("Li\xE8ge \x80", Encoding::latin1) == "Li\u00E8ge \u0080");
  CHECK(to_utf8("d\xC3\xA9j\xC3\xA0", Encoding::utf8) == "d\xC3\xA9j\xC3\xA0");
}

TEST_CASE("parse_encoding: names and refusals") {
  CHECK(parse_encoding("cp1252") == Encoding::cp1252);
  CHECK(parse_encoding("windows-1252") == Encoding::cp1252);
  CHECK(parse_encoding("latin1") == Encoding::latin1);
  CHECK(parse_encoding("utf-8") == Encoding::utf8);
  CHECK_THROWS_AS(parse_encoding("ebcdic"), stakemap::UsageError);
}

TEST_CASE("open_input: a file decoded in the encoding set, across buffer boundaries") {
  auto path = std::filesystem::temp_directory_path() / "stakemap_input_file_test.csv";
  std::string bytes(100000, 'a');
  bytes += "\xE9";
  std::ofstream(path, std::ios::binary) << bytes;
  set_input_encoding(Encoding::cp1252);
  auto in = open_input(path.string());
  set_input_encoding(Encoding::utf8);
  REQUIRE(in);
  std::string text((std::istreambuf_iterator<char>(*in)), {});
  CHECK(text == std::string(100000, 'a') + "\u00E9");
  CHECK(open_input((path.string() + ".missing")) == nullptr);
  std::filesystem::remove(path);
}
