// Unicode through utf8proc: folding for name matching, slugs for ids, display widths.
// Names in Romanian, Ukrainian, Russian, Polish, German, French, Dutch and Greek (fictional bodies,
// except the two names issue 17 quotes, used for text only).
#include <doctest/doctest.h>

#include "core/text.hpp"

namespace text = stakemap::text;

TEST_CASE("display_width: wide characters 2, combining marks 0") {
  CHECK(text::display_width("abc") == 3);
  CHECK(text::display_width("日本") == 4);
  CHECK(text::display_width("😀") == 2);
  CHECK(text::display_width("e\xCC\x81") == 1);  // e + combining acute
  CHECK(text::display_width("שלום") == 4);       // right-to-left letters are one column each
  CHECK(text::display_width("Бэлць") == 5);
  CHECK(text::display_width("a\xE2\x80\x8B"
                            "b") == 2);     // zero-width space
  CHECK(text::display_width("\xFF") == 1);  // an invalid byte shows as U+FFFD
}

TEST_CASE("fold strips accents and case of Latin letters") {
  CHECK(text::fold("Liège") == "liege");
  CHECK(text::fold("Straße") == "strasse");           // German: ß folds to ss
  CHECK(text::fold("ŁÓDŹ") == "lodz");                // Polish: Ł has no decomposition, spelled out
  CHECK(text::fold("e\xCC\x81t\xC3\xA9") == "ete");   // decomposed and precomposed accents alike
  CHECK(text::fold("Œuvre Sœur") == "oeuvre soeur");  // French ligature: oe, never "o"
  CHECK(text::fold("Ærø") == "aero");
  CHECK(text::fold("Ĳsselmonde") == "ijsselmonde");  // Dutch ĳ ligature
  CHECK(text::fold("ﬁnance") == "finance");          // compatibility ligature
  CHECK(text::fold("Lie\xC2\xAD"
                   "ge") == "liege");  // soft hyphen ignored
}

TEST_CASE("fold: Romanian comma-below and cedilla letters") {
  CHECK(text::fold("Biroul Național de Statistică") == "biroul national de statistica");
  CHECK(text::fold("Asociația Obștească") == "asociatia obsteasca");
  CHECK(text::fold("ŞŢ") == "st");  // the older cedilla forms
  CHECK(text::fold("ÎÂ") == "ia");
}

TEST_CASE("fold: Cyrillic case folded, letters kept") {
  CHECK(text::fold("ПРИМЭРИЯ БЭЛЦЬ") == "примэрия бэлць");  // Russian (Moldova)
  CHECK(text::fold("ПРИМЭРИЯ БЭЛЦЬ") == text::fold("Примэрия Бэлць"));
  CHECK(text::fold("КИЇВ") == "київ");      // Ukrainian ї keeps its diaeresis
  CHECK(text::fold("Йошкар") == "йошкар");  // й is a letter of its own, not и
  CHECK(text::fold("ЁЛКА") == "елка");      // Russian ё is commonly written е
  CHECK(text::fold("ҐАНОК") == "ґанок");
}

TEST_CASE("fold: Greek accents stripped, as Greek capitals drop them") {
  CHECK(text::fold("Αθήνα") == text::fold("ΑΘΗΝΑ"));
  CHECK(text::fold("Αθήνα") == "αθηνα");
  CHECK(text::fold("Σ") == "σ");
}

TEST_CASE("fold leaves invalid bytes as U+FFFD rather than failing") {
  CHECK(text::fold("a\xFF"
                   "B") ==
        "a\xEF\xBF\xBD"
        "b");
}

TEST_CASE("is_word_char: letters, digits and marks of any script") {
  CHECK(text::is_word_char(U'a'));
  CHECK(text::is_word_char(U'7'));
  CHECK(text::is_word_char(U'ж'));
  CHECK(text::is_word_char(U'λ'));
  CHECK(text::is_word_char(0x0301));
  CHECK_FALSE(text::is_word_char(U' '));
  CHECK_FALSE(text::is_word_char(U'-'));
  CHECK_FALSE(text::is_word_char(U'«'));
  CHECK_FALSE(text::is_word_char(U'€'));
  CHECK_FALSE(text::is_word_char(0x2026));  // …
}

TEST_CASE("slug: words of any script joined by '-', nothing dropped") {
  CHECK(text::slug("Asociația Obștească Casa Speranței") == "asociatia-obsteasca-casa-sperantei");
  CHECK(text::slug("Abri Solidaire de Valmont") == "abri-solidaire-de-valmont");
  CHECK(text::slug("  L'Olivier — «Maison» ") == "l-olivier-maison");
  CHECK(text::slug("Примэрия Бэлць") == "примэрия-бэлць");
  CHECK(text::slug("Київська фіктивна рада") == "київська-фіктивна-рада");
  CHECK(text::slug("Urząd Gminy Zielęcin") == "urzad-gminy-zielecin");
  CHECK(text::slug("Verein für Flüchtlingshilfe Großdorf") == "verein-fur-fluchtlingshilfe-grossdorf");
  CHECK(text::slug("Œuvre des Réfugiés") == "oeuvre-des-refugies");
  CHECK(text::slug("Vluchtelingenhulp Zilverdal") == "vluchtelingenhulp-zilverdal");
  CHECK(text::slug("Δήμος Φανταστικών") == "δημοσ-φανταστικων");  // case folding makes final ς a σ
  CHECK(text::slug("!!!").empty());
}

TEST_CASE("slug: at most N code points, never cut inside a UTF-8 sequence nor ending in '-'") {
  CHECK(text::slug("abc def", 4) == "abc");
  CHECK(text::slug("abc def", 5) == "abc-d");
  CHECK(text::slug("жжжж", 2) == "жж");
  std::string s = text::slug("Примэрия села Омега и её отдел по делам беженцев и мигрантов из соседних стран", 60);
  CHECK(text::code_points(s) <= 60);
  CHECK(text::invalid_utf8_at(s) == std::string::npos);
  CHECK(s.back() != '-');
}

TEST_CASE("fold keeps text after a NUL byte, also when Cyrillic marks are recomposed") {
  std::string s("Й\0Б", 5);
  std::string want("й\0б", 5);
  CHECK(text::fold(s) == want);
}
