// Result tables printed as terminal tables, CSV and JSON.
#include <doctest/doctest.h>

#include <limits>
#include <sstream>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/table.hpp"
#include "core/text.hpp"

using stakemap::Cell;
using stakemap::Table;
using stakemap::TableFormat;

namespace {
std::string printed(const Table& t, TableFormat f) {
  std::ostringstream out;
  stakemap::print(out, t, f);
  return out.str();
}
Cell s(const char* v) { return std::string(v); }
}  // namespace

TEST_CASE("terminal table aligns by display width; numbers right-aligned") {
  Table t;
  t.columns = {"org", "name", "score"};
  t.add({s("a"), s("日本"), 1.5});
  t.add({s("bb"), s("e\xCC\x81t\xC3\xA9"), 10LL});  // decomposed é: 3 columns
  t.add({s("c"), s("😀x"), std::monostate{}});
  CHECK(printed(t, TableFormat::table) ==
        "org  name  score\n"
        "───  ────  ─────\n"
        "a    日本    1.5\n"
        "bb   e\xCC\x81t\xC3\xA9      10\n"
        "c    😀x\n");
}

TEST_CASE("terminal table shows control characters and bidi overrides visibly") {
  Table t;
  t.columns = {"name", "n"};
  t.add({s("a\nb\tc\x1b[31m"), 1LL});
  t.add({s("x\xE2\x80\xAEy\xC2\x9B"), 2LL});  // RIGHT-TO-LEFT OVERRIDE, C1 CSI
  auto out = printed(t, TableFormat::table);
  CHECK(out ==
        "name        n\n"
        "──────────  ─\n"
        "a␊b␉c␛[31m  1\n"
        "x\xEF\xBF\xBDy\xEF\xBF\xBD        2\n");
}

TEST_CASE("reals are rounded to 4 decimals on the terminal, exact in CSV and JSON") {
  Table t;
  t.columns = {"x"};
  t.add({1.0 / 3});
  t.add({-0.00001});
  t.add({2.0});
  CHECK(printed(t, TableFormat::table) == "x\n──────\n0.3333\n     0\n     2\n");
  CHECK(printed(t, TableFormat::csv) == "x\n0.3333333333333333\n-1e-05\n2\n");
  CHECK(printed(t, TableFormat::json) == "[\n {\"x\": 0.3333333333333333},\n {\"x\": -1e-05},\n {\"x\": 2}\n]\n");
}

TEST_CASE("a decimal mark other than the point: terminal tables only") {
  Table t;
  t.columns = {"x", "n"};
  t.add({3.0812, 1234LL});
  auto with = [&](TableFormat f) {
    std::ostringstream out;
    print(out, t, f, 0, {}, ",");
    return out.str();
  };
  CHECK(with(TableFormat::table) == "x       n\n──────  ────\n3,0812  1234\n");
  CHECK(with(TableFormat::csv) == "x,n\n3.0812,1234\n");
  CHECK(with(TableFormat::json).find("3.0812") != std::string::npos);
}

TEST_CASE("CSV: header, formula guard on text, numbers stay numbers, empty cells") {
  Table t;
  t.columns = {"org", "name", "value"};
  t.add({s("a"), s("=HYPERLINK(\"http://evil\")"), -3LL});
  t.add({s("-b"), s("x, \"y\"\nz"), std::monostate{}});
  CHECK(printed(t, TableFormat::csv) ==
        "org,name,value\n"
        "a,\"'=HYPERLINK(\"\"http://evil\"\")\",-3\n"
        "'-b,\"x, \"\"y\"\"\nz\",\n");
}

TEST_CASE("JSON: array of objects, strings escaped, empty cells null, non-finite null") {
  Table t;
  t.columns = {"org", "v"};
  t.add({s("a\"\\\x01</b>"), std::monostate{}});
  t.add({s("b"), std::numeric_limits<double>::infinity()});
  CHECK(printed(t, TableFormat::json) ==
        "[\n {\"org\": \"a\\\"\\\\\\u0001</b>\", \"v\": null},\n {\"org\": \"b\", \"v\": null}\n]\n");
  Table empty;
  empty.columns = {"a"};
  CHECK(printed(empty, TableFormat::json) == "[]\n");
  CHECK(printed(empty, TableFormat::csv) == "a\n");
}

TEST_CASE("a list cell: a JSON array with each element escaped; joined with | in CSV and tables") {
  Table t;
  t.columns = {"id", "domains"};
  t.add({s("a"), stakemap::TextList{"say \"hi\"", "back\\slash", "bell\x07", "caf\u00e9 \u2028"}});
  t.add({s("b"), stakemap::TextList{}});
  t.add({s("c"), stakemap::TextList{"=1+1", "x"}});
  CHECK(printed(t, TableFormat::json) ==
        "[\n {\"id\": \"a\", \"domains\": [\"say \\\"hi\\\"\", \"back\\\\slash\", \"bell\\u0007\", "
        "\"caf\u00e9 \\u2028\"]},\n"
        " {\"id\": \"b\", \"domains\": []},\n"
        " {\"id\": \"c\", \"domains\": [\"=1+1\", \"x\"]}\n]\n");
  // CSV: one text cell, quoted and formula-guarded as any other text.
  CHECK(printed(t, TableFormat::csv) ==
        "id,domains\n"
        "a,\"say \"\"hi\"\"|back\\slash|bell\x07|caf\u00e9 \u2028\"\n"
        "b,\n"
        "c,'=1+1|x\n");
  // Terminal: joined, control characters shown as symbols.
  auto table = printed(t, TableFormat::table);
  CHECK(table.find("say \"hi\"|back\\slash|bell\u2407|caf\u00e9") != std::string::npos);
  CHECK(table.find("=1+1|x") != std::string::npos);
  CHECK(stakemap::joined({"a", "b", "c"}) == "a|b|c");
  CHECK(stakemap::joined({}).empty());
}

TEST_CASE("rows must match the columns; formats parse") {
  Table t;
  t.columns = {"a", "b"};
  CHECK_THROWS_AS(t.add({1LL}), std::logic_error);
  CHECK(t.column("b") == 1u);
  CHECK_FALSE(t.column("c"));
  CHECK(stakemap::parse_format("json") == TableFormat::json);
  // The engine names the option field; the CLI writes it as its flag (cli/option_names).
  CHECK_THROWS_WITH_AS(stakemap::parse_format("xml"), "unknown format 'xml' (allowed: table, csv, json)",
                       stakemap::UsageError);
  try {
    stakemap::parse_format("xml");
  } catch (const stakemap::OptionError& e) {
    CHECK(e.text([](const std::string& field) { return "--" + field; }) ==
          "unknown --format 'xml' (allowed: table, csv, json)");
  }
}

TEST_CASE("terminal table fits a width: prose cut with an ellipsis, ids, codes and numbers whole") {
  Table t;
  t.columns = {"org", "name", "level", "flows"};
  t.add({std::string("fed-social-integration"), std::string("Federal public planning service for social integration"),
         std::string("federal"), 14LL});
  t.add({std::string("vl-cpas"), std::string("Public social welfare centre, Flemish Brabant"), std::string("local"),
         1234567LL});
  std::ostringstream narrow, whole;
  stakemap::print(narrow, t, TableFormat::table, 70);
  stakemap::print(whole, t, TableFormat::table);
  std::istringstream lines(narrow.str());
  for (std::string line; std::getline(lines, line);) CHECK(stakemap::text::display_width(line) <= 70);
  CHECK(narrow.str().find("fed-social-integration") != std::string::npos);  // the id whole
  CHECK(narrow.str().find("1234567") != std::string::npos);                 // the number whole
  CHECK(narrow.str().find("Federal public planning ser\u2026") != std::string::npos);
  CHECK(whole.str().find("Federal public planning service for social integration") != std::string::npos);
  // Too narrow to fit: prose stops at 12 columns (or its heading), nothing else is cut.
  std::ostringstream tiny;
  stakemap::print(tiny, t, TableFormat::table, 20);
  CHECK(tiny.str().find("Federal pub\u2026") != std::string::npos);
  CHECK(tiny.str().find("fed-social-integration") != std::string::npos);
  // CSV and JSON are never cut.
  std::ostringstream csv;
  stakemap::print(csv, t, TableFormat::csv, 20);
  CHECK(csv.str().find("Federal public planning service for social integration") != std::string::npos);
}
