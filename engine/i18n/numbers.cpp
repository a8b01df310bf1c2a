#include "i18n/numbers.hpp"

#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace stakemap::i18n {

namespace {

// The number in `lang` through ICU, "" when ICU fails (the caller falls back to English).
std::string icu_number(double v, int decimals, Lang lang, bool as_percent) {
  using namespace icu::number;
  UErrorCode status = U_ZERO_ERROR;
  auto f = NumberFormatter::withLocale(icu::Locale(lang.code().c_str())).precision(Precision::fixedFraction(decimals));
  if (as_percent) f = f.unit(icu::MeasureUnit::getPercent());
  auto formatted = f.formatDouble(v, status);
  icu::UnicodeString text = formatted.toString(status);
  if (U_FAILURE(status)) return "";
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string english(double v, int decimals, const char* suffix) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f%s", decimals, v, suffix);
  return buf;
}

// The digits of `s` from `at`, `n` of them, as a number; -1 when one is not a digit.
int digits(std::string_view s, std::size_t at, std::size_t n) {
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

std::string decimal(double v, int decimals, Lang lang) {
  decimals = std::clamp(decimals, 0, 9);
  if (lang == Lang::en) return english(v, decimals, "");
  auto s = icu_number(v, decimals, lang, false);
  return s.empty() ? english(v, decimals, "") : s;
}

std::string approximate(double v, Lang lang) {
  const int magnitude = v == 0 || !std::isfinite(v) ? 0 : static_cast<int>(std::floor(std::log10(std::fabs(v))));
  auto s = decimal(v, std::max(0, 1 - magnitude), lang);
  const auto mark = decimal_mark(lang);
  if (s.find(mark) == std::string::npos) return s;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (s.ends_with(mark)) s.resize(s.size() - mark.size());
  return s;
}

std::string decimal_mark(Lang lang) {
  if (lang == Lang::en) return ".";
  UErrorCode status = U_ZERO_ERROR;
  const icu::DecimalFormatSymbols symbols(icu::Locale(lang.code().c_str()), status);
  if (U_FAILURE(status)) return ".";
  std::string out;
  symbols.getConstSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol).toUTF8String(out);
  return out.empty() ? "." : out;
}

std::string percent(double share, Lang lang) {
  const double p = share * 100;
  const int decimals = p > 0 && p < 10 ? 1 : 0;
  if (lang == Lang::en) return english(p, decimals, "%");
  auto s = icu_number(p, decimals, lang, true);
  return s.empty() ? english(p, decimals, "%") : s;
}

std::string date(std::string_view iso, Lang lang) {
  if (lang == Lang::en || iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
  const int year = digits(iso, 0, 4), month = digits(iso, 5, 2), day = digits(iso, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return std::string(iso);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(lang.code().c_str());
  std::unique_ptr<icu::Calendar> calendar(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), locale, status));
  std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
  if (U_FAILURE(status) || !calendar || !format) return std::string(iso);
  calendar->setLenient(false);
  calendar->clear();
  calendar->set(year, month - 1, day);
  const UDate when = calendar->getTime(status);  // a day that does not exist (31 April) fails here
  if (U_FAILURE(status)) return std::string(iso);
  format->setTimeZone(*icu::TimeZone::getGMT());
  icu::UnicodeString text;
  format->format(when, text);
  std::string out;
  text.toUTF8String(out);
  return out + std::string(iso.substr(10));
}

}  // namespace stakemap::i18n
