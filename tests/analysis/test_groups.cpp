// Groupings of organisations: the values that put an organisation in a group, and partitions.
#include <doctest/doctest.h>

#include "analysis/groups.hpp"
#include "core/errors.hpp"

using namespace stakemap;
using analysis::OrgAttribute;

namespace {
model::Organisation org(const std::string& id, const std::string& level, const std::string& kind,
                        std::vector<std::string> territories, std::vector<std::string> languages) {
  model::Organisation o;
  o.id = id;
  o.level = level;
  o.kind = kind;
  o.territories = std::move(territories);
  o.languages = std::move(languages);
  return o;
}
}  // namespace

TEST_CASE("values_of: as listed, empty values and repeats left out") {
  auto a = org("a", "local", "ngo", {"T2", "T1", "T2", ""}, {"nl", "fr", "nl"});
  CHECK(analysis::values_of(a, OrgAttribute::territory) == std::vector<std::string>{"T2", "T1"});
  CHECK(analysis::values_of(a, OrgAttribute::language) == std::vector<std::string>{"nl", "fr"});
  CHECK(analysis::values_of(a, OrgAttribute::level) == std::vector<std::string>{"local"});
  CHECK(analysis::values_of(a, OrgAttribute::kind) == std::vector<std::string>{"ngo"});
  auto none = org("b", "", "", {}, {});
  for (auto by : {OrgAttribute::territory, OrgAttribute::language, OrgAttribute::level, OrgAttribute::kind})
    CHECK(analysis::values_of(none, by).empty());
}

TEST_CASE("org_attribute: every grouping name, in order; anything else is refused") {
  const auto& names = analysis::grouping_names();
  REQUIRE(names.size() == 4);
  CHECK(analysis::org_attribute(names[0]) == OrgAttribute::territory);
  CHECK(analysis::org_attribute(names[1]) == OrgAttribute::level);
  CHECK(analysis::org_attribute(names[2]) == OrgAttribute::kind);
  CHECK(analysis::org_attribute(names[3]) == OrgAttribute::language);
  CHECK_THROWS_WITH_AS(analysis::org_attribute("colour"),
                       "unknown grouping 'colour' (allowed: territory, level, kind, language)", UsageError);
}

TEST_CASE("group_values sorts each organisation's values; partition labels the sets") {
  model::Map map;
  map.organisations = {org("a", "local", "ngo", {"T2", "T1"}, {}), org("b", "local", "", {"T1", "T2", "T1"}, {}),
                       org("c", "", "ngo", {}, {}), org("d", "federal", "", {"T1"}, {})};
  map.reindex();
  CHECK(analysis::group_values(map, "territory") ==
        std::vector<std::vector<std::string>>{{"T1", "T2"}, {"T1", "T2"}, {}, {"T1"}});
  auto p = analysis::partition(map, "territory");
  CHECK(p.of == std::vector<int>{0, 0, -1, 1});
  CHECK(p.labels == std::vector<std::string>{"T1|T2", "T1"});
  auto level = analysis::partition(map, "level");
  CHECK(level.of == std::vector<int>{0, 0, -1, 1});
  CHECK(level.labels == std::vector<std::string>{"local", "federal"});
  CHECK_THROWS_AS(analysis::group_values(map, "colour"), UsageError);
}
