// Matching what respondents write against option codes and labels: the normal form, quoting
// for messages, label matching in three languages, and option lookup by code, label, survey
// tool code, Y/N and level number.
#include <doctest/doctest.h>

#include "survey/match.hpp"
#include "survey_helpers.hpp"

using namespace stakemap::survey;

namespace {
const Question& question(const std::string& id) {
  const auto& q = survey_test::builtin();
  return q.questions[static_cast<std::size_t>(q.find(id))];
}
}  // namespace

TEST_CASE("norm: case and accents folded, punctuation runs become one space, trimmed") {
  CHECK(norm("Lack of trust between actors: reluctance…") == "lack of trust between actors reluctance");
  CHECK(norm("  CPAS de Valmère  ") == "cpas de valmere");
  CHECK(norm("a--b__c") == "a b c");
  CHECK(norm("x \u2013 y") == "x y");  // an en dash separates like a space
  CHECK(norm("...") == "");
  CHECK(norm("Сиротинець") == "сиротинець");  // letters outside Latin are kept, their case folded
  CHECK(norm("«Maison» € 5") == "maison 5");  // symbols and quotes of any script separate words
}

TEST_CASE("norm: names match across case, accents and punctuation in seven languages") {
  auto same = [](const char* a, const char* b) { return norm(a) == norm(b); };
  CHECK(same("Biroul National de Statistica", "Biroul Național de Statistică"));  // Romanian
  CHECK(same("ПРИМЭРИЯ БЭЛЦЬ", "Примэрия Бэлць"));                                // Russian (Moldova)
  CHECK(same("КИЇВСЬКА ФІКТИВНА РАДА", "Київська фіктивна рада"));                // Ukrainian
  CHECK(same("Urząd Gminy Zielęcin", "URZAD GMINY ZIELECIN"));                    // Polish
  CHECK(same("Verein für Straßenhilfe", "VEREIN FUR STRASSENHILFE"));             // German
  CHECK(same("Œuvre d'accueil — Sœurs", "oeuvre d accueil soeurs"));              // French
  CHECK(same("Vluchtelingenhulp  Ĳsselmonde", "vluchtelingenhulp ijsselmonde"));  // Dutch
  CHECK_FALSE(same("Київ", "Киев"));                                              // different letters stay different
  CHECK_FALSE(same("Biroul", "Birou"));
}

TEST_CASE("quoted: between single quotes, control characters shown as visible symbols") {
  CHECK(quoted("maybe") == "'maybe'");
  CHECK(quoted("a\tb\nc") == "'a\u2409b\u240Ac'");
  CHECK(quoted("bell\a") == "'bell\u2407'");
  CHECK(quoted("del\x7f") == "'del\u2421'");
  CHECK(quoted("Liège") == "'Liège'");
}

TEST_CASE("names: a token names a label in any of its languages, in normal form") {
  Labels l{"Yes, regularly", "Oui, régulièrement", "Ja, regelmatig"};
  CHECK(names("yes regularly", l));
  CHECK(names("OUI, REGULIEREMENT", l));
  CHECK(names("ja regelmatig!", l));
  CHECK_FALSE(names("yes", l));
  CHECK_FALSE(names("", Labels{"", "", ""}));  // an empty token names nothing, even an empty label
  CHECK_FALSE(names("!!", l));
}

TEST_CASE("match_option: code, then label in any language, then Y/N, then the survey tool's position") {
  const Question& q8 = question("Q8");
  int yes = q8.option("yes"), no = q8.option("no");
  REQUIRE(yes >= 0);
  REQUIRE(no >= 0);
  CHECK(match_option(q8, "yes") == yes);
  CHECK(match_option(q8, " YES ") == yes);
  CHECK(match_option(q8, "Nee") == no);
  CHECK(match_option(q8, "Oui") == yes);
  CHECK(match_option(q8, "Y") == yes);
  CHECK(match_option(q8, "n") == no);
  CHECK(match_option(q8, "A2") == no);  // LimeSurvey answer codes count options from 1
  CHECK(match_option(q8, "SQ001") == yes);
  CHECK(match_option(q8, "AO01") == yes);
  CHECK(match_option(q8, "A3") == -1);  // only two options
  CHECK(match_option(q8, "maybe") == -1);
  CHECK(match_option(q8, "") == -1);
  CHECK(match_option(q8, "1") == -1);  // bare numbers name levels only

  const Question& q28 = question("Q28");
  CHECK(match_option(q28, "Yes, sporadically") == q28.option("sporadic"));
  CHECK(match_option(q28, "oui regulierement") == q28.option("regular"));
  CHECK(match_option(q28, "Y") == -1);  // no option coded yes
}

TEST_CASE("match_option: a Likert matrix's rows and levels are matched apart; levels by number") {
  const Question& q38 = question("Q38");
  CHECK(match_option(q38, "monitor") == q38.option("monitor"));
  CHECK(match_option(q38, "very-important") == -1);  // a level is not a row
  CHECK(match_option(q38, "very-important", true) == q38.option("very-important"));
  CHECK(match_option(q38, "Zeer belangrijk", true) == q38.option("very-important"));
  CHECK(match_option(q38, "1", true) == q38.option("very-important"));
  CHECK(match_option(q38, "4", true) == q38.option("not-important-at-all"));
  CHECK(match_option(q38, "5", true) == -1);
  CHECK(match_option(q38, "A2", true) == q38.option("important"));
  CHECK(match_option(q38, "monitor", true) == -1);
  CHECK(candidates(q38, true).size() == 4);
  CHECK(candidates(q38, false).size() == 14);
}
