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

TEST_CASE("every code has labels in English, French and Dutch") {
  const auto& t = Taxonomy::builtin();
  for (const auto& facet : t.facets())
    for (const auto& c : t.codes(facet)) {
      INFO(facet << "/" << c.code);
      CHECK_FALSE(c.label_en.empty());
      CHECK_FALSE(c.label_fr.empty());
      CHECK_FALSE(c.label_nl.empty());
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
