// stakemap JSON and DOT: complete, escaped, metrics attached, names never steer Graphviz.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "core/errors.hpp"
#include "interop/dot_export.hpp"
#include "interop/export.hpp"
#include "interop/json_export.hpp"
#include "interop/json_reader.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;

namespace {
ExportOptions with_metrics(const model::Map& m) {
  ExportOptions o;
  o.metrics.names = {"degree", "constraint"};
  o.metrics.values = {std::vector<double>(m.organisations.size(), 2.0), {0.25, NAN, 1.0 / 3}};
  o.metrics.layer = "status=active";
  return o;
}
}  // namespace

TEST_CASE("json export: every field, read back by a strict JSON parser") {
  auto m = test::sample_map();
  std::ostringstream out;
  write_json(m, with_metrics(m), out);
  std::istringstream in(out.str());
  auto v = read_json(in, "map.json");
  CHECK(v.get("format")->text == "stakemap");
  REQUIRE(v.get("organisations")->items.size() == 3);
  const auto& a = v.get("organisations")->items[0];
  CHECK(a.get("name")->text == m.organisations[0].name);
  CHECK(a.get("languages")->items.size() == 2);
  CHECK(a.get("contact_email") == nullptr);  // personal data only when asked
  CHECK(a.get("attributes")->get("notes")->text == m.organisations[0].attributes.at("notes"));
  CHECK(a.get("metrics")->get("degree")->text == "2");
  CHECK(v.get("organisations")->items[1].get("metrics")->get("constraint")->type == JsonValue::Type::null);
  CHECK(v.get("organisations")->items[2].get("metrics")->get("constraint")->text == "0.3333333333333333");
  CHECK(v.get("flows")->items[1].get("weight")->type == JsonValue::Type::null);
  CHECK(v.get("flows")->items[0].get("weight")->text == "2.5");
  CHECK(v.get("territories")->items[3].get("part_of")->items[1].text == "BE-BRU");
  CHECK(v.get("needs")->items[0].get("weight")->text == "4240");
  CHECK(v.get("metrics")->get("names")->items.size() == 2);
}

TEST_CASE("exports: a metric may not take the name of a field or attribute") {
  auto m = test::sample_map();
  auto o = with_metrics(m);
  o.metrics.names[0] = "notes";
  std::ostringstream out;
  CHECK_THROWS_WITH_AS(write_json(m, o, out), doctest::Contains("cannot attach metric 'notes'"), InputError);
}

TEST_CASE("dot export: synthetic node names, escaped labels, Graphviz names kept for layout") {
  auto m = test::sample_map();
  m.organisations[1].attributes["URL"] = "javascript:alert(1)";
  std::ostringstream out;
  write_dot(m, with_metrics(m), out);
  std::string dot = out.str();
  CHECK(dot.rfind("digraph stakemap {", 0) == 0);
  CHECK(dot.find("n1 [org=\"ngo-b \\\"quoted\\\" <id>\"") != std::string::npos);
  CHECK(dot.find("\\\\N") != std::string::npos);       // \N is shown, never expanded to the node name
  CHECK(dot.find("data_URL=\"javascript:alert(1)\"") != std::string::npos);
  CHECK(dot.find(" URL=") == std::string::npos);
  CHECK(dot.find("data_weight=\"2.5\"") != std::string::npos);
  CHECK(dot.find("n0 -> n1") != std::string::npos);
  CHECK(dot.find("degree=\"2\"") != std::string::npos);
  for (unsigned char c : dot) CHECK((c >= 0x20 || c == '\n'));
  CHECK(dot_attribute_name("Color") == "data_Color");
  CHECK(dot_attribute_name("level") == "level");
}

TEST_CASE("export_map: formats by name, files written whole, csv adds metrics.csv") {
  Format f;
  CHECK(parse_format("kumu-json", f));
  CHECK(f == Format::kumu_json);
  CHECK_FALSE(parse_format("xlsx", f));
  auto m = test::sample_map();
  auto dir = std::filesystem::temp_directory_path() / "stakemap-export-test";
  std::filesystem::remove_all(dir);
  std::ostringstream unused;
  export_map(m, Format::csv, dir.string(), with_metrics(m), unused);
  std::ifstream metrics(dir / "metrics.csv");
  std::string csv((std::istreambuf_iterator<char>(metrics)), {});
  CHECK(csv.rfind("org,name,degree,constraint\n", 0) == 0);
  CHECK(csv.find("\n\"ngo-b \"\"quoted\"\" <id>\",'=cmd|' /C calc'!A0,2,\n") != std::string::npos);  // NaN: empty
  CHECK(csv.find("\nc,Only a name,2,0.3333333333333333\n") != std::string::npos);
  export_map(m, Format::graphml, (dir / "m.graphml").string(), {}, unused);
  CHECK(std::filesystem::exists(dir / "m.graphml"));
  CHECK_FALSE(std::filesystem::exists(dir / "m.graphml.part"));
  CHECK_THROWS_AS(export_map(m, Format::graphml, (dir / "no" / "such" / "m.graphml").string(), {}, unused), InputError);
  CHECK_THROWS_AS(export_map(m, Format::kumu_csv, "-", {}, unused), UsageError);
  export_map(m, Format::dot, "-", {}, unused);
  CHECK(unused.str().rfind("digraph", 0) == 0);
  std::filesystem::remove_all(dir);
}
