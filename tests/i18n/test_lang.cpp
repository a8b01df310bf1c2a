// Languages: any ISO 639-1 code parses and writes back as itself; the interface is the
// catalogue's column for en, fr, nl and de, English for any other.
#include <doctest/doctest.h>

#include "i18n/lang.hpp"

using namespace stakemap;
using i18n::Lang;

TEST_CASE("languages parse from two lowercase letters only") {
  CHECK(i18n::parse_lang("fr") == Lang::fr);
  CHECK(i18n::parse_lang("nl") == Lang::nl);
  CHECK(i18n::parse_lang("en") == Lang::en);
  CHECK(i18n::parse_lang("de") == Lang::de);
  REQUIRE(i18n::parse_lang("ro"));
  CHECK(i18n::parse_lang("ro")->code() == "ro");
  CHECK(i18n::parse_lang("uk")->code() == "uk");
  CHECK(i18n::parse_lang("ro") != Lang::en);
  CHECK_FALSE(i18n::parse_lang("FR"));
  CHECK_FALSE(i18n::parse_lang("Ro"));
  CHECK_FALSE(i18n::parse_lang(""));
  CHECK_FALSE(i18n::parse_lang("e"));
  CHECK_FALSE(i18n::parse_lang("en "));
  CHECK_FALSE(i18n::parse_lang("fra"));
  CHECK_FALSE(i18n::parse_lang("pt-BR"));
  CHECK_FALSE(i18n::parse_lang("1a"));
  CHECK_FALSE(i18n::parse_lang("\xc3\xa9n"));
}

TEST_CASE("every interface language writes back the code it parses from, and the list names them all") {
  for (Lang lang : {Lang::en, Lang::fr, Lang::nl, Lang::de}) {
    CHECK(i18n::parse_lang(i18n::code(lang)) == lang);
    CHECK(lang.has_interface());
    CHECK(i18n::lang_codes().find(i18n::code(lang)) != std::string::npos);
  }
  CHECK(i18n::code(Lang::nl) == "nl");
  CHECK(i18n::code(Lang{}) == "en");
  CHECK(i18n::lang_codes() == "en, fr, nl, de");
}

TEST_CASE("the catalogue column: en, fr, nl, de in order; English for any other language") {
  CHECK(Lang::en.interface_column() == 0);
  CHECK(Lang::fr.interface_column() == 1);
  CHECK(Lang::nl.interface_column() == 2);
  CHECK(Lang::de.interface_column() == 3);
  for (const char* other : {"ro", "uk", "pl", "pt"}) {
    CAPTURE(other);
    auto lang = i18n::parse_lang(other);
    REQUIRE(lang);
    CHECK(lang->interface_column() == 0);
    CHECK_FALSE(lang->has_interface());
  }
}
