// Empty results say why: no needs imported or every need met; no publics listed or no pair to
// link; no blocked or desired flow. Nothing is said when there are rows.
#include <doctest/doctest.h>

#include "analysis/empty_reasons.hpp"

using namespace stakemap;
using i18n::Lang;

TEST_CASE("empty reasons: needs") {
  model::Map map;
  CHECK(analysis::why_no_needs(map, 0, Lang::en) ==
        "no needs in this map (import needs.csv to compare needs with services)");
  CHECK(analysis::why_no_needs(map, 0, Lang::fr).find("needs.csv") != std::string::npos);
  map.needs.push_back({"T1", "housing", std::nullopt, ""});
  CHECK(analysis::why_no_needs(map, 0, Lang::en).rfind("no unmet or thin need", 0) == 0);
  CHECK(analysis::why_no_needs(map, 3, Lang::en).empty());
}

TEST_CASE("empty reasons: recommended links and blocked flows") {
  model::Map map;
  model::Organisation o;
  o.id = "a";
  map.organisations.push_back(o);
  CHECK(analysis::why_no_recommended(map, 0, Lang::en).find("no organisation lists the publics") != std::string::npos);
  map.organisations[0].publics = {"refugees"};
  CHECK(analysis::why_no_recommended(map, 0, Lang::en) ==
        "no recommended links: no two organisations without a flow share a territory, a domain and a public");
  CHECK(analysis::why_no_recommended(map, 1, Lang::en).empty());
  CHECK(analysis::why_no_blocked(0, Lang::nl) == "geen geblokkeerde of gewenste stroom in deze kaart");
  CHECK(analysis::why_no_blocked(2, Lang::en).empty());
}
