// Silo reasons and indicator explanations as whole sentences from the catalogue: the counts they
// quote, plural forms in English, French and Dutch, the one-partner sentence; the short kinds.
#include <doctest/doctest.h>

#include "analysis/silos.hpp"

using namespace stakemap;
using analysis::SiloIndicator;
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
analysis::SiloProfile profile(long partners, long partners_in, long upward) {
  analysis::SiloProfile p;
  p.partners = partners;
  p.partners_in = partners_in;
  p.upward_flows = upward;
  return p;
}
}  // namespace

TEST_CASE("silo reasons: no voluntary flow out, with and without other outgoing flows") {
  auto out = [](long flows, Lang lang = Lang::en) {
    return analysis::describe(reason(SiloReasonKind::no_voluntary_out, flows), lang);
  };
  CHECK(out(0) == "no voluntary outgoing flow: it sends no data at all");
  CHECK(out(1) == "no voluntary outgoing flow: it sends data only when obliged or asked (1 flow)");
  CHECK(out(4) == "no voluntary outgoing flow: it sends data only when obliged or asked (4 flows)");
  CHECK(out(3, Lang::fr) ==
        "aucun flux sortant volontaire : elle n'envoie des données que sur obligation ou demande (3 flux)");
  CHECK(out(1, Lang::nl) ==
        "geen vrijwillige uitgaande stroom: ze stuurt alleen gegevens als het moet of als erom gevraagd wordt (1 "
        "stroom)");
}

TEST_CASE("silo reasons: isolated and said in the survey have no count") {
  CHECK(analysis::describe(reason(SiloReasonKind::isolated, 0)) == "isolated in this layer: no flow in or out");
  CHECK(analysis::describe(reason(SiloReasonKind::isolated, 0), Lang::nl) ==
        "geïsoleerd in deze laag: geen enkele stroom in of uit");
  CHECK(analysis::describe(reason(SiloReasonKind::said_in_silo, 3)) ==
        "said in the survey that it works in silo (Q29)");
}

TEST_CASE("silo kinds: a few words without counts, for tallies") {
  CHECK(analysis::describe(SiloReasonKind::isolated, Lang::en) == "isolated in this layer");
  CHECK(analysis::describe(SiloReasonKind::no_voluntary_out, Lang::nl) == "geen vrijwillige uitgaande stroom");
  CHECK(analysis::describe(SiloReasonKind::said_in_silo, Lang::fr) == "a dit travailler en silo (enquête)");
}

TEST_CASE("silo indicators: each explanation quotes its count, with each language's plural") {
  CHECK(analysis::explain(profile(3, 3, 0), SiloIndicator::collects_only) ==
        "receives data from 3 partners but sends nothing");
  CHECK(analysis::explain(profile(2, 2, 0), SiloIndicator::collects_only, Lang::nl) ==
        "ontvangt gegevens van 2 partners maar stuurt niets");
  CHECK(analysis::explain(profile(1, 0, 2), SiloIndicator::reports_upward_only) ==
        "its only exchanges are 2 mandatory flows sent to higher levels");
  CHECK(analysis::explain(profile(1, 0, 1), SiloIndicator::reports_upward_only, Lang::fr) ==
        "son seul échange est 1 flux obligatoire envoyé à un niveau supérieur");
  CHECK(analysis::explain(profile(1, 1, 0), SiloIndicator::no_two_way) ==
        "its one partner does not exchange data with it in both directions");
  CHECK(analysis::explain(profile(3, 1, 0), SiloIndicator::no_two_way) ==
        "none of its 3 partners exchanges data with it in both directions");
  CHECK(analysis::explain(profile(4, 1, 0), SiloIndicator::no_peer_exchange) ==
        "none of its 4 partners is at its level or in one of its territories");
  CHECK(analysis::explain(profile(0, 0, 0), SiloIndicator::isolated, Lang::fr) ==
        "aucun flux entrant ni sortant sur cette couche");
}
