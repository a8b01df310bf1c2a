// The one record checker: numbers, ids, codes, multi-values and part_of cycles, as every
// import path checks them.
#include <doctest/doctest.h>

#include "dataset/field_checker.hpp"

using namespace stakemap;
using dataset::FieldChecker;

namespace {
const model::FieldSpec& org_field(const char* name) { return *model::find_field(model::Entity::organisation, name); }
const model::FieldSpec& flow_field(const char* name) { return *model::find_field(model::Entity::flow, name); }
const Position kAt{"f.csv", 2, 3};
}  // namespace

TEST_CASE("parse_number: finite reals >= 0 only") {
  CHECK(FieldChecker::parse_number("12") == 12.0);
  CHECK(FieldChecker::parse_number("0.5") == 0.5);
  CHECK(FieldChecker::parse_number("1e3") == 1000.0);
  CHECK(FieldChecker::parse_number("0") == 0.0);
  for (const char* bad : {"", "-2", "many", "1,5", "12 ", "inf", "nan", "1e999", "+"})
    CHECK_MESSAGE(!FieldChecker::parse_number(bad), bad);
}

TEST_CASE("number, id, code: errors name the field with the path's noun") {
  dataset::Diagnostics diags;
  FieldChecker csv(diags), xml(diags, "field");
  CHECK(csv.number(flow_field("weight"), "-2", kAt) == std::nullopt);
  CHECK(xml.id(org_field("id"), "x|y", kAt).empty());
  CHECK(csv.id(org_field("id"), "x-y", kAt) == "x-y");
  CHECK(csv.code(org_field("level"), "LOCAL", kAt) == "local");
  CHECK(csv.code(org_field("level"), "galactic", kAt).empty());
  CHECK_FALSE(csv.require(org_field("name"), "", kAt));
  CHECK(csv.require(org_field("level"), "", kAt));
  auto list = diags.list();
  REQUIRE(list.size() == 4);
  CHECK(list[0].str() == "f.csv:2:3: error: '-2' in column 'weight' is not a number >= 0");
  CHECK(list[1].str() == "f.csv:2:3: error: id 'x|y' in field 'id' contains '|', which separates multi-values");
  CHECK(list[2].message.rfind("unknown level code 'galactic' in column 'level' (allowed: local, ", 0) == 0);
  CHECK(list[3].message == "empty required field 'name'");
}

TEST_CASE("values: codes checked and lower-cased, a repeat kept once with a warning") {
  dataset::Diagnostics diags;
  FieldChecker check(diags);
  CHECK(check.values(org_field("obstacles"), "gdpr|GDPR|other", kAt) == std::vector<std::string>{"gdpr", "other"});
  CHECK(check.values(org_field("aliases"), "X|x|X", kAt) == std::vector<std::string>{"X", "x"});
  CHECK(check.values(org_field("domains"), "medical|nonsense", kAt) == std::vector<std::string>{"medical"});
  CHECK(diags.errors() == 1);
  CHECK(diags.warnings() == 2);
  CHECK(diags.list()[0].message == "'gdpr' repeated in column 'obstacles' (kept once)");
}

TEST_CASE("set: stores the checked value in the member the schema names") {
  dataset::Diagnostics diags;
  FieldChecker check(diags, "field");
  const auto& s = model::schema<model::Flow>();
  model::Flow f;
  check.set(f, *s.find("weight"), "2.5", kAt);
  check.set(f, *s.find("status"), "Blocked", kAt);
  check.set(f, *s.find("data"), "names|names", kAt);
  check.set(f, *s.find("note"), "free text", kAt);
  CHECK(f.weight == 2.5);
  CHECK(f.status == "blocked");
  CHECK(f.data == std::vector<std::string>{"names"});
  CHECK(f.note == "free text");
  check.set(f, *s.find("status"), "maybe", kAt);  // an error leaves the member as it was
  CHECK(f.status == "blocked");
  CHECK(diags.errors() == 1);
}

TEST_CASE("check_part_of: one cycle check, at the first territory of the cycle") {
  dataset::Diagnostics diags;
  FieldChecker check(diags);
  std::map<std::string, std::vector<std::string>> dag{{"P", {"R"}}, {"R", {"C"}}, {"C", {}}};
  CHECK(check.check_part_of(dag, [](const std::string&) { return kAt; }));
  std::map<std::string, std::vector<std::string>> cycle{{"A", {"B"}}, {"B", {"A"}}};
  CHECK_FALSE(check.check_part_of(cycle, [](const std::string& id) {
    return Position{"t.csv", id == "A" ? 2L : 3L, 7};
  }));
  REQUIRE(diags.list().size() == 1);
  CHECK(diags.list()[0].str() ==
        "t.csv:2:7: error: part_of cycle: A -> B -> A (a territory cannot be part of itself, directly or not)");
}

TEST_CASE("length: a value longer than a CSV field is refused, shown by its start") {
  dataset::Diagnostics diags;
  FieldChecker xml(diags, "field");
  CHECK(FieldChecker::kMaxValueBytes == io::CsvLimits{}.max_field_bytes);
  CHECK(xml.length("note", std::string(FieldChecker::kMaxValueBytes, 'v'), kAt));
  CHECK(diags.errors() == 0);
  CHECK_FALSE(xml.length("note", std::string(FieldChecker::kMaxValueBytes + 1, 'v'), kAt));
  REQUIRE(diags.errors() == 1);
  const std::string message = diags.list().front().message;  // list() is a copy
  CHECK(message.find("value of field 'note' is 1048577 bytes long, more than 1048576") != std::string::npos);
  CHECK(message.find("'" + std::string(40, 'v') + "…'") != std::string::npos);
  CHECK(message.size() < 200);
}
