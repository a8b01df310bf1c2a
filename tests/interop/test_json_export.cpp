// stakemap JSON: every field of the map, metrics attached, read back by a strict parser; a
// metric may not hide a field or attribute.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "interop/json_export.hpp"
#include "interop/json_reader.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;
using test::with_metrics;

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
