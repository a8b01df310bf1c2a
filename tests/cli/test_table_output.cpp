// -o FILE of the table commands: the format from the extension, sheet names made valid and
// unique, the workbook written only by finish().
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "cli/table_output.hpp"
#include "core/errors.hpp"
#include "io/temp_dir.hpp"
#include "io/xlsx_reader.hpp"

using namespace stakemap;

namespace {
Table small() {
  Table t;
  t.columns = {"org", "score"};
  t.add({"a", 0.5});
  t.add({"b", 2LL});
  return t;
}
}  // namespace

TEST_CASE("the extension chooses the format; others are refused") {
  io::TempDir dir;
  CHECK(cli::TableOutput((dir.path() / "t.csv").string()).format() == TableFormat::csv);
  CHECK(cli::TableOutput((dir.path() / "t.JSON").string()).format() == TableFormat::json);
  cli::TableOutput book((dir.path() / "t.xlsx").string());
  CHECK(book.workbook());
  CHECK(book.format() == TableFormat::csv);
  CHECK_THROWS_AS(cli::TableOutput((dir.path() / "t.txt").string()), UsageError);
  CHECK_THROWS_AS(cli::TableOutput((dir.path() / "t").string()), UsageError);
  CHECK_THROWS_AS(cli::TableOutput((dir.path() / "missing" / "t.csv").string()), InputError);
  CHECK_THROWS_AS(cli::TableOutput((dir.path() / "missing" / "t.xlsx").string()), InputError);
}

TEST_CASE("sheets get valid, unique names and the file appears only at finish") {
  io::TempDir dir;
  const auto path = (dir.path() / "t.xlsx").string();
  cli::TableOutput out(path);
  const std::string long_name(40, 'x');
  out.add_sheet(small(), "flows");
  out.add_sheet(small(), "Flows");  // Excel compares names without case
  out.add_sheet(small(), "in/out [a]");
  out.add_sheet(small(), long_name);
  out.add_sheet(small(), long_name);
  out.add_sheet(small(), "");
  CHECK_FALSE(std::filesystem::exists(path));
  out.finish();
  auto book = io::XlsxWorkbook::open(path);
  CHECK(book->sheets() == std::vector<std::string>{"flows", "Flows 2", "in_out _a_", std::string(31, 'x'),
                                                   std::string(29, 'x') + " 2", "table"});
  auto sheet = book->sheet("flows");
  std::vector<std::string> row;
  REQUIRE(sheet->next(row));
  CHECK(row == std::vector<std::string>{"org", "score"});
  REQUIRE(sheet->next(row));
  CHECK(row == std::vector<std::string>{"a", "0.5"});
}

TEST_CASE("a workbook without a sheet is refused") {
  io::TempDir dir;
  cli::TableOutput out((dir.path() / "t.xlsx").string());
  CHECK_THROWS_AS(out.finish(), UsageError);
  CHECK_FALSE(std::filesystem::exists(dir.path() / "t.xlsx"));
}
