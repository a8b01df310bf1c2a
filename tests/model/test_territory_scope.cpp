// One meaning for "in a territory": in (T or a part of T), covers T from above, overlaps T
// (shares a part without containing it or lying inside it), on a DAG where Brussels lies
// under two communities and the communities share provinces with the regions.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "model/territory_scope.hpp"

using namespace stakemap;
using namespace stakemap::model;

namespace {
// BE; regions VLG, WAL, BRU; communities VL (over VAN and BRU), FR (over WHT and BRU);
// provinces VAN (VLG, VL) and WHT (WAL, FR).
Map belgium_like() {
  Map m;
  m.territories = {{"BE", "country", "BE", "", "", "", {}, {}},
                   {"VLG", "region", "VLG", "", "", "", {"BE"}, {}},
                   {"WAL", "region", "WAL", "", "", "", {"BE"}, {}},
                   {"VL", "community", "VL", "", "", "", {"BE"}, {}},
                   {"FR", "community", "FR", "", "", "", {"BE"}, {}},
                   {"BRU", "region", "BRU", "", "", "", {"BE", "VL", "FR"}, {}},
                   {"VAN", "province", "VAN", "", "", "", {"VLG", "VL"}, {}},
                   {"WHT", "province", "WHT", "", "", "", {"WAL", "FR"}, {}}};
  for (auto [id, territory] : std::vector<std::pair<std::string, std::string>>{{"fed", "BE"},
                                                                               {"vl-agency", "VL"},
                                                                               {"fr-agency", "FR"},
                                                                               {"bru-cpas", "BRU"},
                                                                               {"wal-region", "WAL"},
                                                                               {"vlg-region", "VLG"},
                                                                               {"antwerp", "VAN"},
                                                                               {"nowhere", "XX"}}) {
    Organisation o;
    o.id = o.name = id;
    o.territories = {territory};
    m.organisations.push_back(o);
  }
  m.reindex();
  return m;
}

std::vector<std::string> ids(const Map& m, const std::vector<bool>& keep) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < keep.size(); ++i)
    if (keep[i]) out.push_back(m.organisations[i].id);
  return out;
}
}  // namespace

TEST_CASE("territory scope: in, above and overlap for a region the communities share provinces with") {
  auto m = belgium_like();
  int vlg = m.territory_index("VLG");
  CHECK(ids(m, territory_members(m, vlg, scope_in)) == std::vector<std::string>{"vlg-region", "antwerp"});
  CHECK(ids(m, territory_members(m, vlg, scope_above)) == std::vector<std::string>{"fed"});
  CHECK(ids(m, territory_members(m, vlg, scope_overlap)) == std::vector<std::string>{"vl-agency"});
  CHECK(ids(m, territory_members(m, vlg)) == std::vector<std::string>{"fed", "vl-agency", "vlg-region", "antwerp"});
}

TEST_CASE("territory scope: Brussels under two communities") {
  auto m = belgium_like();
  int bru = m.territory_index("BRU");
  CHECK(ids(m, territory_members(m, bru, scope_in)) == std::vector<std::string>{"bru-cpas"});
  CHECK(ids(m, territory_members(m, bru, scope_above)) == std::vector<std::string>{"fed", "vl-agency", "fr-agency"});
  CHECK(ids(m, territory_members(m, bru, scope_overlap)).empty());
  // The French Community holds Brussels and Hainaut: the Walloon Region (Hainaut) and the
  // Flemish Community (Brussels) overlap it.
  int fr = m.territory_index("FR");
  CHECK(ids(m, territory_members(m, fr, scope_in)) == std::vector<std::string>{"fr-agency", "bru-cpas"});
  CHECK(ids(m, territory_members(m, fr, scope_in | scope_overlap)) ==
        std::vector<std::string>{"vl-agency", "fr-agency", "bru-cpas", "wal-region"});
}

TEST_CASE("territory scope: the closest relation wins; names parse, several at once") {
  auto m = belgium_like();
  TerritoryGraph tg(m);
  int van = m.territory_index("VAN");
  CHECK(territory_relation(m, tg, {"BE", "VAN"}, van) == scope_in);
  CHECK(territory_relation(m, tg, {"BE", "VL"}, van) == scope_above);
  CHECK(territory_relation(m, tg, {"XX"}, van) == 0u);
  CHECK(territory_relation(m, tg, {"WAL"}, van) == 0u);
  CHECK(parse_territory_scopes({}) == scope_all);
  CHECK(parse_territory_scopes({"in", "overlap"}) == (scope_in | scope_overlap));
  CHECK(parse_territory_scopes({"all"}) == scope_all);
  CHECK_THROWS_AS(parse_territory_scopes({"inside"}), UsageError);
}
