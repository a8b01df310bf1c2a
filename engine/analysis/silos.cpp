#include "analysis/silos.hpp"

#include <algorithm>
#include <map>

#include "analysis/groups.hpp"
#include "core/errors.hpp"
#include "graph/digraph.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::analysis {

namespace {

/// True when `to` acts at a higher level than `from`, in the level order of the map's profile
/// (Belgian: local < provincial < regional = community < federal < european < international);
/// an unknown level is never higher nor lower than another.
bool higher(const model::Taxonomy& tax, const model::Organisation& to, const model::Organisation& from) {
  int a = tax.level_height(from.level), b = tax.level_height(to.level);
  return a >= 0 && b > a;
}

/// Peers: the same level, or a territory listed by both.
bool peers(const model::Organisation& a, const model::Organisation& b) {
  if (!a.level.empty() && a.level == b.level) return true;
  return std::any_of(a.territories.begin(), a.territories.end(), [&](const std::string& t) {
    return std::find(b.territories.begin(), b.territories.end(), t) != b.territories.end();
  });
}

}  // namespace

const std::vector<SiloIndicator>& silo_indicators() {
  static const std::vector<SiloIndicator> all{SiloIndicator::isolated, SiloIndicator::collects_only,
                                              SiloIndicator::reports_upward_only, SiloIndicator::no_two_way,
                                              SiloIndicator::no_peer_exchange};
  return all;
}

std::string column(SiloIndicator indicator) {
  switch (indicator) {
    case SiloIndicator::isolated: return "isolated";
    case SiloIndicator::collects_only: return "collects_without_giving_back";
    case SiloIndicator::reports_upward_only: return "reports_only_upward";
    case SiloIndicator::no_two_way: return "no_two_way_exchange";
    case SiloIndicator::no_peer_exchange: return "no_exchange_with_peers";
  }
  return {};
}

bool SiloProfile::has(SiloIndicator indicator) const {
  return std::find(indicators.begin(), indicators.end(), indicator) != indicators.end();
}

std::vector<SiloProfile> silo_profiles(const model::Map& map, const graph::Layer& layer, const graph::Digraph& g,
                                       const SiloSurvey& survey) {
  const int n = static_cast<int>(map.organisations.size());
  // Bases are looked at within the layer's other filters.
  graph::Layer any_basis = layer;
  any_basis.basis.clear();
  std::vector<SiloProfile> out(n);
  std::vector<long> flows_in(n, 0), other_flows_out(n, 0);  // other: not mandatory to a higher level
  for (const auto& f : map.flows) {
    if (!any_basis.matches(f)) continue;
    int u = map.org_index(f.from), v = map.org_index(f.to);
    if (u < 0 || v < 0 || u == v) continue;
    ++out[u].flows_out;
    ++flows_in[v];
    if (f.basis == "voluntary") ++out[u].voluntary_out;
    if (f.basis == "mandatory" && higher(map.taxonomy(), map.organisations[v], map.organisations[u]))
      ++out[u].upward_flows;
    else ++other_flows_out[u];
  }
  for (int v = 0; v < n; ++v) {
    auto& p = out[v];
    const auto& o = map.organisations[v];
    p.org = v;
    long partners_out = g.out_degree(v);
    p.partners_in = g.in_degree(v);
    long mutual = 0;
    bool peer = false;
    for (int w : g.out(v)) {
      if (g.has_arc(w, v)) ++mutual;
      peer = peer || peers(o, map.organisations[w]);
    }
    for (int w : g.in(v)) peer = peer || peers(o, map.organisations[w]);
    p.partners = partners_out + p.partners_in - mutual;
    if (p.partners == 0) {
      p.indicators.push_back(SiloIndicator::isolated);
    } else {
      if (p.partners_in >= 2 && partners_out == 0 && p.flows_out == 0)
        p.indicators.push_back(SiloIndicator::collects_only);
      if (p.upward_flows > 0 && other_flows_out[v] == 0 && flows_in[v] == 0)
        p.indicators.push_back(SiloIndicator::reports_upward_only);
      if (mutual == 0) p.indicators.push_back(SiloIndicator::no_two_way);
      if (!peer) p.indicators.push_back(SiloIndicator::no_peer_exchange);
    }
    p.by_flows = p.voluntary_out == 0 && !p.has(SiloIndicator::collects_only);
    p.by_survey = survey.said_silo.count(o.id) > 0;
    p.disagrees = (p.by_survey && p.voluntary_out > 0) || (p.by_flows && survey.shares.count(o.id) > 0);
  }
  return out;
}

std::vector<Silo> silos_of(const std::vector<SiloProfile>& profiles) {
  std::vector<Silo> silos;
  for (const auto& p : profiles) {
    if (!p.silo()) continue;
    Silo s{p.org, {}};
    if (p.by_flows) {
      if (p.has(SiloIndicator::isolated)) s.reasons.push_back({SiloReasonKind::isolated});
      else s.reasons.push_back({SiloReasonKind::no_voluntary_out, p.flows_out - p.voluntary_out, p.partners});
    }
    if (p.by_survey) s.reasons.push_back({SiloReasonKind::said_in_silo, p.voluntary_out, p.partners});
    silos.push_back(std::move(s));
  }
  return silos;
}

std::vector<Silo> find_silos(const model::Map& map, const graph::Layer& layer, const SiloSurvey& survey) {
  return find_silos(map, layer, graph::build(map, layer), survey);
}

std::vector<Silo> find_silos(const model::Map& map, const graph::Layer& layer, const graph::Digraph& g,
                             const SiloSurvey& survey) {
  return silos_of(silo_profiles(map, layer, g, survey));
}

std::vector<SiloShare> silo_shares(const model::Map& map, const std::vector<Silo>& silos, const std::string& by,
                                   const std::vector<bool>* keep) {
  if (by != "territory" && by != "level") throw UsageError("silo share by '" + by + "': use territory or level");
  std::vector<char> is_silo(map.organisations.size(), 0);
  for (const auto& s : silos) is_silo[s.org] = 1;
  OrgAttribute attribute = by == "territory" ? OrgAttribute::territory : OrgAttribute::level;
  std::vector<std::string> groups;  // in display order
  if (attribute == OrgAttribute::territory) {
    for (const auto& t : map.territories) groups.push_back(t.id);
  } else {
    for (const auto& c : map.taxonomy().codes("level")) groups.push_back(c.code);
  }
  std::map<std::string, SiloShare> share;
  for (std::size_t i = 0; i < map.organisations.size(); ++i) {
    if (keep && !(*keep)[i]) continue;
    const auto& o = map.organisations[i];
    auto keys = values_of(o, attribute);
    if (keys.empty()) keys = {"(none)"};
    for (const auto& k : keys) {
      if (std::find(groups.begin(), groups.end(), k) == groups.end()) groups.push_back(k);
      auto& s = share[k];
      s.group = k;
      ++s.organisations;
      s.silos += is_silo[i];
    }
  }
  std::vector<SiloShare> out;
  for (const auto& gname : groups) {
    auto it = share.find(gname);
    if (it == share.end()) continue;
    it->second.share = static_cast<double>(it->second.silos) / it->second.organisations;
    out.push_back(it->second);
  }
  return out;
}

}  // namespace stakemap::analysis
