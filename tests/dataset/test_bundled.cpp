// The bundled Belgian dataset imports cleanly and keeps its calibration targets
// (datasets/belgium-2022/README.md; published figures of the 2022 needs assessment).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "dataset/fixture.hpp"

using stakemap::store::Store;

namespace {
const stakemap::model::Map& bundled() {
  static const stakemap::model::Map map = [] {
    auto store = Store::in_memory();
    auto report = stakemap::dataset::import_dataset(store, test::bundled_dataset(), {});
    CHECK(report.warning_count == 0);
    auto m = store.load();
    m.reindex();
    return m;
  }();
  return map;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}
}  // namespace

TEST_CASE("bundled dataset: imports without errors or warnings, every row") {
  const auto& m = bundled();
  CHECK(m.territories.size() == 19);
  CHECK(m.organisations.size() == 57);
  CHECK(m.flows.size() == 150);
  CHECK(m.needs.size() == 106);
}

TEST_CASE("bundled dataset: calibration targets of the 2022 survey") {
  const auto& m = bundled();
  std::vector<const stakemap::model::Organisation*> collectors;
  for (const auto& o : m.organisations)
    if (o.attributes.count("collects_data") && o.attributes.at("collects_data") == "yes") collectors.push_back(&o);
  REQUIRE(collectors.size() == 56);  // Q16: one organisation collects no data

  // Q28: share of the 56 with no active voluntary outgoing flow, published 24 %.
  std::set<std::string> voluntary_senders, mandatory_senders;
  for (const auto& f : m.flows) {
    if (f.status != "active") continue;
    if (f.basis == "voluntary") voluntary_senders.insert(f.from);
    if (f.basis == "mandatory") mandatory_senders.insert(f.from);
  }
  double none = 0, mandatory = 0;
  for (const auto* o : collectors) {
    none += !voluntary_senders.count(o->id);
    mandatory += mandatory_senders.count(o->id) > 0;
  }
  CHECK(std::abs(100.0 * none / 56 - 24.0) <= 3.0);
  CHECK(std::abs(100.0 * mandatory / 56 - 72.0) <= 3.0);  // Q27: must report data

  // Q40: GDPR perceived as an obstacle by 67 % of 57 (38); Q39: 75 % willing (43).
  int gdpr = 0, willing = 0;
  for (const auto& o : m.organisations) {
    gdpr += has(o.obstacles, "gdpr");
    willing += o.willing == "yes";
  }
  CHECK(gdpr == 38);
  CHECK(willing == 43);
}

TEST_CASE("bundled dataset: desired and blocked flows carry obstacles; personal data is set apart") {
  const auto& m = bundled();
  int desired = 0, blocked = 0, contacts = 0;
  for (const auto& f : m.flows) {
    desired += f.status == "desired";
    blocked += f.status == "blocked";
    if (f.status != "active") CHECK_FALSE(f.obstacles.empty());
  }
  for (const auto& o : m.organisations) contacts += !o.contact_name.empty();
  CHECK(desired == 12);
  CHECK(blocked == 13);
  CHECK(contacts == 13);
}
