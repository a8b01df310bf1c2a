#pragma once
// Numbers and dates for human readers, in the conventions of a language (CLDR, through ICU):
// "3.08" in English, "3,08" in French, Dutch and German; "5,3 %" in French. For the report
// and other text a person reads; never for CSV or JSON, which keep "3.08" and ISO dates.
#include <string>
#include <string_view>

#include "i18n/lang.hpp"

namespace stakemap::i18n {

/// `v` with exactly `decimals` decimals (0 to 9) in `lang`: decimal comma or point and digit
/// grouping as the language writes them. English: "%.Nf" without grouping ("1234.50").
std::string decimal(double v, int decimals, Lang lang);
/// `v` to two significant digits, trailing zeros dropped, in `lang`: an error bound or a
/// probability as a sentence says it ("0.005", "0.047", "0.9"; "0,005" in French).
std::string approximate(double v, Lang lang);
/// The decimal mark of `lang`: "." in English, "," in French, Dutch and German.
std::string decimal_mark(Lang lang);
/// `share` (0 to 1) as a percentage: one decimal below 10 %, none from there ("5.3%", "67%"
/// in English; "5,3 %" with a narrow no-break space in French, "5,3 %" in German, "5,3%" in Dutch).
std::string percent(double share, Lang lang);
/// A date written YYYY-MM-DD (anything after the tenth character, e.g. a time, is kept as it
/// is) as a long date in `lang`: "6 décembre 2026", "6. Dezember 2026". English, and text that
/// does not begin with a valid date, come back unchanged.
std::string date(std::string_view iso, Lang lang);

}  // namespace stakemap::i18n
