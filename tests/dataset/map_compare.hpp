#pragma once
// Field-by-field comparison of two maps, with doctest checks that name what differs.
#include <doctest/doctest.h>

#include "model/map.hpp"

namespace test {

inline void check_same_map(const stakemap::model::Map& a, const stakemap::model::Map& b) {
  REQUIRE(a.territories.size() == b.territories.size());
  for (std::size_t i = 0; i < a.territories.size(); ++i) {
    const auto &x = a.territories[i], &y = b.territories[i];
    INFO("territory " << x.id);
    CHECK(x.id == y.id);
    CHECK(x.kind == y.kind);
    CHECK(x.name == y.name);
    CHECK(x.name_fr == y.name_fr);
    CHECK(x.name_nl == y.name_nl);
    CHECK(x.name_de == y.name_de);
    CHECK(x.parents == y.parents);
    CHECK(x.attributes == y.attributes);
  }
  REQUIRE(a.organisations.size() == b.organisations.size());
  for (std::size_t i = 0; i < a.organisations.size(); ++i) {
    const auto &x = a.organisations[i], &y = b.organisations[i];
    INFO("organisation " << x.id);
    CHECK(x.id == y.id);
    CHECK(x.name == y.name);
    CHECK(x.aliases == y.aliases);
    CHECK(x.kind == y.kind);
    CHECK(x.level == y.level);
    CHECK(x.languages == y.languages);
    CHECK(x.territories == y.territories);
    CHECK(x.domains == y.domains);
    CHECK(x.publics == y.publics);
    CHECK(x.services == y.services);
    CHECK(x.support_role == y.support_role);
    CHECK(x.focal_point == y.focal_point);
    CHECK(x.obstacles == y.obstacles);
    CHECK(x.willing == y.willing);
    CHECK(x.contact_name == y.contact_name);
    CHECK(x.contact_email == y.contact_email);
    CHECK(x.attributes == y.attributes);
  }
  REQUIRE(a.flows.size() == b.flows.size());
  for (std::size_t i = 0; i < a.flows.size(); ++i) {
    const auto &x = a.flows[i], &y = b.flows[i];
    INFO("flow " << i << ": " << x.from << " -> " << x.to);
    CHECK(x.from == y.from);
    CHECK(x.to == y.to);
    CHECK(x.status == y.status);
    CHECK(x.basis == y.basis);
    CHECK(x.regularity == y.regularity);
    CHECK(x.frequency == y.frequency);
    CHECK(x.population == y.population);
    CHECK(x.data == y.data);
    CHECK(x.personal_data == y.personal_data);
    CHECK(x.obstacles == y.obstacles);
    CHECK(x.source == y.source);
    CHECK(x.confirmation == y.confirmation);
    CHECK(x.note == y.note);
    CHECK(x.weight == y.weight);
    CHECK(x.attributes == y.attributes);
  }
  REQUIRE(a.needs.size() == b.needs.size());
  for (std::size_t i = 0; i < a.needs.size(); ++i) {
    const auto &x = a.needs[i], &y = b.needs[i];
    INFO("need " << x.territory << " " << x.need);
    CHECK(x.territory == y.territory);
    CHECK(x.need == y.need);
    CHECK(x.weight == y.weight);
    CHECK(x.reported_by == y.reported_by);
  }
}

}  // namespace test
