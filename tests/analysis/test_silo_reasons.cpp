// Silo reasons as whole sentences from the catalogue: the counts they quote, plural forms in
// English, French and Dutch, and the one-partner sentence; the short kinds for tallies.
#include <doctest/doctest.h>

#include "analysis/silos.hpp"

using namespace stakemap;
using analysis::SiloReason;
using analysis::SiloReasonKind;
using i18n::Lang;

namespace {
SiloReason reason(SiloReasonKind kind, long flows, long partners = 0) {
  SiloReason r;
  r.kind = kind;
  r.flows = flows;
  r.partners = partners;
  return r;
}
}  // namespace

TEST_CASE("silo reasons: the sentence quotes its count, with the plural form of each language") {
  auto dead_end = [](long flows, Lang lang) {
    return analysis::describe(reason(SiloReasonKind::mandatory_dead_end, flows), lang);
  };
  CHECK(dead_end(1, Lang::en) == "receives mandatory reports (1 flow) but passes nothing on");
  CHECK(dead_end(3, Lang::en) == "receives mandatory reports (3 flows) but passes nothing on");
  CHECK(dead_end(1, Lang::nl) == "ontvangt verplichte rapportages (1 stroom) maar geeft niets door");
  CHECK(dead_end(2, Lang::nl) == "ontvangt verplichte rapportages (2 stromen) maar geeft niets door");
  CHECK(dead_end(2, Lang::fr) == "reçoit des rapports obligatoires (2 flux) mais ne transmet rien");
}

TEST_CASE("silo reasons: no voluntary flow out, with and without other outgoing flows") {
  auto out = [](long flows) { return analysis::describe(reason(SiloReasonKind::no_voluntary_out, flows)); };
  CHECK(out(0) == "no voluntary outgoing flow: it sends no data at all");
  CHECK(out(1) == "no voluntary outgoing flow: it sends data only when obliged or asked (1 flow)");
  CHECK(out(4) == "no voluntary outgoing flow: it sends data only when obliged or asked (4 flows)");
}

TEST_CASE("silo reasons: one-way ties name one partner apart; isolated has no count") {
  auto one_way = [](long partners, Lang lang = Lang::en) {
    return analysis::describe(reason(SiloReasonKind::one_way_only, 0, partners), lang);
  };
  CHECK(one_way(1) == "only one-way ties: its one partner does not exchange data with it in both directions");
  CHECK(one_way(3) == "only one-way ties: none of its 3 partners exchanges data with it in both directions");
  CHECK(one_way(3, Lang::fr) ==
        "liens à sens unique seulement : aucun de ses 3 partenaires n'échange de données avec elle dans les deux sens");
  CHECK(analysis::describe(reason(SiloReasonKind::isolated, 0)) == "isolated in this layer: no flow in or out");
  CHECK(analysis::describe(reason(SiloReasonKind::isolated, 0), Lang::nl) ==
        "geïsoleerd in deze laag: geen enkele stroom in of uit");
}

TEST_CASE("silo kinds: a few words without counts, for tallies") {
  CHECK(analysis::describe(SiloReasonKind::isolated, Lang::en) == "isolated in this layer");
  CHECK(analysis::describe(SiloReasonKind::mandatory_dead_end, Lang::en) ==
        "receives mandatory reports but passes nothing on");
  CHECK(analysis::describe(SiloReasonKind::one_way_only, Lang::fr) == "liens à sens unique seulement");
  CHECK(analysis::describe(SiloReasonKind::no_voluntary_out, Lang::nl) == "geen vrijwillige uitgaande stroom");
}
