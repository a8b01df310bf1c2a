// The embedded taxonomy: facets and the fixed codes of DESIGN §2, labels in three languages.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "model/taxonomy.hpp"

using stakemap::model::Taxonomy;

TEST_CASE("the fixed codes users write by hand are all there") {
  const auto& t = Taxonomy::builtin();
  CHECK(t.allowed("territory_kind") == "country, region, community, province, area, district, municipality, other");
  CHECK(t.allowed("level") == "local, provincial, regional, community, federal, european, international");
  CHECK(t.allowed("domain") == "medical, legal, social, education, labour, material, other");
  CHECK(t.allowed("language") == "fr, nl, de, en, other or any ISO 639-1 code");
  CHECK(t.allowed("support_role") == "first-line, secondary, both, none");
  CHECK(t.allowed("flow_status") == "active, desired, blocked");
  CHECK(t.allowed("flow_basis") == "mandatory, voluntary, on-request");
  CHECK(t.allowed("regularity") == "regular, sporadic");
  CHECK(t.allowed("population") == "all, ukraine, both");
  CHECK(t.allowed("personal_data") == "none, aggregate, pseudonymised, personal");
  CHECK(t.allowed("confirmation") == "confirmed, claimed, disputed");
  CHECK(t.allowed("obstacle") ==
        "duplication, no-mission, no-outcome, no-trust, gdpr, no-leadership, no-resources, slow-validation, "
        "method-disagreement, analysis-disagreement, other");
  CHECK(t.codes("reason").size() == 14);  // the 13 of Q38 + other
}

TEST_CASE("every code of every bundled profile has labels in English, French and Dutch") {
  for (const auto& name : Taxonomy::profile_names())
    for (const auto& facet : Taxonomy::profile(name).facets())
      for (const auto& c : Taxonomy::profile(name).codes(facet)) {
        INFO(name << ": " << facet << "/" << c.code);
        for (const char* lang : {"en", "fr", "nl"}) CHECK(c.labels.count(lang) == 1);
      }
  const auto& t = Taxonomy::builtin();
  for (const auto& facet : t.facets())
    for (const auto& c : t.codes(facet)) {
      INFO(facet << "/" << c.code);
      for (const char* lang : {"en", "fr", "nl"}) CHECK(c.labels.count(lang) == 1);
    }
  CHECK(t.label("domain", "legal", "fr") != t.label("domain", "legal", "en"));
  CHECK(t.label("domain", "nonsense", "fr") == "nonsense");
}

TEST_CASE("parsing a taxonomy") {
  auto t = Taxonomy::parse("facet,code,label_en\nx,a,A\nx,b,\n", "tax.csv");
  CHECK(t.has("x", "a"));
  CHECK_FALSE(t.has("x", "c"));
  CHECK_FALSE(t.has_facet("y"));
  CHECK(t.label("x", "b", "nl") == "b");  // no label: the code
  CHECK(t.label("x", "a", "nl") == "A");  // no Dutch label: English
  CHECK_THROWS_AS(Taxonomy::parse("name\nx\n", "tax.csv"), stakemap::InputError);
}

TEST_CASE("labels in any language, falling back to English") {
  auto t = Taxonomy::parse("facet,code,label_en,label_ro,description\nkind,ngo,NGO,ONG,x\n", "tax.csv");
  CHECK(t.label("kind", "ngo", "ro") == "ONG");
  CHECK(t.label("kind", "ngo", "uk") == "NGO");
  CHECK(t.languages() == std::vector<std::string>{"en", "ro"});
  CHECK_THROWS_AS(Taxonomy::parse("facet,code,label_xx1\nkind,a,A\n", "tax.csv"), stakemap::InputError);
  CHECK_THROWS_AS(Taxonomy::parse("facet,code,rank\nlevel,a,high\n", "tax.csv"), stakemap::InputError);
}

TEST_CASE("the profiles: Belgian codes only in the Belgian one, the level order and the national level") {
  const auto& be = Taxonomy::profile("belgium");
  const auto& generic = Taxonomy::profile("generic");
  CHECK(be.has("public", "belgian-nationals"));
  CHECK_FALSE(generic.has("public", "belgian-nationals"));
  CHECK(generic.has("public", "host-nationals"));
  CHECK(generic.allowed("level") == "local, regional, national, international");
  CHECK_FALSE(generic.has("kind", "federal-service"));
  // Regional and community actors are peers in Belgium: neither is higher.
  CHECK(be.level_height("regional") == be.level_height("community"));
  CHECK(be.level_height("local") < be.level_height("federal"));
  CHECK(be.national("federal"));
  CHECK(be.national("international"));
  CHECK_FALSE(be.national("community"));
  CHECK(generic.national("national"));
  CHECK_FALSE(generic.national("regional"));
  CHECK(be.national_phrase("en") == "the federal level");
  CHECK(generic.national_phrase("fr") == "le niveau national");
  CHECK(generic.wording("coverage-note", "en").empty());
  CHECK(be.wording("coverage-note", "en").find("Brussels") != std::string::npos);
  CHECK_THROWS_AS(Taxonomy::profile("atlantis"), stakemap::InputError);
}

TEST_CASE("a dataset's rows add codes and relabel, but leave the fixed facets alone") {
  Taxonomy t = Taxonomy::profile("generic");
  t.apply(Taxonomy::parse("facet,code,label_en,label_ro\nkind,cooperative,Cooperative,Cooperativă\n"
                          "level,national,National,Național\n",
                          "tax.csv"),
          "tax.csv");
  CHECK(t.has("kind", "cooperative"));
  CHECK(t.label("level", "national", "ro") == "Național");
  CHECK(t.label("level", "national", "en") == "National");
  CHECK(t.national("national"));  // relabelled, same meaning
  auto refused = [&](const std::string& rows, const std::string& says) {
    Taxonomy copy = t;
    try {
      copy.apply(Taxonomy::parse("facet,code,label_en,rank\n" + rows, "tax.csv"), "tax.csv");
      FAIL("accepted: " << rows);
    } catch (const stakemap::InputError& e) {
      CHECK(std::string(e.what()).find(says) != std::string::npos);
      CHECK(std::string(e.what()).rfind("tax.csv:2:", 0) == 0);
    }
  };
  refused("flow_status,paused,Paused,\n", "cannot be added to facet 'flow_status'");
  refused("level,county,County,\n", "cannot be added to facet 'level'");
  refused("level,national,National,9\n", "the level order is the profile's");
  refused("colour,red,Red,\n", "unknown facet 'colour'");
}

TEST_CASE("an overlay survives to_csv and parse") {
  auto rows = Taxonomy::parse("facet,code,label_en,label_ro,description\nkind,coop,\"Co-op, local\",Coop,d\n", "t.csv");
  auto back = Taxonomy::parse(rows.to_csv(), "back.csv");
  CHECK(back.label("kind", "coop", "en") == "Co-op, local");
  CHECK(back.label("kind", "coop", "ro") == "Coop");
  CHECK(back.to_csv() == rows.to_csv());
}
