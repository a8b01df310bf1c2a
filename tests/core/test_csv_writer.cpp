#include <doctest/doctest.h>

#include <sstream>

#include "core/csv_writer.hpp"

using stakemap::CsvWriter;

TEST_CASE("csv writer: separators, quoting and the formula guard") {
  std::ostringstream out;
  CsvWriter csv(out);
  csv.row({"id", "name"});
  csv.text("a,b").text("say \"hi\"").text("=1+1").raw("-2.5").text("").end_row();
  csv.text("line\nbreak").end_row();
  CHECK(out.str() == "id,name\n\"a,b\",\"say \"\"hi\"\"\",'=1+1,-2.5,\n\"line\nbreak\"\n");
}

TEST_CASE("csv writer: numbers as they are, text guarded unless it is a plain number") {
  std::ostringstream out;
  CsvWriter csv(out, stakemap::CsvStyle{',', "\r\n", false});
  csv.raw("-1").text("-1").text("+32 2 555").text("@home").text("plain").text("-1+A1").end_row();
  CHECK(out.str() == "-1,-1,'+32 2 555,'@home,plain,'-1+A1\r\n");
}

TEST_CASE("csv writer: Excel style has a BOM, the separator and CRLF") {
  std::ostringstream out;
  CsvWriter csv(out, stakemap::CsvStyle::excel());
  csv.text("a;b").text("=1+1").raw("0.5").end_row();
  CHECK(out.str() == "\xEF\xBB\xBF\"a;b\";'=1+1;0.5\r\n");
}
