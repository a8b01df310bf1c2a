#include "analysis/silos.hpp"

#include <algorithm>
#include <map>

#include "analysis/groups.hpp"
#include "core/errors.hpp"
#include "graph/digraph.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::analysis {

std::vector<Silo> find_silos(const model::Map& map, const graph::Layer& layer) {
  return find_silos(map, layer, graph::build(map, layer));
}

std::vector<Silo> find_silos(const model::Map& map, const graph::Layer& layer, const graph::Digraph& g) {
  int n = static_cast<int>(map.organisations.size());
  // Bases are looked at within the layer's other filters.
  graph::Layer any_basis = layer;
  any_basis.basis.clear();
  std::vector<long> out_any(n, 0), out_voluntary(n, 0), in_mandatory(n, 0);
  for (const auto& f : map.flows) {
    if (!any_basis.matches(f)) continue;
    int u = map.org_index(f.from), v = map.org_index(f.to);
    if (u < 0 || v < 0 || u == v) continue;
    ++out_any[u];
    if (f.basis == "voluntary") ++out_voluntary[u];
    if (f.basis == "mandatory") ++in_mandatory[v];
  }
  std::vector<Silo> silos;
  for (int v = 0; v < n; ++v) {
    Silo s{v, {}};
    int partners_out = g.out_degree(v), partners_in = g.in_degree(v);
    if (partners_out == 0 && partners_in == 0) {
      s.reasons.push_back({SiloReasonKind::isolated});
    } else {
      if (out_voluntary[v] == 0) s.reasons.push_back({SiloReasonKind::no_voluntary_out, out_any[v]});
      if (in_mandatory[v] > 0 && out_any[v] == 0)
        s.reasons.push_back({SiloReasonKind::mandatory_dead_end, in_mandatory[v]});
      long mutual = 0;
      for (int w : g.out(v))
        if (g.has_arc(w, v)) ++mutual;
      if (mutual == 0) s.reasons.push_back({SiloReasonKind::one_way_only, 0, partners_out + partners_in});
    }
    if (!s.reasons.empty()) silos.push_back(std::move(s));
  }
  return silos;
}

std::vector<SiloShare> silo_shares(const model::Map& map, const std::vector<Silo>& silos, const std::string& by) {
  if (by != "territory" && by != "level") throw UsageError("silo share by '" + by + "': use territory or level");
  std::vector<char> is_silo(map.organisations.size(), 0);
  for (const auto& s : silos) is_silo[s.org] = 1;
  OrgAttribute attribute = by == "territory" ? OrgAttribute::territory : OrgAttribute::level;
  std::vector<std::string> groups;  // in display order
  if (attribute == OrgAttribute::territory) {
    for (const auto& t : map.territories) groups.push_back(t.id);
  } else {
    for (const auto& c : model::Taxonomy::builtin().codes("level")) groups.push_back(c.code);
  }
  std::map<std::string, SiloShare> share;
  for (std::size_t i = 0; i < map.organisations.size(); ++i) {
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
