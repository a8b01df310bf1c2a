// Partner names (Q27, Q29) -> organisations: the documented matching rule, step by step.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

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
            {"Office fédéral de l'immigration", "Dienst Vreemdelingenzaken"}));
  m.add(org("cpas-liege", "CPAS de Liège"));
  m.add(org("cpas-liers", "CPAS de Liers"));
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
  CHECK(match("dienst vreemdelingenzaken") == "org fed-immigration");
  CHECK(match("cpas de liege") == "org cpas-liege");  // exact beats the near-duplicate "CPAS de Liers"
}

TEST_CASE("partner names: parenthesised parts may be left out; typos up to 2 edits on long names") {
  CHECK(match("Federal immigration office") == "org fed-immigration");
  CHECK(match("Federal statistcal ofice") == "org fed-statistics");  // 2 edits in 26 characters
  CHECK(match("Federal statistics agency") == "unmatched");          // too far
  CHECK(match("CPAS de Lieja") == "unmatched");                       // short names must match exactly
}

TEST_CASE("partner types become typed placeholders; what matches nothing, or two organisations, is reported") {
  CHECK(match("Federal authorities") == "type federal-authorities");
  CHECK(match("Autorités régionales") == "type regional-authorities");
  CHECK(match("lokale overheden") == "type local-authorities");
  CHECK(match("Organized group/task force") == "type task-force");
  CHECK(match("The neighbours") == "unmatched");
  PartnerMatcher m(survey_test::builtin());
  m.add(org("a", "Red Cross", {}));
  m.add(org("b", "Croix-Rouge", {"Red Cross"}));
  auto r = m.match("red cross");
  CHECK(r.kind == Kind::ambiguous);
  CHECK(r.note == "a, b");
  auto p = placeholder(survey_test::builtin().partner_types[0]);
  CHECK(p.id == "partner-federal-authorities");
  CHECK(p.name == "Federal authorities (partner type)");
  CHECK(p.kind == "federal-service");
  CHECK(p.level == "federal");
}

TEST_CASE("edit distance: Levenshtein with a limit") {
  CHECK(edit_distance("kitten", "sitting", 5) == 3);
  CHECK(edit_distance("kitten", "sitting", 2) == 3);  // over the limit: limit + 1
  CHECK(edit_distance("", "abc", 5) == 3);
  CHECK(edit_distance("abc", "abc", 0) == 0);
}

TEST_CASE("the trigram index finds exactly what comparing with every name finds") {
  // Random names from a small alphabet (many shared trigrams), and queries 0-3 edits away.
  std::mt19937 rng(11);
  auto random_text = [&](std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += "abcde "[rng() % 6];
    return s;
  };
  NearIndex index;
  std::vector<std::pair<std::string, std::string>> all;
  for (int i = 0; i < 400; ++i) {
    std::string form = random_text(8 + rng() % 30), id = std::to_string(i);
    index.add(id, form);
    all.push_back({id, form});
  }
  int found = 0;
  for (int t = 0; t < 400; ++t) {
    std::string q = all[rng() % all.size()].second;
    for (int e = static_cast<int>(rng() % 4); e > 0; --e) {
      std::size_t at = rng() % (q.size() + 1);
      switch (rng() % 3) {
        case 0: q.insert(at, 1, "abcde "[rng() % 6]); break;
        case 1: if (at < q.size()) q.erase(at, 1); break;
        default: if (at < q.size()) q[at] = "abcde "[rng() % 6];
      }
    }
    std::vector<std::string> brute;
    std::size_t best = 3;
    for (const auto& [id, form] : all) {
      std::size_t limit = std::min<std::size_t>(2, std::max(form.size(), q.size()) / 10);
      if (limit == 0) continue;
      std::size_t d = edit_distance(q, form, limit);
      if (d > limit || d > best) continue;
      if (d < best) brute.clear();
      best = d;
      brute.push_back(id);
    }
    auto got = index.nearest(q);
    std::sort(got.begin(), got.end());
    std::sort(brute.begin(), brute.end());
    CHECK(got == brute);
    found += !got.empty();
  }
  CHECK(found > 100);  // the comparison is not vacuous
}
