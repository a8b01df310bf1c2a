// Names in any language: name_<lang> columns, Territory::name_in and Organisation::name_in.
#include <doctest/doctest.h>

#include "model/map.hpp"

using namespace stakemap;

TEST_CASE("name columns: name_ and two lowercase letters") {
  CHECK(model::name_column_language("name_ro") == "ro");
  CHECK(model::name_column_language("name_uk") == "uk");
  CHECK(model::name_column_language("name_fr") == "fr");
  CHECK(model::name_column_language("name").empty());
  CHECK(model::name_column_language("name_").empty());
  CHECK(model::name_column_language("name_RO").empty());
  CHECK(model::name_column_language("name_rom").empty());
  CHECK(model::name_column_language("nickname_ro").empty());
  CHECK(model::name_column_language("name_r1").empty());
}

TEST_CASE("a territory's name in a language: its column, its name_<lang> attribute, else its name") {
  model::Territory t;
  t.name = "Oak Valley Region";
  t.name_de = "Region Eichental";
  t.attributes = {{"name_ro", "Regiunea Valea Stejarilor"}, {"name_uk", ""}};
  CHECK(t.name_in("de") == "Region Eichental");
  CHECK(t.name_in("ro") == "Regiunea Valea Stejarilor");
  CHECK(t.name_in("uk") == "Oak Valley Region");  // empty: the name
  CHECK(t.name_in("fr") == "Oak Valley Region");
  CHECK(t.name_in("pl") == "Oak Valley Region");
  CHECK(t.name_in("en") == "Oak Valley Region");
}

TEST_CASE("an organisation's name in a language: its name_<lang> attribute, else its name") {
  model::Organisation o;
  o.name = "Green Forest Association";
  o.attributes = {{"name_uk", "Асоціація Зелений Ліс"}, {"name_ro", "Asociația Pădurea Verde"}, {"note", "x"}};
  CHECK(o.name_in("uk") == "Асоціація Зелений Ліс");
  CHECK(o.name_in("ro") == "Asociația Pădurea Verde");
  CHECK(o.name_in("de") == "Green Forest Association");
  CHECK(&o.name_in("pl") == &o.name);
}
