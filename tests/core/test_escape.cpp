// Escaping for every output: JSON, XML, DOT, CSV with the formula guard.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/escape.hpp"

namespace escape = stakemap::escape;

TEST_CASE("json escapes quotes, backslashes and every control character") {
  CHECK(escape::json("plain") == "\"plain\"");
  CHECK(escape::json("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(escape::json("l1\nl2\r\t") == "\"l1\\nl2\\r\\t\"");
  CHECK(escape::json(std::string("\x00\x01\x1f\x7f", 4)) == "\"\\u0000\\u0001\\u001f\\u007f\"");
  CHECK(escape::json("\xE2\x80\xA8\xE2\x80\xA9") == "\"\\u2028\\u2029\"");  // line/paragraph separators
  CHECK(escape::json("Liège 😀 שלום") == "\"Liège 😀 שלום\"");                // valid UTF-8 kept as is
  CHECK(escape::json("</script>") == "\"</script>\"");
  CHECK(escape::json("bad\xFF") == "\"bad\\ufffd\"");  // invalid byte never copied
}

TEST_CASE("xml escapes markup and replaces forbidden characters") {
  CHECK(escape::xml("<b>\"Tom\" & 'Jerry'</b>") == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
  CHECK(escape::xml(std::string("a\x01z\tq\n", 6)) == "a\xEF\xBF\xBDz\tq\n");
  CHECK(escape::xml("x\xFFy") == "x\xEF\xBF\xBDy");
}

TEST_CASE("xml_single_quoted escapes what ends or opens markup in a single-quoted value, keeps double quotes") {
  CHECK(escape::xml_single_quoted("{\"a\":\"x'y & <b>\"}") == "{\"a\":\"x&#39;y &amp; &lt;b>\"}");
  CHECK(escape::xml_single_quoted("a\x01"
                                  "z") == "a\xEF\xBF\xBDz");
}

TEST_CASE("dot keeps text literal") {
  CHECK(escape::dot("a\"b") == "a\\\"b");
  CHECK(escape::dot("ends with \\") == "ends with \\\\");
  CHECK(escape::dot("\\N \\G \\l") == "\\\\N \\\\G \\\\l");
  CHECK(escape::dot("l1\nl2\x01") == "l1\\nl2");
}

namespace {
// The pieces of a DOT string as dot_quoted writes them ("a" +\n"b"), without the quotes.
std::vector<std::string> dot_pieces(const std::string& quoted) {
  std::vector<std::string> pieces;
  REQUIRE(quoted.size() >= 2);
  REQUIRE(quoted.front() == '"');
  REQUIRE(quoted.back() == '"');
  std::string body = quoted.substr(1, quoted.size() - 2);
  const std::string joint = "\" +\n\"";
  for (std::size_t start = 0;;) {
    auto at = body.find(joint, start);
    pieces.push_back(body.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return pieces;
    start = at + joint.size();
  }
}
}  // namespace

TEST_CASE("dot_quoted cuts long strings into pieces joined with +, never inside an escape or a character") {
  CHECK(escape::dot_quoted("short \"name\"") == "\"short \\\"name\\\"\"");
  CHECK(escape::dot_quoted("") == "\"\"");
  CHECK(escape::dot_quoted("abcdefgh", 4) == "\"abcd\" +\n\"efgh\"");
  CHECK(escape::dot_quoted("abcd", 4) == "\"abcd\"");  // a body of exactly piece_max stays whole
  // Escapes are two bytes and stay whole: "ab\" does not fit in a piece of 3 after "ab".
  CHECK(escape::dot_quoted("ab\"c", 3) == "\"ab\" +\n\"\\\"c\"");
  CHECK(escape::dot_quoted("a\\b", 2) == "\"a\" +\n\"\\\\\" +\n\"b\"");
  // 'é' is two bytes, '😀' four: pieces end between characters.
  CHECK(escape::dot_quoted("éé", 3) == "\"é\" +\n\"é\"");
  CHECK(escape::dot_quoted("a😀", 4) == "\"a\" +\n\"😀\"");

  // A 17 000-character name of mixed text: every piece within the limit, valid UTF-8 and
  // free of a cut escape; joined, the pieces are the escaped name.
  std::string name;
  while (name.size() < 17000) name += "Liège \"Ω\" \\N 😀 ";
  auto pieces = dot_pieces(escape::dot_quoted(name));
  CHECK(pieces.size() == 3);
  std::string joined;
  for (const auto& p : pieces) {
    CHECK(p.size() <= escape::dot_piece_max);
    CHECK(!p.empty());
    CHECK((static_cast<unsigned char>(p.front()) & 0xC0) != 0x80);  // no continuation byte first
    std::size_t backslashes = 0;  // a piece never ends inside an escape: an even run of '\'
    for (auto it = p.rbegin(); it != p.rend() && *it == '\\'; ++it) ++backslashes;
    CHECK(backslashes % 2 == 0);
    joined += p;
  }
  CHECK(joined == escape::dot(name));
}

TEST_CASE("csv_text guards formulas and quotes when needed") {
  CHECK(escape::csv_text("plain") == "plain");
  CHECK(escape::csv_text("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(escape::csv_text("+1") == "+1");
  CHECK(escape::csv_text("-1") == "-1");  // a plain number is left alone
  CHECK(escape::csv_text("-2.5e-3") == "-2.5e-3");
  CHECK(escape::csv_text("-1-1") == "'-1-1");
  CHECK(escape::csv_text("+32 2 555 01 23") == "'+32 2 555 01 23");
  CHECK(escape::csv_text("-") == "'-");
  CHECK(escape::csv_text("'-1") == "'-1");
  CHECK(escape::unguard("'-1") == "'-1");
  CHECK(escape::csv_text("@SUM(A1)") == "'@SUM(A1)");
  CHECK(escape::csv_text("\tx") == "'\tx");
  CHECK(escape::csv_text("\rx") == "\"'\rx\"");
  CHECK(escape::csv_text("'=x") == "''=x");  // the guard itself round-trips
  CHECK(escape::csv_text("'plain") == "'plain");
  CHECK(escape::csv_text("a,b") == "\"a,b\"");
  CHECK(escape::csv_text("a;b", ';') == "\"a;b\"");
  CHECK(escape::csv_text("a;b") == "a;b");
  CHECK(escape::csv_text("l1\nl2") == "\"l1\nl2\"");
  CHECK(escape::csv_text("") == "");
  CHECK(escape::csv_raw("=1+1") == "=1+1");
}

TEST_CASE("unguard undoes exactly the guard") {
  for (std::string s : {"=x", "'=x", "''=x", "+", "plain", "'plain", "", "-3", "@a", "\tq"}) {
    std::string cell = escape::csv_text(s);
    if (cell.size() > 1 && cell.front() == '"') cell = cell.substr(1, cell.size() - 2);  // (no quotes inside here)
    CHECK(escape::unguard(cell) == s);
  }
  CHECK(escape::unguard("'plain") == "'plain");
}

TEST_CASE("terminal: escape sequences, C1 controls, bidi overrides and bad bytes made visible; text kept") {
  using stakemap::escape::terminal;
  CHECK(terminal("\x1b]0;owned\x07\x1b[2J") == "\\x1b]0;owned\\x07\\x1b[2J");
  CHECK(terminal("a\tb\nc\rd\x7f") == "a\tb\nc\\x0dd\\x7f");
  CHECK(terminal("\xc2\x9b"
                 "31m") == "\\u009b31m");                        // CSI as a C1 code point
  CHECK(terminal("x\xe2\x80\xaey") == "x\\u202ey");              // right-to-left override
  CHECK(terminal("caf\xc3\xa9 \xff!") == "caf\xc3\xa9 \\xff!");  // é kept, a stray byte shown
  CHECK(terminal("Brussels \xe2\x80\x94 Anvers") == "Brussels \xe2\x80\x94 Anvers");
}
