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

TEST_CASE("csv writer: numbers as they are, text guarded even when it looks like a number") {
  std::ostringstream out;
  CsvWriter csv(out, "\r\n");
  csv.raw("-1").text("-1").text("+32 2 555").text("@home").text("plain").end_row();
  CHECK(out.str() == "-1,'-1,'+32 2 555,'@home,plain\r\n");
}
