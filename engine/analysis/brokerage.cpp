#include "analysis/brokerage.hpp"

namespace stakemap::analysis {

BrokerageRoles brokerage_roles(const graph::Digraph& g, const std::vector<int>& group) {
  BrokerageRoles r;
  for (auto* v : {&r.coordinator, &r.consultant, &r.gatekeeper, &r.representative, &r.liaison}) v->assign(g.n, 0);
  for (int v = 0; v < g.n; ++v) {
    int gv = group[v];
    if (gv < 0) continue;
    for (int a : g.in(v)) {
      int ga = group[a];
      if (ga < 0) continue;
      for (int c : g.out(v)) {
        int gc = group[c];
        if (c == a || gc < 0 || g.has_arc(a, c)) continue;
        if (ga == gv && gv == gc) ++r.coordinator[v];
        else if (ga == gc) ++r.consultant[v];
        else if (gv == gc) ++r.gatekeeper[v];
        else if (ga == gv) ++r.representative[v];
        else ++r.liaison[v];
      }
    }
  }
  return r;
}

}  // namespace stakemap::analysis
