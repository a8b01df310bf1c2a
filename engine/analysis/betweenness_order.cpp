#include <vector>

#include "analysis/betweenness.hpp"

namespace stakemap::analysis {

// Breadth-first along in-arcs: the nodes that share an out-neighbour c come one after the
// other, and so do those of c's neighbours in the search. A source p with p -> c has
// d(p, x) <= 1 + d(c, x) for every x, so co-parents of one node tend to lie at the same
// distance from each target: a batch of them lists a node at fewer distinct levels.
std::vector<int> detail::betweenness_source_order(const graph::Digraph& g) {
  std::vector<int> order;
  order.reserve(static_cast<std::size_t>(g.n));
  std::vector<char> listed(static_cast<std::size_t>(g.n), 0);
  for (int root = 0; root < g.n; ++root) {
    if (listed[root]) continue;
    listed[root] = 1;
    order.push_back(root);
    for (std::size_t head = order.size() - 1; head < order.size(); ++head)
      for (int p : g.in(order[head]))
        if (!listed[p]) {
          listed[p] = 1;
          order.push_back(p);
        }
  }
  return order;
}

}  // namespace stakemap::analysis
