#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "io/csv_file.hpp"
#include "temp_dir.hpp"

using stakemap::io::CsvFile;

namespace {
std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}
}  // namespace

TEST_CASE("csv file: CRLF records counted, in place only once committed") {
  test::TempDir dir;
  const auto path = dir / "x.csv";
  {
    CsvFile f(path);
    f.row({"a", "b"});
    f.csv().text("c").raw("1");
    f.end_row();
    CHECK(f.rows() == 2);
    CHECK_FALSE(std::filesystem::exists(path));
    f.commit();
  }
  CHECK(slurp(path) == "a,b\r\nc,1\r\n");
}

TEST_CASE("csv file: a file that cannot be written is an input error") {
  CHECK_THROWS_AS(CsvFile("/nonexistent-dir/x.csv"), stakemap::InputError);
}
