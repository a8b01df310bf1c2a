// The in-memory map: names by language, facets by name, indexes by id.
#include <doctest/doctest.h>

#include "model/map.hpp"

using namespace stakemap::model;

TEST_CASE("map: Territory::name_in picks the language and falls back to the name") {
  Territory t;
  t.name = "Brussels";
  t.name_fr = "Bruxelles";
  t.name_nl = "Brussel";
  CHECK(t.name_in("fr") == "Bruxelles");
  CHECK(t.name_in("nl") == "Brussel");
  CHECK(t.name_in("de") == "Brussels");  // empty German name: the default name
  CHECK(t.name_in("en") == "Brussels");
  CHECK(t.name_in("xx") == "Brussels");
  CHECK(t.name_in("") == "Brussels");
  t.name_de = "Brüssel";
  CHECK(t.name_in("de") == "Brüssel");
  CHECK(&t.name_in("fr") == &t.name_fr);  // a reference to the field, not a copy
}

TEST_CASE("map: Organisation::facet names each multi-valued field, singular or plural") {
  Organisation o;
  o.domains = {"d"};
  o.publics = {"p"};
  o.services = {"s"};
  o.languages = {"l"};
  o.territories = {"t"};
  o.obstacles = {"o"};
  o.aliases = {"a"};
  const std::pair<const char*, const std::vector<std::string>*> expected[] = {
      {"domain", &o.domains},          {"domains", &o.domains},     {"public", &o.publics},
      {"publics", &o.publics},         {"service", &o.services},    {"services", &o.services},
      {"language", &o.languages},      {"languages", &o.languages}, {"territory", &o.territories},
      {"territories", &o.territories}, {"obstacle", &o.obstacles},  {"obstacles", &o.obstacles},
      {"alias", &o.aliases},           {"aliases", &o.aliases}};
  for (const auto& entry : expected) {
    const auto& name = entry.first;  // not a structured binding: clang 14 cannot capture one
    CAPTURE(name);
    CHECK(o.facet(name) == entry.second);
  }
  CHECK(o.facet("kind") == nullptr);  // single-valued
  CHECK(o.facet("Domain") == nullptr);
  CHECK(o.facet("") == nullptr);
}

TEST_CASE("map: indexes find organisations and territories by id after reindex") {
  Map m;
  m.organisations.resize(3);
  m.organisations[0].id = "a";
  m.organisations[1].id = "b";
  m.organisations[2].id = "c";
  m.territories.resize(2);
  m.territories[0].id = "be";
  m.territories[1].id = "a";      // ids of territories and organisations live apart
  CHECK(m.org_index("a") == -1);  // not indexed yet
  m.reindex();
  CHECK(m.org_index("a") == 0);
  CHECK(m.org_index("c") == 2);
  CHECK(m.org_index("be") == -1);
  CHECK(m.territory_index("a") == 1);
  CHECK(m.territory_index("be") == 0);
  CHECK(m.territory_index("zz") == -1);
  CHECK(m.org("b") == &m.organisations[1]);
  CHECK(m.org("zz") == nullptr);
  CHECK(m.territory("be") == &m.territories[0]);
  CHECK(m.territory("") == nullptr);

  // After an edit, reindex forgets removed ids and finds moved ones.
  m.organisations.erase(m.organisations.begin());
  m.reindex();
  CHECK(m.org_index("a") == -1);
  CHECK(m.org_index("b") == 0);
  CHECK(m.org("c")->id == "c");
}

TEST_CASE("map: flow defaults are the documented ones") {
  Flow f;
  CHECK(f.status == "active");
  CHECK(f.basis == "voluntary");
  CHECK(f.population == "all");
  CHECK(f.regularity.empty());
  CHECK_FALSE(f.weight.has_value());
}
