// Silo reasons in plain language: whole sentences from the message catalogue (silo.*).
#include <string>

#include "analysis/silos.hpp"
#include "i18n/messages.hpp"

namespace stakemap::analysis {

std::string describe(SiloReasonKind kind, i18n::Lang lang) {
  switch (kind) {
    case SiloReasonKind::isolated: return i18n::text("silo.kind.isolated", lang);
    case SiloReasonKind::no_voluntary_out: return i18n::text("silo.kind.no_voluntary_out", lang);
    case SiloReasonKind::mandatory_dead_end: return i18n::text("silo.kind.mandatory_dead_end", lang);
    case SiloReasonKind::one_way_only: return i18n::text("silo.kind.one_way_only", lang);
  }
  return {};
}

std::string describe(const SiloReason& r, i18n::Lang lang) {
  switch (r.kind) {
    case SiloReasonKind::isolated: return i18n::text("silo.reason.isolated", lang);
    case SiloReasonKind::no_voluntary_out:
      if (r.flows == 0) return i18n::text("silo.reason.sends_nothing", lang);
      return i18n::plural("silo.reason.sends_when_obliged", r.flows, lang);
    case SiloReasonKind::mandatory_dead_end: return i18n::plural("silo.reason.dead_end", r.flows, lang);
    case SiloReasonKind::one_way_only:
      if (r.partners == 1) return i18n::text("silo.reason.one_way.single", lang);
      return i18n::plural("silo.reason.one_way", r.partners, lang);
  }
  return {};
}

}  // namespace stakemap::analysis
