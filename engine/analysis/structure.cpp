#include "analysis/structure.hpp"

#include <boost/graph/core_numbers.hpp>

#include <algorithm>
#include <cmath>

#include "analysis/components.hpp"
#include "analysis/msbfs.hpp"
#include "analysis/random.hpp"
#include "graph/boost_adapter.hpp"

namespace stakemap::analysis {

std::vector<int> core_numbers(const graph::Digraph& g) {
  // Boost.Graph's Batagelj–Zaversnik bucket algorithm on the undirected simple view.
  graph::Digraph u = graph::undirected(g);
  std::vector<int> core(u.n, 0);
  boost::core_numbers(u, boost::make_iterator_property_map(core.begin(), get(boost::vertex_index, u)));
  return core;
}

namespace {

// Diameter and average path length of the largest weak component (component 0), on the
// undirected view; from sampled sources when the component is large.
void path_measures(const graph::Digraph& g, const Components& weak, const StructureOptions& o, Structure& s) {
  graph::Digraph u = graph::undirected(g);
  std::vector<int> members;
  for (int v = 0; v < g.n; ++v)
    if (weak.of[v] == 0) members.push_back(v);
  long k = static_cast<long>(members.size());
  long arcs = 0;
  for (int v : members) arcs += u.out_degree(v);
  std::vector<int> sources = members;
  if (o.sample_above > 0 && static_cast<double>(k) * static_cast<double>(arcs) > o.sample_above && o.samples < k) {
    s.paths_sampled = true;
    sources.clear();
    for (int i : detail::sample_distinct(static_cast<int>(k), o.samples, o.seed)) sources.push_back(members[i]);
  }
  s.path_sources = static_cast<long>(sources.size());
  auto sums = detail::distance_sums({u.n, u.out_offset, u.out_target}, sources, o.threads,
                                    s.paths_sampled ? "path lengths (sampled)" : "path lengths");
  double sum = 0, sum_squares = 0;  // of each source's mean distance to the others
  s.diameter_upper_bound = 2 * sums.eccentricity[0];
  for (std::size_t i = 0; i < sources.size(); ++i) {
    double mean = static_cast<double>(sums.total[i]) / static_cast<double>(k - 1);
    sum += mean;
    sum_squares += mean * mean;
    s.diameter = std::max(s.diameter, sums.eccentricity[i]);
    s.diameter_upper_bound = std::min(s.diameter_upper_bound, 2 * sums.eccentricity[i]);
  }
  double count = static_cast<double>(sources.size());
  s.average_path_length = sum / count;
  if (!s.paths_sampled) {
    s.diameter_upper_bound = s.diameter;
    return;
  }
  // Empirical Bernstein (Maurer & Pontil 2009), two-sided: each mean lies in [1, D - 1 + 1].
  double variance = count > 1 ? std::max(0.0, (sum_squares - sum * sum / count) / (count - 1)) : 0;
  double range = std::max(0, s.diameter_upper_bound - 1);
  double log_term = std::log(4 / o.delta);
  s.average_path_length_error =
      std::sqrt(2 * variance * log_term / count) + 7 * range * log_term / (3 * std::max(1.0, count - 1));
}

}  // namespace

Structure structure(const graph::Digraph& g, const StructureOptions& options) {
  Structure s;
  int n = g.n;
  s.organisations = n;
  s.flows = g.flows;
  s.arcs = static_cast<long>(g.arcs());
  s.self_loops = g.self_loops;
  long mutual = 0;
  for (int v = 0; v < n; ++v)
    for (int w : g.out(v))
      if (g.has_arc(w, v)) ++mutual;
  s.edges = s.arcs - mutual / 2;
  s.density = n > 1 ? static_cast<double>(s.arcs) / (static_cast<double>(n) * (n - 1)) : 0;
  s.reciprocity = s.arcs > 0 ? static_cast<double>(mutual) / s.arcs : 0;
  Components weak = weak_components(g), strong = by_size(strong_components(g));
  s.weak_components = weak.count();
  s.strong_components = strong.count();
  s.largest_weak = n ? weak.sizes[0] : 0;
  s.largest_strong = n ? strong.sizes[0] : 0;
  s.largest_weak_share = n ? static_cast<double>(s.largest_weak) / n : 0;
  for (int v = 0; v < n; ++v)
    if (g.out_degree(v) == 0 && g.in_degree(v) == 0) ++s.isolates;
  s.weak_component = weak.of;
  s.strong_component = strong.of;
  CutPoints cuts = cut_points(g);
  s.articulation_points = std::move(cuts.articulation_points);
  s.bridges = std::move(cuts.bridges);
  s.core = core_numbers(g);
  for (int c : s.core) s.max_core = std::max(s.max_core, c);
  if (s.largest_weak > 1) path_measures(g, weak, options, s);
  return s;
}

}  // namespace stakemap::analysis
