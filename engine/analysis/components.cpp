#include "analysis/components.hpp"

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>

#include "graph/boost_adapter.hpp"

namespace stakemap::analysis {

Components by_size(const Components& c) {
  int k = c.count();
  std::vector<int> first(k, -1);
  for (int v = 0; v < static_cast<int>(c.of.size()); ++v)
    if (first[c.of[v]] < 0) first[c.of[v]] = v;
  std::vector<int> order(k);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return c.sizes[a] != c.sizes[b] ? c.sizes[a] > c.sizes[b] : first[a] < first[b];
  });
  std::vector<int> rank(k);
  Components out;
  out.sizes.resize(k);
  for (int i = 0; i < k; ++i) {
    rank[order[i]] = i;
    out.sizes[i] = c.sizes[order[i]];
  }
  out.of.resize(c.of.size());
  for (std::size_t v = 0; v < c.of.size(); ++v) out.of[v] = rank[c.of[v]];
  return out;
}

Components weak_components(const graph::Digraph& g) {
  Components c;
  c.of.assign(g.n, -1);
  std::vector<int> stack;
  for (int s = 0; s < g.n; ++s) {
    if (c.of[s] >= 0) continue;
    int id = c.count();
    c.sizes.push_back(0);
    c.of[s] = id;
    stack.push_back(s);
    while (!stack.empty()) {
      int v = stack.back();
      stack.pop_back();
      ++c.sizes[id];
      for (auto nbrs : {g.out(v), g.in(v)})
        for (int w : nbrs)
          if (c.of[w] < 0) {
            c.of[w] = id;
            stack.push_back(w);
          }
    }
  }
  return by_size(c);
}

Components strong_components(const graph::Digraph& g) {
  // Boost.Graph's Tarjan numbers a component when its root finishes, so in reverse
  // topological order; the search visits nodes and arcs in our order.
  Components c;
  c.of.assign(g.n, 0);
  int count = boost::strong_components(g, boost::make_iterator_property_map(c.of.begin(), get(boost::vertex_index, g)));
  c.sizes.assign(count, 0);
  for (int id : c.of) ++c.sizes[id];
  return c;
}

CutPoints cut_points(const graph::Digraph& g) {
  // Boost.Graph's biconnected components on the symmetric view: a directed depth-first
  // search of it meets each tie once as a tree or back arc, which is the arc labelled with
  // the tie's component (its reverse arc stays unlabelled). A bridge is a component of one tie.
  graph::Digraph u = graph::undirected(g);
  constexpr std::size_t unlabelled = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> component(static_cast<std::size_t>(u.arcs()), unlabelled);
  CutPoints cp;
  auto [count, out] = boost::biconnected_components(
      u, boost::make_iterator_property_map(component.begin(), graph::boost_view::ArcIndexMap{}),
      std::back_inserter(cp.articulation_points));
  std::sort(cp.articulation_points.begin(), cp.articulation_points.end());
  std::vector<int> ties(count, 0);
  for (std::size_t id : component)
    if (id != unlabelled) ++ties[id];
  for (int v = 0; v < u.n; ++v)
    for (auto e = u.out_offset[v]; e < u.out_offset[v + 1]; ++e)
      if (component[e] != unlabelled && ties[component[e]] == 1)
        cp.bridges.emplace_back(std::min(v, u.out_target[e]), std::max(v, u.out_target[e]));
  std::sort(cp.bridges.begin(), cp.bridges.end());
  return cp;
}

}  // namespace stakemap::analysis
