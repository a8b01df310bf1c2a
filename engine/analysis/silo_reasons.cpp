// Silo reasons in plain language, in English, French and Dutch.
#include <string>

#include "analysis/silos.hpp"

namespace stakemap::analysis {

namespace {

/// Picks the text of `lang` among the three.
std::string pick(const std::string& lang, std::string en, std::string fr, std::string nl) {
  return lang == "fr" ? fr : lang == "nl" ? nl : en;
}

/// "1 flow" / "3 flows" in `lang`.
std::string flows(long n, const std::string& lang) {
  std::string count = std::to_string(n) + " ";
  return count + pick(lang, n == 1 ? "flow" : "flows", "flux", n == 1 ? "stroom" : "stromen");
}

}  // namespace

std::string describe(SiloReasonKind kind, const std::string& lang) {
  switch (kind) {
    case SiloReasonKind::isolated:
      return pick(lang, "isolated in this layer", "isolée sur cette couche", "geïsoleerd in deze laag");
    case SiloReasonKind::no_voluntary_out:
      return pick(lang, "no voluntary outgoing flow", "aucun flux sortant volontaire", "geen vrijwillige uitgaande stroom");
    case SiloReasonKind::mandatory_dead_end:
      return pick(lang, "receives mandatory reports but passes nothing on",
                  "reçoit des rapports obligatoires mais ne transmet rien",
                  "ontvangt verplichte rapportages maar geeft niets door");
    case SiloReasonKind::one_way_only:
      return pick(lang, "only one-way ties", "liens à sens unique seulement", "alleen eenrichtingsbanden");
  }
  return {};
}

std::string describe(const SiloReason& r, const std::string& lang) {
  std::string n = std::to_string(r.partners);
  switch (r.kind) {
    case SiloReasonKind::isolated:
      return describe(r.kind, lang) +
             pick(lang, ": no flow in or out", " : aucun flux entrant ni sortant", ": geen enkele stroom in of uit");
    case SiloReasonKind::no_voluntary_out:
      if (r.flows == 0)
        return describe(r.kind, lang) + pick(lang, ": it sends no data at all", " : elle n'envoie aucune donnée",
                                             ": ze stuurt helemaal geen gegevens");
      return describe(r.kind, lang) +
             pick(lang, ": it sends data only when obliged or asked (", " : elle n'envoie des données que sur obligation ou demande (",
                  ": ze stuurt alleen gegevens als het moet of als erom gevraagd wordt (") +
             flows(r.flows, lang) + ")";
    case SiloReasonKind::mandatory_dead_end:
      return pick(lang, "receives mandatory reports (", "reçoit des rapports obligatoires (", "ontvangt verplichte rapportages (") +
             flows(r.flows, lang) +
             pick(lang, ") but passes nothing on", ") mais ne transmet rien", ") maar geeft niets door");
    case SiloReasonKind::one_way_only:
      if (r.partners == 1)
        return describe(r.kind, lang) +
               pick(lang, ": its one partner does not exchange data with it in both directions",
                    " : son seul partenaire n'échange pas de données avec elle dans les deux sens",
                    ": haar enige partner wisselt geen gegevens in beide richtingen met haar uit");
      return describe(r.kind, lang) + pick(lang, ": none of its " + n + " partners exchanges data with it in both directions",
                                           " : aucun de ses " + n + " partenaires n'échange de données avec elle dans les deux sens",
                                           ": geen van haar " + n + " partners wisselt in beide richtingen gegevens met haar uit");
  }
  return {};
}

}  // namespace stakemap::analysis
