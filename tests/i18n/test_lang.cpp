// Languages: parsed from their ISO 639-1 codes only, written back as the same codes.
#include <doctest/doctest.h>

#include "i18n/lang.hpp"

using namespace stakemap;
using i18n::Lang;

TEST_CASE("languages parse from their codes only") {
  CHECK(i18n::parse_lang("fr") == Lang::fr);
  CHECK(i18n::parse_lang("nl") == Lang::nl);
  CHECK(i18n::parse_lang("en") == Lang::en);
  CHECK_FALSE(i18n::parse_lang("de"));
  CHECK_FALSE(i18n::parse_lang("FR"));
  CHECK_FALSE(i18n::parse_lang(""));
  CHECK_FALSE(i18n::parse_lang("en "));
}

TEST_CASE("every language writes back the code it parses from, and the list names them all") {
  for (Lang lang : {Lang::en, Lang::fr, Lang::nl}) {
    CHECK(i18n::parse_lang(i18n::code(lang)) == lang);
    CHECK(i18n::lang_codes().find(i18n::code(lang)) != std::string::npos);
  }
  CHECK(i18n::code(Lang::nl) == "nl");
  CHECK(i18n::lang_codes() == "en, fr, nl");
}
