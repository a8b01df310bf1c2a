// Numbers and dates as each language writes them (CLDR through ICU); English as before.
#include <doctest/doctest.h>

#include "i18n/numbers.hpp"

using namespace stakemap;
using i18n::Lang;

namespace {
const std::string nbsp = "\u00a0";
Lang lang(const char* code) { return *i18n::parse_lang(code); }
}  // namespace

TEST_CASE("decimals: a point in English, a comma in French, Dutch and German") {
  CHECK(i18n::decimal(3.0812, 2, Lang::en) == "3.08");
  CHECK(i18n::decimal(3.0812, 2, Lang::fr) == "3,08");
  CHECK(i18n::decimal(3.0812, 2, Lang::nl) == "3,08");
  CHECK(i18n::decimal(3.0812, 2, Lang::de) == "3,08");
  CHECK(i18n::decimal(3.0812, 2, lang("ro")) == "3,08");
  CHECK(i18n::decimal(0.5, 3, Lang::fr) == "0,500");
  CHECK(i18n::decimal(12, 0, Lang::de) == "12");
  CHECK(i18n::decimal(1234.5, 1, Lang::en) == "1234.5");  // English output unchanged: no grouping
  CHECK(i18n::decimal(-0.25, 2, Lang::nl) == "-0,25");
}

TEST_CASE("decimal marks for terminal tables") {
  CHECK(i18n::decimal_mark(Lang::en) == ".");
  CHECK(i18n::decimal_mark(Lang::fr) == ",");
  CHECK(i18n::decimal_mark(Lang::de) == ",");
  CHECK(i18n::decimal_mark(Lang::nl) == ",");
}

TEST_CASE("error bounds and probabilities to two significant digits, trailing zeros dropped") {
  CHECK(i18n::approximate(0.005000494946170608, Lang::en) == "0.005");
  CHECK(i18n::approximate(0.02509471523380445, Lang::en) == "0.025");
  CHECK(i18n::approximate(0.04703743789805858, Lang::fr) == "0,047");
  CHECK(i18n::approximate(0.9, Lang::de) == "0,9");
  CHECK(i18n::approximate(1.0, Lang::en) == "1");
  CHECK(i18n::approximate(146052, Lang::en) == "146052");
  CHECK(i18n::approximate(0, Lang::nl) == "0");
}

TEST_CASE("percentages: one decimal below 10, the sign as each language places it") {
  CHECK(i18n::percent(0.053, Lang::en) == "5.3%");
  CHECK(i18n::percent(0.6666, Lang::en) == "67%");
  CHECK(i18n::percent(0, Lang::en) == "0%");
  CHECK(i18n::percent(0.053, Lang::fr) == "5,3" + nbsp + "%");
  CHECK(i18n::percent(0.6666, Lang::fr) == "67" + nbsp + "%");
  CHECK(i18n::percent(0.053, Lang::de) == "5,3" + nbsp + "%");
  CHECK(i18n::percent(0.053, Lang::nl) == "5,3%");
}

TEST_CASE("dates: long dates in the language; English and text that is not a date unchanged") {
  CHECK(i18n::date("2026-12-06", Lang::en) == "2026-12-06");
  CHECK(i18n::date("2026-12-06", Lang::fr) == "6 décembre 2026");
  CHECK(i18n::date("2026-12-06", Lang::de) == "6. Dezember 2026");
  CHECK(i18n::date("2026-12-06", Lang::nl) == "6 december 2026");
  CHECK(i18n::date("2026-03-01 14:05:00", Lang::fr) == "1 mars 2026 14:05:00");
  CHECK(i18n::date("2026-04-31", Lang::fr) == "2026-04-31");  // no such day
  CHECK(i18n::date("2026-13-01", Lang::de) == "2026-13-01");
  CHECK(i18n::date("yesterday", Lang::de) == "yesterday");
  CHECK(i18n::date("", Lang::fr).empty());
}
