// Partner names (Q27, Q29) -> organisations: the documented matching rule, step by step.
#include <doctest/doctest.h>

#include "survey/partners.hpp"
#include "survey_helpers.hpp"

using namespace stakemap;
using namespace stakemap::survey;
using Kind = PartnerMatch::Kind;

namespace {
model::Organisation org(const std::string& id, const std::string& name, std::vector<std::string> aliases = {}) {
  model::Organisation o;
  o.id = id;
  o.name = name;
  o.aliases = std::move(aliases);
  return o;
}

PartnerMatcher matcher() {
  PartnerMatcher m(survey_test::builtin());
  m.add(org("fed-immigration", "Federal immigration office (residence and temporary protection)",
            {"Office fédéral de l'immigration", "Dienst Nieuwkomers Zilverdal"}));
  m.add(org("cpas-valmere", "CPAS de Valmère"));
  m.add(org("cpas-valmare", "CPAS de Valmare"));
  m.add(org("fed-statistics", "Federal statistical office"));
  return m;
}

std::string match(const std::string& item) {
  auto r = matcher().match(item);
  switch (r.kind) {
    case Kind::org: return "org " + r.id;
    case Kind::partner_type: return "type " + r.id;
    case Kind::ambiguous: return "ambiguous " + r.note;
    case Kind::unmatched: return "unmatched";
  }
  return "";
}
}  // namespace

TEST_CASE("partner names: id, then name or alias in normal form (case, accents, punctuation ignored)") {
  CHECK(match("FED-STATISTICS") == "org fed-statistics");
  CHECK(match("Federal statistical office") == "org fed-statistics");
  CHECK(match("  federal  STATISTICAL office. ") == "org fed-statistics");
  CHECK(match("office federal de l’immigration") == "org fed-immigration");  // typographic apostrophe, no accent
  CHECK(match("dienst nieuwkomers zilverdal") == "org fed-immigration");
  CHECK(match("cpas de valmere") == "org cpas-valmere");  // exact beats the near-duplicate "CPAS de Valmare"
}

TEST_CASE("partner names: parenthesised parts may be left out; typos up to 2 edits on long names") {
  CHECK(match("Federal immigration office") == "org fed-immigration");
  CHECK(match("Federal statistcal ofice") == "org fed-statistics");  // 2 edits in 26 characters
  CHECK(match("Federal statistics agency") == "unmatched");          // too far
  CHECK(match("CPAS de Valmiro") == "unmatched");                    // short names must match exactly
}

TEST_CASE("partner types become typed placeholders; what matches nothing, or two organisations, is reported") {
  CHECK(match("Federal authorities") == "type federal-authorities");
  CHECK(match("Autorités régionales") == "type regional-authorities");
  CHECK(match("lokale overheden") == "type local-authorities");
  CHECK(match("Organized group/task force") == "type task-force");
  CHECK(match("The neighbours") == "unmatched");
  PartnerMatcher m(survey_test::builtin());
  m.add(org("a", "Shelter Aid", {}));
  m.add(org("b", "Abri Solidaire", {"Shelter Aid"}));
  auto r = m.match("shelter aid");
  CHECK(r.kind == Kind::ambiguous);
  CHECK(r.note == "a, b");
  auto p = placeholder(survey_test::builtin().partner_types[0]);
  CHECK(p.id == "partner-federal-authorities");
  CHECK(p.name == "Federal authorities (partner type)");
  CHECK(p.kind == "federal-service");
  CHECK(p.level == "federal");
}
