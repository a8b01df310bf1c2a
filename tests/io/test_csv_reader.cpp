// The CSV reader: RFC 4180 quoting, BOM, separator sniffing, line ends, positions, limits.
#include <doctest/doctest.h>

#include <sstream>

#include "io/csv_reader.hpp"

using stakemap::ValidationError;
using stakemap::io::CsvLimits;
using stakemap::io::CsvReader;
using Rows = std::vector<std::vector<std::string>>;

namespace {
Rows read_all(const std::string& text, char sep = 0, CsvLimits limits = {}) {
  std::istringstream in(text);
  CsvReader r(in, "t.csv", sep, limits);
  Rows rows;
  std::vector<std::string> f;
  while (r.next(f)) rows.push_back(f);
  return rows;
}

// The single diagnostic a malformed text raises, as "file:line:column: error: message".
std::string error_of(const std::string& text, CsvLimits limits = {}) {
  try {
    read_all(text, 0, limits);
  } catch (const ValidationError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    return e.diagnostics()[0].str();
  }
  return "no error";
}
}  // namespace

TEST_CASE("plain records, LF and CRLF, last line with or without a line end") {
  Rows want{{"id", "name"}, {"a", "A"}, {"b", "B"}};
  CHECK(read_all("id,name\na,A\nb,B\n") == want);
  CHECK(read_all("id,name\r\na,A\r\nb,B") == want);
  CHECK(read_all("id,name\ra,A\rb,B\r") == want);  // lone CR (old Mac)
}

TEST_CASE("UTF-8 byte order mark is skipped") {
  CHECK(read_all("\xEF\xBB\xBFid,name\na,A\n") == Rows{{"id", "name"}, {"a", "A"}});
  CHECK(read_all("\xEF\xBB\xBF") == Rows{});
}

TEST_CASE("separator sniffed from the header line") {
  CHECK(read_all("id;name;x,y\na;A;1,5\n") == Rows{{"id", "name", "x,y"}, {"a", "A", "1,5"}});
  CHECK(read_all("id,name\na;b,c\n") == Rows{{"id", "name"}, {"a;b", "c"}});
  // Separators inside quotes do not count.
  CHECK(read_all("\"a;b;c\",d\n") == Rows{{"a;b;c", "d"}});
  CHECK(read_all("\"a,b,c\";d\n") == Rows{{"a,b,c", "d"}});
  std::istringstream in("a;b\n");
  CsvReader r(in, "t.csv");
  std::vector<std::string> f;
  r.next(f);
  CHECK(r.separator() == ';');
}

TEST_CASE("quoted fields hold separators, doubled quotes and line breaks") {
  auto rows = read_all("a,b,c\n\"x,y\",\"say \"\"hi\"\"\",\"line1\nline2\r\nline3\"\n\"\",z,\"\"\"\"\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1] == std::vector<std::string>{"x,y", "say \"hi\"", "line1\nline2\r\nline3"});
  CHECK(rows[2] == std::vector<std::string>{"", "z", "\""});
}

TEST_CASE("empty fields and trailing separators") {
  CHECK(read_all("a,,c,\n,,,\n") == Rows{{"a", "", "c", ""}, {"", "", "", ""}});
}

TEST_CASE("blank lines are skipped, and positions still count them") {
  std::istringstream in("id,name\n\n\r\n  \na,A\n");
  CsvReader r(in, "t.csv");
  std::vector<std::string> f;
  REQUIRE(r.next(f));
  REQUIRE(r.next(f));
  CHECK(f == std::vector<std::string>{"  "});  // spaces are not blank: the caller decides
  CHECK(r.line() == 4);
  REQUIRE(r.next(f));
  CHECK(f == std::vector<std::string>{"a", "A"});
  CHECK(r.line() == 5);
  CHECK_FALSE(r.next(f));
}

TEST_CASE("positions are line and column in code points") {
  std::istringstream in("id,name,note\n\"multi\nline\",Liège,ok\nå€😀,b,\"c\"\n");
  CsvReader r(in, "f.csv");
  std::vector<std::string> f;
  r.next(f);
  r.next(f);
  CHECK(r.line() == 2);
  CHECK(r.position(0).str() == "f.csv:2:1");
  CHECK(r.position(1).str() == "f.csv:3:7");   // after `line",` on the record's second line
  CHECK(r.position(2).str() == "f.csv:3:13");  // "Liège," is 6 code points (7 bytes)
  r.next(f);
  CHECK(r.position(1).str() == "f.csv:4:5");  // å € 😀 are one column each
  CHECK(r.position(2).str() == "f.csv:4:7");
  CHECK(r.position(9).str() == "f.csv:4");  // no such field: the line only
}

TEST_CASE("unterminated quote is reported where the field starts") {
  CHECK(error_of("a,b\nx,\"never closed\nmore\n") ==
        "t.csv:2:3: error: unterminated quoted field (the closing quote is missing)");
}

TEST_CASE("quote inside an unquoted field") {
  CHECK(error_of("a,b\nx,5\" screen\n") ==
        "t.csv:2:4: error: quote inside an unquoted field (a quoted field must start right after the "
        "separator; inside it, write a quote as \"\")");
  CHECK(error_of("a,b\nx, \"y\"\n").rfind("t.csv:2:4: error: quote inside an unquoted field", 0) == 0);
}

TEST_CASE("text after a closing quote") {
  CHECK(error_of("a,b\n\"x\"y,z\n") == "t.csv:2:4: error: unexpected character 'y' after a closing quote");
  CHECK(error_of("a\n\"x\"é\n") == "t.csv:2:4: error: unexpected text after a closing quote");
}

TEST_CASE("invalid UTF-8 is reported at the bad byte, in code points") {
  CHECK(error_of("a,b\nok,é\xFFz\n") ==
        "t.csv:2:5: error: invalid UTF-8 (byte 0xFF): the file looks like Windows-1252 or Latin-1, as Excel saves "
        "\"CSV (comma delimited)\"; save it again as \"CSV UTF-8\", or read it with --encoding cp1252 (or latin1)");
  CHECK(
      error_of("a\n\"x\ny\xC3\"\n") ==
      "t.csv:3:2: error: invalid UTF-8 (byte 0xC3): the file looks like Windows-1252 or Latin-1, as Excel saves \"CSV "
      "(comma delimited)\"; save it again as \"CSV UTF-8\", or read it with --encoding cp1252 (or latin1)");  // truncated
                                                                                                              // sequence
  CHECK(
      error_of("a\n\xC0\xAF\n") ==
      "t.csv:2:1: error: invalid UTF-8 (byte 0xC0): the file looks like Windows-1252 or Latin-1, as Excel saves \"CSV "
      "(comma delimited)\"; save it again as \"CSV UTF-8\", or read it with --encoding cp1252 (or latin1)");  // overlong
                                                                                                              // '/'
  CHECK(
      error_of("a\n\xED\xA0\x80\n") ==
      "t.csv:2:1: error: invalid UTF-8 (byte 0xED): the file looks like Windows-1252 or Latin-1, as Excel saves \"CSV "
      "(comma delimited)\"; save it again as \"CSV UTF-8\", or read it with --encoding cp1252 (or latin1)");  // surrogate
  CHECK(
      error_of("a\nxx\xF4\x90\x80\x80\n") ==
      "t.csv:2:3: error: invalid UTF-8 (byte 0xF4): the file looks like Windows-1252 or Latin-1, as Excel saves \"CSV "
      "(comma delimited)\"; save it again as \"CSV UTF-8\", or read it with --encoding cp1252 (or latin1)");  // >
                                                                                                              // U+10FFFF
}

TEST_CASE("a NUL byte is refused where it stands, quoted or not") {
  using namespace std::string_literals;
  CHECK(error_of("a,b\nok,x\0y\n"s) == "t.csv:2:5: error: a NUL byte (0x00) in a cell: the file is not plain text");
  CHECK(error_of("a\n\"q\nr\0\"\n"s) == "t.csv:3:2: error: a NUL byte (0x00) in a cell: the file is not plain text");
  CHECK(error_of("a,b\n\0,\xFF\n"s).find("NUL byte") != std::string::npos);  // the first problem is named
}

TEST_CASE("field length and field count limits") {
  CsvLimits small;
  small.max_field_bytes = 8;
  small.max_fields = 3;
  CHECK(read_all("12345678,b\n", 0, small) == Rows{{"12345678", "b"}});
  CHECK(error_of("a\n123456789\n", small) == "t.csv:2:1: error: field longer than 8 bytes");
  CHECK(error_of("a\nx,\"123\n456789\"\n", small) == "t.csv:2:3: error: field longer than 8 bytes");
  CHECK(error_of("a,b,c,d\n", small) == "t.csv:1:7: error: more than 3 fields in one record");
  // A field far longer than the read buffer (64 KiB) with the default limit of 1 MiB.
  std::string big(200000, 'x');
  CHECK(read_all("a\n\"" + big + "\"\n")[1][0] == big);
  CHECK(error_of("a\n" + std::string((1 << 20) + 1, 'y') + "\n") ==
        "t.csv:2:1: error: field longer than 1048576 bytes");
}

TEST_CASE("records spanning read buffers keep positions") {
  std::string text = "id,name\n";
  for (int i = 0; i < 5000; ++i)
    text += "org-" + std::to_string(i) + ",\"Name, with comma " + std::to_string(i) + "\"\n";
  text += "last,\"bad\n";
  try {
    read_all(text);
    FAIL("no error");
  } catch (const ValidationError& e) { CHECK(e.diagnostics()[0].where.str() == "t.csv:5002:6"); }
  CHECK(read_all(text.substr(0, text.size() - 10)).size() == 5001);
}

TEST_CASE("CsvHeader finds columns trimmed and case-insensitively") {
  stakemap::io::CsvHeader h({" ID ", "Name", "x"});
  CHECK(h.find("id") == 0);
  CHECK(h.find("NAME") == 1);
  CHECK(h.find("y") == -1);
}

TEST_CASE("csv reader: a tab-separated file is told from its header") {
  CHECK(read_all("id\tname\na\tx, y; z\n") == Rows{{"id", "name"}, {"a", "x, y; z"}});
  CHECK(read_all("id;name\ta\n") == Rows{{"id", "name\ta"}});  // on a tie, ; wins over tab
}
