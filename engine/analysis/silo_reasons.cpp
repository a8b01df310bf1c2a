// Silo reasons and indicators in plain language: whole sentences from the message catalogue (silo.*).
#include <string>

#include "analysis/silos.hpp"
#include "i18n/messages.hpp"

namespace stakemap::analysis {

namespace {
/// The catalogue's name of an indicator (silo.indicator.NAME, silo.why.NAME).
std::string key(SiloIndicator indicator) {
  switch (indicator) {
    case SiloIndicator::isolated: return "isolated";
    case SiloIndicator::collects_only: return "collects_only";
    case SiloIndicator::reports_upward_only: return "reports_upward_only";
    case SiloIndicator::no_two_way: return "no_two_way";
    case SiloIndicator::no_peer_exchange: return "no_peer_exchange";
  }
  return {};
}
}  // namespace

std::string describe(SiloReasonKind kind, i18n::Lang lang) {
  switch (kind) {
    case SiloReasonKind::isolated: return i18n::text("silo.kind.isolated", lang);
    case SiloReasonKind::no_voluntary_out: return i18n::text("silo.kind.no_voluntary_out", lang);
    case SiloReasonKind::said_in_silo: return i18n::text("silo.kind.said_in_silo", lang);
  }
  return {};
}

std::string describe(const SiloReason& r, i18n::Lang lang) {
  switch (r.kind) {
    case SiloReasonKind::isolated: return i18n::text("silo.reason.isolated", lang);
    case SiloReasonKind::no_voluntary_out:
      if (r.flows == 0) return i18n::text("silo.reason.sends_nothing", lang);
      return i18n::plural("silo.reason.sends_when_obliged", r.flows, lang);
    case SiloReasonKind::said_in_silo: return i18n::text("silo.reason.said_in_silo", lang);
  }
  return {};
}

std::string describe(SiloIndicator indicator, i18n::Lang lang) {
  return i18n::text("silo.indicator." + key(indicator), lang);
}

std::string explain(const SiloProfile& p, SiloIndicator indicator, i18n::Lang lang) {
  const std::string id = "silo.why." + key(indicator);
  switch (indicator) {
    case SiloIndicator::isolated: return i18n::text(id, lang);
    case SiloIndicator::collects_only: return i18n::plural(id, p.partners_in, lang);
    case SiloIndicator::reports_upward_only: return i18n::plural(id, p.upward_flows, lang);
    case SiloIndicator::no_two_way:
      if (p.partners == 1) return i18n::text(id + ".single", lang);
      return i18n::plural(id, p.partners, lang);
    case SiloIndicator::no_peer_exchange: return i18n::plural(id, p.partners, lang);
  }
  return {};
}

std::string disagreement(const SiloProfile& p, i18n::Lang lang) {
  if (!p.disagrees) return {};
  if (p.by_survey && p.voluntary_out > 0) return i18n::plural("silo.disagree.said", p.voluntary_out, lang);
  return i18n::text("silo.disagree.shares", lang);
}

}  // namespace stakemap::analysis
