// The message catalogue: complete in every language, the same placeholders everywhere,
// plural forms in pairs and chosen by each language's rule, lists in words.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <stdexcept>

#include "i18n/messages.hpp"

using namespace stakemap;
using i18n::Lang;

namespace {
bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}
std::set<std::string> names(const std::string& text) {
  auto v = i18n::placeholders(text);
  return {v.begin(), v.end()};
}
}  // namespace

TEST_CASE("every message has an English, French, Dutch and German text") {
  REQUIRE(i18n::messages().size() > 100);
  for (const auto& m : i18n::messages()) {
    CAPTURE(m.id);
    REQUIRE(m.text.size() == 4);
    for (const auto& t : m.text) CHECK_FALSE(t.empty());
    CHECK(m.in(Lang::de) == m.text[3]);
  }
}

TEST_CASE("the German texts are German, not copies of the English ones") {
  // Short labels may be the same word in both ("Silo", "PageRank"); texts of four words or more may not.
  auto words = [](const std::string& t) {
    std::size_t n = 0;
    for (std::size_t at = 0; at < t.size();) {
      auto end = std::min(t.find(' ', at), t.size());
      if (end > at && t.substr(at, end - at).find('{') == std::string::npos) ++n;
      at = end + 1;
    }
    return n;
  };
  std::size_t checked = 0;
  for (const auto& m : i18n::messages()) {
    if (words(m.text[0]) < 4) continue;
    CAPTURE(m.id);
    CHECK(m.text[3] != m.text[0]);
    ++checked;
  }
  CHECK(checked > 150);
  CHECK(i18n::text("report.findings", Lang::de) == "Wichtigste Befunde");
}

TEST_CASE("every placeholder of the English text is in the French, Dutch and German texts, and no other") {
  for (const auto& m : i18n::messages()) {
    CAPTURE(m.id);
    auto en = names(m.text[0]);
    CHECK(names(m.text[1]) == en);
    CHECK(names(m.text[2]) == en);
    CHECK(names(m.text[3]) == en);
  }
}

TEST_CASE("a language without a catalogue column speaks English, in English's plural rule") {
  auto ro = i18n::parse_lang("ro");
  REQUIRE(ro);
  for (const auto& m : i18n::messages()) CHECK(m.in(*ro) == m.text[0]);
  CHECK(i18n::text("report.findings", *ro) == "Key findings");
  CHECK(i18n::plural("count.links", 0, *ro) == "0 links");
  CHECK(i18n::plural("count.links", 1, *ro) == "1 link");
}

TEST_CASE("every text formats with its own placeholders filled in") {
  for (const auto& m : i18n::messages()) {
    CAPTURE(m.id);
    i18n::Args args;
    for (const auto& n : names(m.text[0])) args.emplace_back(n, "<" + n + ">");
    for (Lang l : {Lang::en, Lang::fr, Lang::nl, Lang::de}) {
      if (ends_with(m.id, ".one") || ends_with(m.id, ".other")) continue;  // through plural() below
      auto out = i18n::text(m.id, l, args);
      for (const auto& n : names(m.text[0])) CHECK(out.find("<" + n + ">") != std::string::npos);
      CHECK(out.find('{') == std::string::npos);
    }
  }
}

TEST_CASE("plural messages come in pairs and quote {count}") {
  std::set<std::string> ids;
  for (const auto& m : i18n::messages()) ids.insert(m.id);
  for (const auto& id : ids) {
    CAPTURE(id);
    if (ends_with(id, ".one")) { CHECK(ids.count(id.substr(0, id.size() - 4) + ".other")); }
    if (ends_with(id, ".other")) CHECK(ids.count(id.substr(0, id.size() - 6) + ".one"));
  }
  for (const auto& m : i18n::messages())
    if (ends_with(m.id, ".one") || ends_with(m.id, ".other")) {
      CAPTURE(m.id);
      for (const auto& t : m.text) CHECK(names(t).count("count"));
    }
}

TEST_CASE("plural rules: English, Dutch and German singular for 1 only, French for 0 and 1") {
  using i18n::PluralForm;
  CHECK(i18n::plural_form(1, Lang::en) == PluralForm::one);
  CHECK(i18n::plural_form(0, Lang::en) == PluralForm::other);
  CHECK(i18n::plural_form(2, Lang::en) == PluralForm::other);
  CHECK(i18n::plural_form(1, Lang::nl) == PluralForm::one);
  CHECK(i18n::plural_form(0, Lang::nl) == PluralForm::other);
  CHECK(i18n::plural_form(0, Lang::fr) == PluralForm::one);
  CHECK(i18n::plural_form(1, Lang::fr) == PluralForm::one);
  CHECK(i18n::plural_form(2, Lang::fr) == PluralForm::other);

  CHECK(i18n::plural("count.links", 1, Lang::en) == "1 link");
  CHECK(i18n::plural("count.links", 0, Lang::en) == "0 links");
  CHECK(i18n::plural("count.links", 3, Lang::en) == "3 links");
  CHECK(i18n::plural("count.links", 0, Lang::fr) == "0 lien");
  CHECK(i18n::plural("count.links", 1, Lang::fr) == "1 lien");
  CHECK(i18n::plural("count.links", 2, Lang::fr) == "2 liens");
  CHECK(i18n::plural("count.links", 0, Lang::nl) == "0 verbindingen");
  CHECK(i18n::plural("count.links", 1, Lang::nl) == "1 verbinding");
  CHECK(i18n::plural("count.links", 5, Lang::nl) == "5 verbindingen");
  CHECK(i18n::plural_form(0, Lang::de) == PluralForm::other);
  CHECK(i18n::plural_form(1, Lang::de) == PluralForm::one);
  CHECK(i18n::plural("count.flows", 0, Lang::de) == "0 Flüsse");
  CHECK(i18n::plural("count.flows", 1, Lang::de) == "1 Fluss");
  CHECK(i18n::plural("count.flows", 2, Lang::de) == "2 Flüsse");
}

TEST_CASE("named arguments in any order; unknown ids and missing arguments are programming errors") {
  CHECK(i18n::text("map.title.ego", Lang::en, {{"radius", 2}, {"org", "Agence Alpha"}}) ==
        "Ego network of Agence Alpha (radius 2)");
  CHECK(i18n::text("map.title.ego", Lang::fr, {{"org", "Agence Alpha"}, {"radius", 1}}) ==
        "Réseau égocentré de Agence Alpha (rayon 1)");
  CHECK(i18n::text("map.title.territory", Lang::en, {{"territory", "{braces} stay"}}) ==
        "Organisations acting in {braces} stay");
  CHECK_THROWS_AS(i18n::text("no.such.message", Lang::en), std::logic_error);
  CHECK_THROWS_AS(i18n::text("map.title.ego", Lang::en, {{"org", "x"}}), std::logic_error);
}

TEST_CASE("lists in words, with 'and N more' past the items shown") {
  CHECK(i18n::list({}, Lang::en).empty());
  CHECK(i18n::list({"a"}, Lang::en) == "a");
  CHECK(i18n::list({"a", "b"}, Lang::en) == "a and b");
  CHECK(i18n::list({"a", "b", "c"}, Lang::fr) == "a, b et c");
  CHECK(i18n::list({"a", "b", "c", "d"}, Lang::nl) == "a, b, c en d");
  CHECK(i18n::list({"a", "b", "c", "d", "e"}, Lang::en, 3) == "a, b, c and 2 more");
  CHECK(i18n::list({"a", "b", "c", "d"}, Lang::fr, 3) == "a, b, c et 1 autre");
  CHECK(i18n::list({"a", "b", "c"}, Lang::de) == "a, b und c");
  CHECK(i18n::list({"a", "b", "c"}, Lang::en, 3) == "a, b and c");
}

TEST_CASE("placeholders: names in order, doubled braces are literal") {
  CHECK(i18n::placeholders("{count} of {total}") == std::vector<std::string>{"count", "total"});
  CHECK(i18n::placeholders("{{literal}} {x:>3}") == std::vector<std::string>{"x"});
  CHECK(i18n::placeholders("none").empty());
}
