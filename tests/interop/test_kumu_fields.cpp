// Kumu's predefined fields: type from the kind (or level), tags from the domains, a description
// attribute as it is; read back into the fields they came from, or kept as attributes.
#include <doctest/doctest.h>

#include "interop/kumu.hpp"
#include "interop/kumu_fields.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;

namespace {
auto read_json = [](std::istream& in, MapBuilder& b) { KumuReader(b).read_json(in); };
auto read_csv = [](std::istream& in, MapBuilder& b) { KumuReader(b).read_csv(in); };
}  // namespace

TEST_CASE("kumu fields: type from kind or level, tags from domains, description as it is") {
  auto m = test::sample_map();
  m.organisations[0].attributes["description"] = "Runs the reception network";
  ExportOptions o;
  o.personal = true;  // so that the map read back has the contacts too
  std::ostringstream out;
  write_kumu_json(m, o, out);
  CHECK(out.str().find(R"("label": )") < out.str().find(R"("type": "federal-service")"));
  CHECK(out.str().find(R"("type": "federal-service")") < out.str().find(R"("tags": ["social", "legal"])"));
  CHECK(out.str().find(R"("description": "Runs the reception network")") != std::string::npos);
  CHECK(out.str().find(R"("tags": ["medical"])") != std::string::npos);
  CHECK(out.str().find(R"("type": "ngo")") != std::string::npos);
  o.kumu_type_level = true;
  std::ostringstream level;
  write_kumu_json(m, o, level);
  CHECK(level.str().find(R"("type": "federal")") != std::string::npos);
  CHECK(level.str().find(R"("type": "local")") != std::string::npos);
  for (const auto* text : {&out, &level}) {  // read back: the same map, no attribute type or tags
    dataset::Diagnostics d;
    auto back = test::read_text(text->str(), read_json, d, test::territories_of(m));
    CHECK(test::messages(d) == "");
    CHECK(test::as_json(back) == test::as_json(test::without_territories_and_needs(m)));
  }
}

TEST_CASE("kumu fields: an organisation attribute named type or tags is written as it is") {
  auto m = test::sample_map();
  m.organisations[1].attributes["type"] = "partner";
  auto declared = kumu_org_declared(m, {});
  CHECK(std::count_if(declared.begin(), declared.end(), [](const Declared& d) { return d.name == "type"; }) == 1);
  CHECK(declared[0].name == "tags");
  auto values = kumu_org_values(m, 1, declared, {});
  CHECK(std::find_if(values.begin(), values.end(), [](const auto& v) { return v.second == "partner"; }) !=
        values.end());
}

TEST_CASE("kumu fields: Kumu's type and tags read into kind, level and domains when they hold their codes") {
  dataset::Diagnostics d;
  auto m = test::read_text(
      "Label,Type,Tags,kind,Description\n"
      "Alpha,ngo,legal|medical,,An alpha\n"  // kind and domains from type and tags
      "Beta,local,,ngo,\n"                   // a level code, the kind given: the level
      "Gamma,Partner,red|cross,,\n"          // not codes: kept as attributes
      "Delta,ngo,,federal-service,\n",       // the kind differs: type kept
      read_csv, d);
  REQUIRE(m.organisations.size() == 4);
  const auto& a = m.organisations[0];
  CHECK(a.kind == "ngo");
  CHECK(a.domains == std::vector<std::string>{"legal", "medical"});
  CHECK(a.attributes.at("description") == "An alpha");
  CHECK(a.attributes.count("type") == 0);
  CHECK(a.attributes.count("tags") == 0);
  CHECK(m.organisations[1].level == "local");
  CHECK(m.organisations[1].kind == "ngo");
  CHECK(m.organisations[2].attributes.at("type") == "Partner");
  CHECK(m.organisations[2].attributes.at("tags") == "red|cross");
  CHECK(m.organisations[2].kind.empty());
  CHECK(m.organisations[3].kind == "federal-service");
  CHECK(m.organisations[3].attributes.at("type") == "ngo");
}
