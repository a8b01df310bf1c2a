#include "analysis/centrality.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/betweenness.hpp"
#include "analysis/closeness.hpp"
#include "analysis/kept_betweenness.hpp"
#include "analysis/spectral.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

namespace stakemap::analysis {

namespace {

const std::vector<std::string>& centrality_names() {
  static const std::vector<std::string> names{"in_degree",   "out_degree",    "degree",   "betweenness",
                                              "closeness",   "out_closeness", "harmonic", "pagerank",
                                              "eigenvector", "hub",           "authority"};
  return names;
}

void degrees(const graph::Digraph& g, bool weighted, Centrality& c) {
  c.in_degree.assign(g.n, 0.0);
  c.out_degree.assign(g.n, 0.0);
  c.degree.assign(g.n, 0.0);
  for (int v = 0; v < g.n; ++v) {
    for (auto e = g.out_offset[v]; e < g.out_offset[v + 1]; ++e) {
      double w = weighted ? g.out_weight[e] : 1.0;
      c.out_degree[v] += w;
      c.in_degree[g.out_target[e]] += w;
    }
  }
  for (int v = 0; v < g.n; ++v) c.degree[v] = c.in_degree[v] + c.out_degree[v];
}

void betweenness(const graph::Digraph& g, const CentralityOptions& o, Centrality& c) {
  auto& info = c.betweenness_info;
  double size = static_cast<double>(g.n) * static_cast<double>(g.arcs());
  bool automatic = o.sample == 0 && o.auto_sample_above > 0 && size > o.auto_sample_above;
  if (o.sample < 0) throw UsageError("the betweenness sample must be a positive number of paths");
  if (o.sample == 0 && !automatic) {
    c.betweenness = kept_betweenness(g, o.weighted, o.threads, o.kept);
    return;
  }
  info.sampled = true;
  info.automatic = automatic;
  info.delta = o.delta;
  info.vertex_diameter = vertex_diameter_bound(g);
  info.samples = automatic ? betweenness_sample_size(o.epsilon, o.delta, info.vertex_diameter) : o.sample;
  // Riondato–Kornaropoulos: epsilon for `samples` pairs, rescaled to networkx's normalisation.
  double vd = std::max(info.vertex_diameter - 2, 1);
  double eps =
      std::sqrt(0.5 / static_cast<double>(info.samples) * (std::floor(std::log2(vd)) + 1 + std::log(1 / o.delta)));
  info.epsilon = g.n > 2 ? eps * g.n / (g.n - 2.0) : 0;
  c.betweenness = betweenness_sampled(g, o.weighted, info.samples, o.seed, o.threads);
}

void closeness_measures(const graph::Digraph& g, const CentralityOptions& o, bool in, bool out, Centrality& c) {
  auto& info = c.closeness_info;
  double size = static_cast<double>(g.n) * static_cast<double>(g.arcs());
  bool automatic = o.closeness_sample == 0 && o.auto_sample_above > 0 && size > o.auto_sample_above;
  if (o.closeness_sample < 0) throw UsageError("the closeness sample must be a positive number of sources");
  info.sampled = automatic || o.closeness_sample > 0;
  if (info.sampled) {
    info.automatic = automatic;
    info.delta = o.delta;
    info.sources =
        automatic ? closeness_sample_size(g.n, o.closeness_epsilon, o.delta) : std::min<long>(o.closeness_sample, g.n);
    info.epsilon = closeness_sample_error(g.n, info.sources, o.delta);
  }
  auto run = [&](bool incoming) {
    return info.sampled ? closeness_sampled(g, incoming, o.weighted, info.sources, o.seed, o.threads)
                        : closeness(g, incoming, o.weighted, o.threads);
  };
  if (in) {
    auto r = run(true);
    c.closeness = std::move(r.closeness);
    c.harmonic = std::move(r.harmonic);
  }
  if (out) c.out_closeness = run(false).closeness;
}

// The column of centrality `name` in `c` (Centrality or const Centrality), or nullptr.
template <typename C>
auto column(C& c, const std::string& name) -> decltype(&c.betweenness) {
  const std::pair<const char*, decltype(&c.betweenness)> columns[] = {
      {"in_degree", &c.in_degree},     {"out_degree", &c.out_degree},
      {"degree", &c.degree},           {"betweenness", &c.betweenness},
      {"closeness", &c.closeness},     {"out_closeness", &c.out_closeness},
      {"harmonic", &c.harmonic},       {"pagerank", &c.pagerank},
      {"eigenvector", &c.eigenvector}, {"hub", &c.hub},
      {"authority", &c.authority}};
  for (const auto& [name_of_column, v] : columns)
    if (name == name_of_column) return v;
  return nullptr;
}
}  // namespace

std::vector<double>* Centrality::values(const std::string& name) { return column(*this, name); }
const std::vector<double>* Centrality::values(const std::string& name) const { return column(*this, name); }

Centrality centrality(const graph::Digraph& g, const CentralityOptions& o) {
  const auto& names = centrality_names();
  for (const auto& m : o.only)
    if (std::find(names.begin(), names.end(), m) == names.end())
      throw UsageError("unknown centrality '" + m + "' (allowed: " + text::join(names, ", ") + ")");
  auto want = [&](const char* name) {
    return o.only.empty() || std::find(o.only.begin(), o.only.end(), name) != o.only.end();
  };
  Centrality c;
  if (want("in_degree") || want("out_degree") || want("degree")) degrees(g, o.weighted, c);
  if (want("betweenness")) betweenness(g, o, c);
  bool in = want("closeness") || want("harmonic"), out = want("out_closeness");
  if (in || out) closeness_measures(g, o, in, out, c);
  if (want("pagerank")) {
    auto pr = pagerank(g, o.weighted);
    c.pagerank = std::move(pr.values);
    c.pagerank_iterations = pr.iterations;
  }
  if (want("eigenvector")) {
    auto ev = eigenvector(g, o.weighted);
    c.eigenvector = std::move(ev.values);
    c.eigenvector_iterations = ev.iterations;
    c.eigenvector_converged = ev.converged;
  }
  if (want("hub") || want("authority")) {
    auto h = hits(g, o.weighted);
    c.hub = std::move(h.hub);
    c.authority = std::move(h.authority);
    c.hits_iterations = h.iterations;
    c.hits_converged = h.converged;
  }
  return c;
}

}  // namespace stakemap::analysis
