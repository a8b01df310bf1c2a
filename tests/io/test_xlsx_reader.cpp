// The XLSX reader: cells as the CSV text would hold them (shared and inline strings, numbers,
// booleans, dates), sparse cells and missing rows, positions file.xlsx[sheet]:row:column, and
// the limits (zip bombs, entity declarations, shared strings, columns, cells).
#include <doctest/doctest.h>

#include "io/xlsx_reader.hpp"
#include "temp_dir.hpp"
#include "xlsx_parts.hpp"

using stakemap::InputError;
using stakemap::ValidationError;
using stakemap::io::XlsxLimits;
using stakemap::io::XlsxWorkbook;
using Rows = std::vector<std::vector<std::string>>;

namespace {

struct Book {
  test::TempDir dir;
  std::string path;
  explicit Book(const test::Parts& parts) : path((dir.path / "t.xlsx").string()) { test::write_zip(path, parts); }
};

Rows read_sheet(const std::string& path, const std::string& sheet = "Sheet1", const XlsxLimits& limits = {}) {
  auto book = XlsxWorkbook::open(path, limits);
  auto records = book->sheet(sheet);
  Rows rows;
  std::vector<std::string> f;
  while (records->next(f)) rows.push_back(f);
  return rows;
}

// The message of the error reading `parts` raises ("file:row:column: error: message" for a cell).
std::string error_of(const test::Parts& parts, const XlsxLimits& limits = {}) {
  Book b(parts);
  try {
    read_sheet(b.path, "Sheet1", limits);
  } catch (const ValidationError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    auto s = e.diagnostics()[0].str();
    return s.substr(s.find("t.xlsx"));
  } catch (const InputError& e) {
    std::string s = e.what();
    return s.substr(s.find("t.xlsx"));
  }
  return "no error";
}

const std::string kStrings =
    R"(<si><t>id</t></si><si><t>name</t></si><si><r><t>Croix</t></r><r><rPr/><t xml:space="preserve"> rouge</t></r><rPh><t>X</t></rPh></si>)";

}  // namespace

TEST_CASE("xlsx: shared and inline strings, numbers, booleans, escapes") {
  Book b(test::workbook(
      {{"Sheet1",
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
        R"(<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>in_x000D_line</t></is></c>)"
        R"(<c r="C2"><v>3</v></c><c r="D2"><v>2.5</v></c><c r="E2"><v>1E-3</v></c><c r="F2"><v>0.10000000000000001</v></c>)"
        R"(<c r="G2" t="b"><v>1</v></c><c r="H2" t="b"><v>0</v></c><c r="I2" t="str"><f>A1</f><v>id</v></c>)"
        R"(<c r="J2" t="inlineStr"><is><t>_x005F_x0041_</t></is></c><c r="K2"><v>-4.0</v></c><c r="L2" t="e"><v>#N/A</v></c></row>)"}},
      kStrings));
  Rows want{{"id", "name"},
            {"Croix rouge", "in\rline", "3", "2.5", "0.001", "0.1", "TRUE", "FALSE", "id", "_x0041_", "-4", "#N/A"}};
  CHECK(read_sheet(b.path) == want);
}

TEST_CASE("xlsx: sparse cells are filled, missing rows skipped, positions name the sheet, row and column") {
  Book b(test::workbook({{"Other", R"(<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>)"},
                         {"Sheet1", R"(<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="C2"><v>7</v></c>)"
                                    R"(<c r="E2" s="0"/></row><row r="3"><c r="B3" s="0"/></row>)"
                                    R"(<row r="5"><c><v>1</v></c><c><v>2</v></c></row>)"}}));
  auto book = XlsxWorkbook::open(b.path);
  CHECK(book->sheets() == std::vector<std::string>{"Other", "Sheet1"});
  CHECK(book->has_sheet("sheet1"));
  auto records = book->sheet("sheet1");  // names are matched in any case
  std::vector<std::string> f;
  REQUIRE(records->next(f));
  CHECK(f == std::vector<std::string>{"a", "", "7"});  // the styled empty E2 is no field
  CHECK(records->line() == 2);
  CHECK(records->position(2).str() == b.path + "[Sheet1]:2:3");
  REQUIRE(records->next(f));  // row 3 holds only an empty cell: a blank line; row 5 follows
  CHECK(f == std::vector<std::string>{"1", "2"});
  CHECK(records->line() == 5);
  CHECK_FALSE(records->next(f));
  CHECK_THROWS_WITH_AS(book->sheet("flows"), doctest::Contains("no sheet 'flows' (the workbook has: Other, Sheet1)"),
                       InputError);
}

TEST_CASE("xlsx: numbers in date and time styles are ISO 8601") {
  const std::string styles =
      R"(<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd\ hh:mm:ss"/><numFmt numFmtId="165" formatCode="&quot;day &quot;0"/></numFmts>)"
      R"(<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>)"
      R"(<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="21"/><xf numFmtId="165"/></cellXfs>)";
  Book b(test::workbook({{"Sheet1", R"(<row r="1"><c s="0"><v>45352</v></c><c s="1"><v>45352</v></c>)"
                                    R"(<c s="2"><v>45352.75</v></c><c s="3"><v>0.5</v></c><c s="4"><v>12</v></c>)"
                                    R"(<c t="d"><v>2024-03-01</v></c></row>)"}},
                        "", styles));
  CHECK(read_sheet(b.path) == Rows{{"45352", "2024-03-01", "2024-03-01T18:00:00", "12:00:00", "12", "2024-03-01"}});
  CHECK(stakemap::io::xlsx_date_text(1, false, true, false) == "1900-01-01");
  CHECK(stakemap::io::xlsx_date_text(59, false, true, false) == "1900-02-28");
  CHECK(stakemap::io::xlsx_date_text(61, false, true, false) == "1900-03-01");
  CHECK(stakemap::io::xlsx_date_text(0, true, true, false) == "1904-01-01");
  CHECK(stakemap::io::xlsx_number_text("1e20") == "1e+20");
  CHECK(stakemap::io::xlsx_number_text("abc").empty());
}

TEST_CASE("xlsx: bad cells are reported at file.xlsx[sheet]:row:column") {
  auto sheet = [](const std::string& rows) { return test::workbook({{"Sheet1", rows}}, kStrings); };
  CHECK(error_of(sheet(R"(<row r="4"><c r="B4" t="s"><v>9</v></c></row>)")) ==
        "t.xlsx[Sheet1]:4:2: error: shared string '9' does not exist (the workbook has 3)");
  CHECK(error_of(sheet(R"(<row r="2"><c r="C2"><f>1+1</f></c></row>)"))
            .starts_with("t.xlsx[Sheet1]:2:3: error: a formula with no saved value"));
  CHECK(error_of(sheet(R"(<row r="1"><c r="C1"><v>1</v></c><c r="B1"><v>1</v></c></row>)"))
            .starts_with("t.xlsx[Sheet1]:1:2: error: cell 2 comes after cell 3"));
  CHECK(error_of(sheet(R"(<row r="3"/><row r="2"/>)")).starts_with("t.xlsx[Sheet1]:2: error: row 2 after row 3"));
  CHECK(error_of(sheet(R"(<row r="1"><c r="D1"><v>x</v></c></row>)")) ==
        "t.xlsx[Sheet1]:1:4: error: 'x' in a number cell is not a number");
  CHECK(error_of(sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>a_x0000_b</t></is></c></row>)"))
            .starts_with("t.xlsx[Sheet1]:1:1: error: a NUL character"));
}

TEST_CASE("xlsx: limits on columns, cells, shared strings, archives") {
  XlsxLimits small;
  small.max_columns = 10;
  CHECK(error_of(test::workbook({{"Sheet1", R"(<row r="1"><c r="K1"><v>1</v></c></row>)"}}), small)
            .starts_with("t.xlsx[Sheet1]:1:11: error: a cell in column 11, beyond 10 columns"));
  XlsxLimits few_cells;
  few_cells.max_cells = 5;  // empty cells filled in count too
  CHECK(error_of(test::workbook(
                     {{"Sheet1", R"(<row r="1"><c r="C1"><v>1</v></c></row><row r="2"><c r="C2"><v>1</v></c></row>)"}}),
                 few_cells)
            .starts_with("t.xlsx[Sheet1]:2:3: error: more than 5 cells in the sheet"));
  XlsxLimits two_strings;
  two_strings.max_shared_strings = 2;
  CHECK(error_of(test::workbook({{"Sheet1", ""}}, kStrings), two_strings) ==
        "t.xlsx: more than 2 shared strings, the limit for XLSX workbooks (docs/security.md)");
  XlsxLimits short_strings;
  short_strings.max_shared_bytes = 10;
  CHECK(error_of(test::workbook({{"Sheet1", ""}}, kStrings), short_strings)
            .starts_with("t.xlsx: shared strings longer than 10 bytes"));
  CHECK(error_of(test::workbook({{"Sheet1", ""}}, R"(<si><t>a</t></si>)"), two_strings) == "no error");
  // A table that says it is too big is refused before anything is held.
  auto declared = test::workbook({{"Sheet1", ""}});
  declared.emplace_back("xl/sharedStrings.xml", R"(<sst uniqueCount="5000000000"><si><t>a</t></si></sst>)");
  CHECK(error_of(declared).starts_with("t.xlsx: more than 2000000 shared strings"));

  // A zip bomb: 4 MiB of one byte packs to a few kB.
  auto bomb = test::workbook({{"Sheet1", ""}});
  bomb.emplace_back("xl/media/padding.bin", std::string(std::size_t(4) << 20, ' '));
  CHECK(error_of(bomb).find("(more than 200 to 1: a zip bomb?), over the limits for XLSX workbooks") !=
        std::string::npos);
  XlsxLimits small_parts;
  small_parts.max_part_bytes = 100;
  CHECK(error_of(test::workbook({{"Sheet1", std::string(200, ' ')}}), small_parts)
            .starts_with("t.xlsx: xl/worksheets/sheet1.xml unpacks to"));
  XlsxLimits few_entries;
  few_entries.max_entries = 2;
  CHECK(error_of(test::workbook({{"Sheet1", ""}}), few_entries).starts_with("t.xlsx: 3 files in the archive"));
}

TEST_CASE("xlsx: no DTD, so no entity expansion; not a zip; no workbook part") {
  auto billion = test::workbook({{"Sheet1", ""}});
  billion[0].second =
      R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>)"
      R"(<worksheet><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>)";
  CHECK(error_of(billion).find("DOCTYPE declarations are not accepted") != std::string::npos);
  test::TempDir dir;
  auto csv = dir.write("t.xlsx", "id,name\na,A\n");
  CHECK_THROWS_WITH_AS(XlsxWorkbook::open(csv), doctest::Contains("not an XLSX workbook"), InputError);
  Book empty(test::Parts{{"hello.txt", "hi"}});
  CHECK_THROWS_WITH_AS(XlsxWorkbook::open(empty.path), doctest::Contains("not an XLSX workbook (no xl/workbook.xml)"),
                       InputError);
}
