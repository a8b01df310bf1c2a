// ISO 639-1 codes: every language of the map may be any of them.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "model/iso639.hpp"
#include "model/taxonomy.hpp"

using stakemap::model::is_iso639_1;

TEST_CASE("iso639: the codes of the languages of displacement from Ukraine and their hosts") {
  for (const char* code : {"ro", "ru", "uk", "pl", "de", "cs", "sk", "hu", "bg", "fr", "nl", "en", "el", "lt", "lv"})
    CHECK_MESSAGE(is_iso639_1(code), code);
  for (const char* code : {"", "r", "RO", "rom", "xx", "qq", "other", "mo"}) CHECK_MESSAGE(!is_iso639_1(code), code);
}

TEST_CASE("iso639: the same 184 codes as Debian's iso-codes list, when installed") {
  std::ifstream in("/usr/share/iso-codes/json/iso_639-2.json");
  if (!in) return;  // the package iso-codes is not installed: the cases above still hold
  std::stringstream text;
  text << in.rdbuf();
  std::string s = text.str();
  std::set<std::string> ref;
  std::regex alpha2("\"alpha_2\": \"([a-z]{2})\"");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), alpha2); it != std::sregex_iterator(); ++it)
    ref.insert((*it)[1]);
  CHECK(ref.size() == 184);
  for (const auto& code : ref) CHECK_MESSAGE(is_iso639_1(code), code);
  for (char a = 'a'; a <= 'z'; ++a)
    for (char b = 'a'; b <= 'z'; ++b) {
      std::string code{a, b};
      CHECK_MESSAGE(is_iso639_1(code) == (ref.count(code) > 0), code);
    }
}

TEST_CASE("iso639: the taxonomy takes any ISO 639-1 code as a language, and says so") {
  const auto& tax = stakemap::model::Taxonomy::builtin();
  CHECK(tax.has("language", "ro"));
  CHECK(tax.has("language", "other"));
  CHECK_FALSE(tax.has("language", "xx"));
  CHECK_FALSE(tax.has("domain", "ro"));  // only languages
  CHECK(tax.allowed("language").find("or any ISO 639-1 code") != std::string::npos);
  CHECK(tax.label("language", "ro") == "ro");  // no label of its own: the code
}
