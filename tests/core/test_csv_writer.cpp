#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/csv_writer.hpp"
#include "core/errors.hpp"

using stakemap::CsvFile;
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

TEST_CASE("csv file: CRLF records; a file that cannot be written is an input error") {
  auto path = std::filesystem::temp_directory_path() / "stakemap-csv-writer-test.csv";
  {
    CsvFile f(path.string());
    f.row({"a", "b"});
    f.csv().text("c").raw("1").end_row();
    f.check();
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str() == "a,b\r\nc,1\r\n");
  std::filesystem::remove(path);
  CHECK_THROWS_AS(CsvFile("/nonexistent-dir/x.csv"), stakemap::InputError);
}
