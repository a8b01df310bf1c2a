// Who is present where: local or from above, national or not, on a hand-made territory DAG;
// the rows of --at and --within; the actor filters; joined ids; short labels.
#include <doctest/doctest.h>

#include "analysis/presence.hpp"
#include "core/errors.hpp"

using namespace stakemap;

namespace {

model::Territory territory(const std::string& id, const std::string& kind, std::vector<std::string> parents) {
  model::Territory t;
  t.id = id;
  t.name = "T " + id;
  t.kind = kind;
  t.parents = std::move(parents);
  return t;
}

model::Organisation org(const std::string& id, std::vector<std::string> territories,
                        const std::string& level = "local") {
  model::Organisation o;
  o.id = id;
  o.territories = std::move(territories);
  o.level = level;
  return o;
}

// be (country) > wal, bru (regions); wal > liege, namur (provinces). Leaves: bru, liege, namur.
model::Map belgium() {
  model::Map m;
  m.territories = {territory("be", "country", {}), territory("wal", "region", {"be"}),
                   territory("bru", "region", {"be"}), territory("liege", "province", {"wal"}),
                   territory("namur", "province", {"wal"})};
  m.organisations = {org("a", {"liege"}),            // 0: local in Liège
                     org("b", {"wal"}, "regional"),  // 1: Wallonia, wider than a province
                     org("c", {"be"}, "federal"),    // 2: everywhere, national
                     org("d", {"liege", "wal"}),     // 3: local in Liège, from above in Namur
                     org("e", {"nowhere"}),          // 4: unknown territory: nowhere
                     org("f", {"be", "liege"})};     // 5: local in Liège (not national there)
  m.reindex();
  return m;
}

struct Seen {
  std::string id;
  bool local, national;
  bool operator==(const Seen&) const = default;
};

std::vector<Seen> seen(const model::Map& m, const std::vector<analysis::Presence>& row) {
  std::vector<Seen> out;
  for (const auto& p : row) out.push_back({m.organisations[p.org].id, p.local, p.national});
  return out;
}

}  // namespace

TEST_CASE("presence: provinces, local or from above, national or not, each organisation once") {
  auto m = belgium();
  model::TerritoryGraph tg(m);
  auto rows = analysis::rows_at(m, tg, "province");
  REQUIRE(rows == std::vector<int>{3, 4});
  auto p = analysis::presence(m, tg, rows);
  REQUIRE(p.size() == 2);
  CHECK(seen(m, p[0]) ==
        std::vector<Seen>{
            {"a", true, false}, {"b", false, false}, {"c", false, true}, {"d", true, false}, {"f", true, false}});
  CHECK(seen(m, p[1]) ==
        std::vector<Seen>{{"b", false, false}, {"c", false, true}, {"d", false, false}, {"f", false, true}});
}

TEST_CASE("presence: a row reached by a smaller territory is local; equal leaves are local") {
  auto m = belgium();
  model::TerritoryGraph tg(m);
  auto p = analysis::presence(m, tg, {1, 2});  // wal, bru
  CHECK(seen(m, p[0]) ==
        std::vector<Seen>{
            {"a", true, false}, {"b", true, false}, {"c", false, true}, {"d", true, false}, {"f", true, false}});
  CHECK(seen(m, p[1]) == std::vector<Seen>{{"c", false, true}, {"f", false, true}});
  auto whole = analysis::presence(m, tg, {0});
  CHECK(seen(m, whole[0]) ==
        std::vector<Seen>{
            {"a", true, false}, {"b", true, false}, {"c", true, true}, {"d", true, false}, {"f", true, false}});
}

TEST_CASE("presence: a root covering every leaf is national even when not a country") {
  model::Map m;
  m.territories = {territory("all", "area", {}), territory("x", "municipality", {"all"}),
                   territory("y", "municipality", {"all"})};
  m.organisations = {org("wide", {"all"}), org("narrow", {"x"}), org("international", {"x"}, "international")};
  m.reindex();
  model::TerritoryGraph tg(m);
  auto p = analysis::presence(m, tg, analysis::rows_at(m, tg, "leaf"));
  CHECK(seen(m, p[0]) ==
        std::vector<Seen>{{"wide", false, true}, {"narrow", true, false}, {"international", true, true}});
  CHECK(seen(m, p[1]) == std::vector<Seen>{{"wide", false, true}});
}

TEST_CASE("presence: rows_at levels, --within, and their errors") {
  auto m = belgium();
  model::TerritoryGraph tg(m);
  CHECK(analysis::rows_at(m, tg, "leaf") == tg.leaves());
  CHECK(analysis::rows_at(m, tg, "leaves") == std::vector<int>{2, 3, 4});
  CHECK(analysis::rows_at(m, tg, "region") == std::vector<int>{1, 2});
  CHECK(analysis::rows_at(m, tg, "country") == std::vector<int>{0});
  CHECK(analysis::rows_at(m, tg, "leaf", 1) == std::vector<int>{3, 4});
  CHECK(analysis::rows_at(m, tg, "region", 1) == std::vector<int>{1});  // at or below
  CHECK_THROWS_WITH_AS(analysis::rows_at(m, tg, "province", 2), "no territory at level 'province' lies in 'bru'",
                       InputError);
  CHECK_THROWS_WITH_AS(analysis::rows_at(m, tg, "district"),
                       "the map has no territory of kind 'district' (try at leaf)", InputError);
  CHECK_THROWS_WITH_AS(analysis::rows_at(m, tg, "planet"),
                       "unknown at 'planet' (allowed: leaf, country, region, community, province, area, district, "
                       "municipality, other)",
                       UsageError);
}

TEST_CASE("presence: actor filters by role and population; unknown values are usage errors") {
  model::Organisation first, second, both, none;
  first.support_role = "first-line";
  second.support_role = "secondary";
  both.support_role = "both";
  both.publics = {"refugees", "displaced-ukraine"};
  analysis::ActorFilter any;
  CHECK(any.accepts(none));
  analysis::ActorFilter fl{"first-line", ""};
  CHECK(fl.accepts(first));
  CHECK(fl.accepts(both));
  CHECK_FALSE(fl.accepts(second));
  CHECK_FALSE(fl.accepts(none));
  analysis::ActorFilter sec{"secondary", "all"};
  CHECK(sec.accepts(second));
  CHECK(sec.accepts(both));
  CHECK_FALSE(sec.accepts(first));
  analysis::ActorFilter ua{"any", "ukraine"};
  CHECK(ua.ukraine_only());
  CHECK_FALSE(sec.ukraine_only());
  CHECK(ua.accepts(both));
  CHECK_FALSE(ua.accepts(first));
  CHECK_NOTHROW(ua.validate());
  CHECK_NOTHROW(analysis::ActorFilter{}.validate());
  CHECK_THROWS_WITH_AS(analysis::ActorFilter({"boss", ""}).validate(),
                       "unknown role 'boss' (allowed: any, first-line, secondary)", UsageError);
  CHECK_THROWS_WITH_AS(analysis::ActorFilter({"", "Ukraine"}).validate(),
                       "unknown population 'Ukraine' (allowed: all, ukraine)", UsageError);
}

TEST_CASE("presence: org_ids and short labels") {
  auto m = belgium();
  CHECK(analysis::org_ids(m, {2, 0, 5}) == std::vector<std::string>{"c", "a", "f"});
  CHECK(analysis::org_ids(m, {}).empty());
  CHECK(analysis::short_label(stakemap::model::Taxonomy::builtin(), "domain", "labour", "en") ==
        "labour market integration");
  CHECK(analysis::short_label(stakemap::model::Taxonomy::builtin(), "domain", "labour", "fr") ==
        "intégration sur le marché du travail");
  CHECK(analysis::short_label(stakemap::model::Taxonomy::builtin(), "domain", "medical", "en") == "medical services");
  CHECK(analysis::short_label(stakemap::model::Taxonomy::builtin(), "public", "lgbtqi", "en") ==
        "LGBTQI+ people");  // an acronym keeps its capitals
  CHECK(analysis::short_label(stakemap::model::Taxonomy::builtin(), "public", "belgian-nationals", "en") ==
        "Belgian nationals");
  CHECK(analysis::short_label(stakemap::model::Taxonomy::builtin(), "public", "belgian-nationals", "nl") ==
        "Belgische onderdanen");
  CHECK(analysis::short_label(stakemap::model::Taxonomy::builtin(), "service", "housing", "nl") == "huisvesting");
}
