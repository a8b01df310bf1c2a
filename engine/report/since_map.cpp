#include "report/since_map.hpp"

#include <unordered_set>

namespace stakemap::report {

using render::Change;

MergedStates merge_states(const model::Map& then, const model::Map& now, const graph::Layer& layer) {
  MergedStates m;
  m.map = now;
  std::unordered_set<long long> then_flows, now_flows;
  for (const auto& f : then.flows) then_flows.insert(f.id);
  for (const auto& f : now.flows) {
    now_flows.insert(f.id);
    m.flows.push_back(then_flows.count(f.id) ? Change::same : Change::added);
  }
  for (const auto& o : now.organisations) m.orgs.push_back(then.org_index(o.id) < 0 ? Change::added : Change::same);
  for (const auto& o : then.organisations) {
    if (now.org_index(o.id) >= 0) continue;
    m.map.organisations.push_back(o);
    m.orgs.push_back(Change::removed);
  }
  for (const auto& f : then.flows) {
    if (now_flows.count(f.id)) continue;
    m.map.flows.push_back(f);
    m.flows.push_back(Change::removed);
  }
  m.map.reindex();
  for (std::size_t i = 0; i < m.map.flows.size(); ++i) {
    const auto& f = m.map.flows[i];
    if (f.from == f.to || !layer.matches(f)) continue;
    m.flows_added += m.flows[i] == Change::added ? 1 : 0;
    m.flows_removed += m.flows[i] == Change::removed ? 1 : 0;
  }
  for (auto c : m.orgs) {
    m.orgs_added += c == Change::added ? 1 : 0;
    m.orgs_removed += c == Change::removed ? 1 : 0;
  }
  return m;
}

}  // namespace stakemap::report
