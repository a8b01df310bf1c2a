#include <doctest/doctest.h>

#include <set>

#include "model/schema.hpp"

using namespace stakemap::model;

namespace {
template <class T>
std::vector<std::string> names() {
  std::vector<std::string> out;
  for (const auto& f : schema<T>().fields()) out.push_back(f.name);
  return out;
}

template <class T>
std::vector<std::string> with_flag(unsigned flag) {
  std::vector<std::string> out;
  for (const auto& f : schema<T>().fields())
    if (f.flags & flag) out.push_back(f.name);
  return out;
}
}  // namespace

TEST_CASE("schema: the dataset columns of each entity, in export order (docs/dataset.md)") {
  CHECK(names<Territory>() ==
        std::vector<std::string>{"id", "kind", "name", "name_fr", "name_nl", "name_de", "part_of"});
  CHECK(names<Organisation>() == std::vector<std::string>{"id", "name", "aliases", "kind", "level", "languages",
                                                          "territories", "domains", "publics", "services",
                                                          "support_role", "focal_point", "obstacles",
                                                          "willing_to_share", "contact_name", "contact_email"});
  CHECK(names<Flow>() == std::vector<std::string>{"from", "to", "status", "basis", "regularity", "frequency",
                                                  "population", "data", "personal_data", "obstacles", "source",
                                                  "confirmation", "note", "weight"});
  CHECK(names<Need>() == std::vector<std::string>{"territory", "need", "weight", "reported_by"});
  CHECK(std::string(file_name(Entity::organisation)) == "organisations.csv");
  CHECK(std::string(schema<Flow>().table()) == "flow");
}

TEST_CASE("schema: required, key and personal fields") {
  CHECK(with_flag<Territory>(kRequired) == std::vector<std::string>{"id", "kind", "name"});
  CHECK(with_flag<Organisation>(kRequired) == std::vector<std::string>{"id", "name"});
  CHECK(with_flag<Flow>(kRequired) == std::vector<std::string>{"from", "to"});
  CHECK(with_flag<Need>(kRequired) == std::vector<std::string>{"territory", "need"});
  CHECK(with_flag<Flow>(kKey) == std::vector<std::string>{"from", "to", "status", "basis", "population"});
  CHECK(with_flag<Need>(kKey) == std::vector<std::string>{"territory", "need", "reported_by"});
  CHECK(with_flag<Organisation>(kPersonal) == std::vector<std::string>{"contact_name", "contact_email"});
  for (auto entity : {Entity::territory, Entity::flow, Entity::need})
    for (const auto& f : fields(entity)) CHECK_FALSE(f.personal());
}

TEST_CASE("schema: each field's check, facet and storage") {
  const auto* languages = schema<Organisation>().find("languages");
  REQUIRE(languages);
  CHECK(languages->check == Check::codes);
  CHECK(std::string(languages->facet) == "language");
  CHECK(std::string(languages->storage.table) == "org_code");
  CHECK(std::string(languages->storage.facet) == "language");
  const auto* willing = find_field(Entity::organisation, "willing_to_share");
  REQUIRE(willing);
  CHECK(std::string(willing->storage.column) == "willing");
  CHECK(std::string(schema<Flow>().find("obstacles")->storage.table) == "flow_code");
  CHECK(std::string(schema<Flow>().find("from")->storage.column) == "src");
  CHECK(schema<Need>().find("weight")->is_number());
  CHECK(schema<Territory>().find("part_of")->is_list());
  CHECK(schema<Territory>().find("nope") == nullptr);
  // Every code field names a facet, every other field none; storage always names a column.
  for (auto entity : {Entity::territory, Entity::organisation, Entity::flow, Entity::need})
    for (const auto& f : fields(entity)) {
      bool coded = f.check == Check::code || f.check == Check::codes;
      CHECK_MESSAGE(coded == (std::string(f.facet) != ""), f.name);
      CHECK(std::string(f.storage.column) != "");
    }
}

TEST_CASE("schema: get, empty and clear go through the field's member") {
  Flow f;
  f.data = {"a", "b"};
  f.weight = 0.5;
  const auto& s = schema<Flow>();
  CHECK(s.find("data")->get(f) == "a|b");
  CHECK(s.find("weight")->get(f) == "0.5");
  CHECK(s.find("status")->get(f) == "active");
  CHECK(s.find("note")->empty(f));
  s.find("weight")->clear(f);
  CHECK(s.find("weight")->get(f) == "");
  Organisation o;
  o.name = "N";
  o.contact_name = "Ann";
  o.contact_email = "ann@example.org";
  clear_personal(o);
  CHECK(o.contact_name.empty());
  CHECK(o.contact_email.empty());
  CHECK(o.name == "N");
}

TEST_CASE("schema: a field whose member does not fit its check is refused") {
  using O = Organisation;
  CHECK_THROWS_AS(Schema<O>(Entity::organisation, "o.csv", "o", {{"x", &O::aliases, Check::text, {"o", "x"}}}),
                  std::logic_error);
  CHECK_THROWS_AS(Schema<O>(Entity::organisation, "o.csv", "o", {{"x", &O::name, Check::codes, {"o", "x"}, "domain"}}),
                  std::logic_error);
}

TEST_CASE("schema: an override replaces the table until it ends") {
  {
    SchemaOverride<Organisation> o(schema<Organisation>().without("willing_to_share"));
    CHECK(schema<Organisation>().find("willing_to_share") == nullptr);
    CHECK(find_field(Entity::organisation, "willing_to_share") == nullptr);
    CHECK(fields(Entity::organisation).size() == 15);
    {
      using O = Organisation;
      SchemaOverride<Organisation> back(schema<Organisation>().with(
          {"willing_to_share", &O::willing, Check::code, {"organisation", "willing"}, "willingness"}, "obstacles"));
      CHECK(names<Organisation>()[13] == "willing_to_share");
    }
    CHECK(schema<Organisation>().find("willing_to_share") == nullptr);
  }
  CHECK(fields(Entity::organisation).size() == 16);
}
