#include "analysis/structural_holes.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stakemap::analysis {

StructuralHoles structural_holes(const graph::Digraph& g, bool weighted) {
  // The undirected view with each pair's mutual weight: a_ij + a_ji.
  graph::Digraph unit = g;
  if (!weighted) {
    std::fill(unit.out_weight.begin(), unit.out_weight.end(), 1.0);
    std::fill(unit.in_weight.begin(), unit.in_weight.end(), 1.0);
  }
  graph::Digraph u = graph::undirected(unit);
  int n = u.n;
  std::vector<double> total(n, 0.0), largest(n, 0.0);
  for (int v = 0; v < n; ++v)
    for (double w : u.out_w(v)) {
      total[v] += w;
      largest[v] = std::max(largest[v], w);
    }
  auto p = [&](int i, double w) { return total[i] == 0 ? 0.0 : w / total[i]; };
  auto m = [&](int j, double w) { return largest[j] == 0 ? 0.0 : w / largest[j]; };

  StructuralHoles r;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  r.constraint.assign(n, nan);
  r.effective_size.assign(n, nan);
  std::vector<double> direct(n, 0.0), indirect(n, 0.0), redundancy(n, 0.0);
  std::vector<char> neighbour(n, 0);
  for (int i = 0; i < n; ++i) {
    auto nbrs = u.out(i);
    auto wts = u.out_w(i);
    if (nbrs.empty()) continue;
    for (std::size_t k = 0; k < nbrs.size(); ++k) {
      neighbour[nbrs[k]] = 1;
      direct[nbrs[k]] = p(i, wts[k]);
    }
    // Two steps i - q - j with j a neighbour of i: indirect p_iq p_qj and redundancy p_iq m_jq.
    for (std::size_t k = 0; k < nbrs.size(); ++k) {
      int q = nbrs[k];
      double piq = direct[q];
      auto qn = u.out(q);
      auto qw = u.out_w(q);
      for (std::size_t l = 0; l < qn.size(); ++l) {
        int j = qn[l];
        if (!neighbour[j]) continue;
        indirect[j] += piq * p(q, qw[l]);
        redundancy[j] += piq * m(j, qw[l]);
      }
    }
    double c = 0, e = 0;
    for (int j : nbrs) {
      double s = direct[j] + indirect[j];
      c += s * s;
      e += 1 - redundancy[j];
      neighbour[j] = 0;
      direct[j] = indirect[j] = redundancy[j] = 0;
    }
    r.constraint[i] = c;
    r.effective_size[i] = e;
  }
  return r;
}

}  // namespace stakemap::analysis
