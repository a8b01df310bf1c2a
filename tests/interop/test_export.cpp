// export_map: formats by name, files written whole (no .part left), csv adds metrics.csv, xlsx
// the sheets it is given, kumu-xlsx a workbook; unwritable paths and stdout for folder formats
// refused.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "core/errors.hpp"
#include "interop/export.hpp"
#include "sample_map.hpp"
#include "temp_dir.hpp"

using namespace stakemap;
using namespace stakemap::interop;
namespace sample = stakemap::test;  // sample_map.hpp (::test is temp_dir.hpp's)
using sample::with_metrics;

TEST_CASE("export_map: formats by name, files written whole, csv adds metrics.csv") {
  ExportFormat f;
  CHECK(parse_format("kumu-json", f));
  CHECK(f == ExportFormat::kumu_json);
  CHECK(parse_format("xlsx", f));
  CHECK(f == ExportFormat::xlsx);
  CHECK_FALSE(parse_format("xlsb", f));
  auto m = sample::sample_map();
  ::test::TempDir tmp;
  auto dir = tmp.path / "out";
  std::ostringstream unused;
  export_map(m, ExportFormat::csv, dir.string(), with_metrics(m), unused);
  std::ifstream metrics(dir / "metrics.csv");
  std::string csv((std::istreambuf_iterator<char>(metrics)), {});
  CHECK(csv.rfind("id,name,degree,constraint\r\n", 0) == 0);
  CHECK(csv.find("\n\"ngo-b \"\"quoted\"\" <id>\",'=cmd|' /C calc'!A0,2,\r\n") != std::string::npos);  // NaN: empty
  CHECK(csv.find("\nc,Only a name,2,0.3333333333333333\r\n") != std::string::npos);
  export_map(m, ExportFormat::graphml, (dir / "m.graphml").string(), {}, unused);
  CHECK(std::filesystem::exists(dir / "m.graphml"));
  CHECK_FALSE(std::filesystem::exists(dir / "m.graphml.part"));
  CHECK_THROWS_AS(export_map(m, ExportFormat::graphml, (dir / "no" / "such" / "m.graphml").string(), {}, unused),
                  InputError);
  CHECK_THROWS_AS(export_map(m, ExportFormat::kumu_csv, "-", {}, unused), UsageError);
  export_map(m, ExportFormat::dot, "-", {}, unused);
  CHECK(unused.str().rfind("digraph", 0) == 0);
}

TEST_CASE("export_map: xlsx is a zip workbook, to a file or to the stream for -o -") {
  auto m = sample::sample_map();  // hostile names, control characters, emoji
  ::test::TempDir tmp;
  std::ostringstream out;
  export_map(m, ExportFormat::xlsx, "-", {}, out);
  CHECK(out.str().rfind("PK\x03\x04", 0) == 0);
  CHECK(out.str().find("xl/worksheets/sheet4.xml") != std::string::npos);  // territories ... needs
  auto path = (tmp.path / "map.xlsx").string();
  export_map(m, ExportFormat::xlsx, path, {}, out);
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  CHECK(bytes.size() > 4000);
  CHECK(bytes.rfind("PK\x03\x04", 0) == 0);
}

TEST_CASE("export_map: kumu-xlsx is a zip workbook; a taken metric name leaves nothing written") {
  ExportFormat f;
  CHECK(parse_format("kumu-xlsx", f));
  CHECK(f == ExportFormat::kumu_xlsx);
  CHECK_FALSE(writes_folder(f));
  auto m = sample::sample_map();
  std::ostringstream out;
  export_map(m, ExportFormat::kumu_xlsx, "-", with_metrics(m), out);
  CHECK(out.str().rfind("PK\x03\x04", 0) == 0);
  CHECK(out.str().find("xl/worksheets/sheet2.xml") != std::string::npos);  // Elements, Connections
  CHECK(out.str().find("xl/worksheets/sheet3.xml") == std::string::npos);
  ::test::TempDir tmp;
  auto taken = m;
  taken.organisations[0].attributes["degree"] = "5";
  auto path = (tmp.path / "kumu.xlsx").string();
  CHECK_THROWS_AS(export_map(taken, ExportFormat::kumu_xlsx, path, with_metrics(taken), out), InputError);
  CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("metrics_table: id, name, one column per metric, NaN as an empty cell") {
  auto m = sample::sample_map();
  const auto metrics = with_metrics(m).metrics;
  const auto t = metrics_table(m, metrics);
  REQUIRE(t.columns.size() == 2 + metrics.names.size());
  CHECK(t.columns[2] == metrics.names[0]);
  REQUIRE(t.rows.size() == m.organisations.size());
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    CHECK(std::get<std::string>(t.rows[i][0]) == m.organisations[i].id);
    for (std::size_t k = 0; k < metrics.names.size(); ++k) {
      const double v = metrics.values[k][i];
      if (std::isnan(v)) CHECK(std::holds_alternative<std::monostate>(t.rows[i][2 + k]));
      else CHECK(std::get<double>(t.rows[i][2 + k]) == v);
    }
  }
}

TEST_CASE("export_map: xlsx adds the sheets it is given after the dataset's") {
  auto m = sample::sample_map();
  ExportOptions options;
  Table t;
  t.columns = {"class", "value"};
  t.add({std::string("gap"), std::numeric_limits<double>::quiet_NaN()});  // no value: an empty cell
  t.add({std::string("=1+1"), std::numeric_limits<double>::infinity()});
  t.add({std::string("covered"), 3LL});
  options.sheets.push_back({"grid", t, {{"gap", 0xF4A6A6}}, 0});
  options.sheets.push_back({"bad/name", t, {}, 0});  // Excel refuses '/' in a sheet name
  std::ostringstream out;
  CHECK_THROWS_WITH_AS(export_map(m, ExportFormat::xlsx, "-", options, out), doctest::Contains("sheet bad/name"),
                       InputError);
  CHECK(out.str().empty());
  options.sheets.pop_back();
  export_map(m, ExportFormat::xlsx, "-", options, out);
  CHECK(!m.synthetic);
  CHECK(out.str().find("xl/worksheets/sheet5.xml") != std::string::npos);  // 4 dataset files, then grid
  CHECK(out.str().find("xl/worksheets/sheet6.xml") == std::string::npos);
}
