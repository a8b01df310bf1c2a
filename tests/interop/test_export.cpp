// export_map: formats by name, files written whole (no .part left), csv adds metrics.csv,
// unwritable paths and stdout for folder formats refused.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

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
  CHECK(csv.rfind("org,name,degree,constraint\r\n", 0) == 0);
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
