#pragma once
// The flow graph of one layer as a compact CSR (compressed sparse row) structure, built
// once per run and shared by every analysis. Node i is map.organisations[i].
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "graph/layer.hpp"
#include "model/map.hpp"

namespace stakemap::graph {

/// Directed graph in CSR form, with both out- and in-adjacency. Parallel flows between
/// the same ordered pair are merged into one arc whose weight is the sum of theirs;
/// self-loops are left out (counted in `self_loops`). Targets are sorted per node.
struct Digraph {
  int n = 0;
  std::vector<std::int64_t> out_offset, in_offset;  ///< size n+1
  std::vector<int> out_target, in_source;
  std::vector<double> out_weight, in_weight;
  long self_loops = 0;
  long merged_parallel = 0;  ///< flows merged into an existing arc
  long flows = 0;            ///< flows of the layer (before merging, without self-loops)

  std::int64_t arcs() const { return static_cast<std::int64_t>(out_target.size()); }
  std::span<const int> out(int v) const {
    return {out_target.data() + out_offset[v], out_target.data() + out_offset[v + 1]};
  }
  std::span<const int> in(int v) const {
    return {in_source.data() + in_offset[v], in_source.data() + in_offset[v + 1]};
  }
  std::span<const double> out_w(int v) const {
    return {out_weight.data() + out_offset[v], out_weight.data() + out_offset[v + 1]};
  }
  std::span<const double> in_w(int v) const {
    return {in_weight.data() + in_offset[v], in_weight.data() + in_offset[v + 1]};
  }
  int out_degree(int v) const { return static_cast<int>(out_offset[v + 1] - out_offset[v]); }
  int in_degree(int v) const { return static_cast<int>(in_offset[v + 1] - in_offset[v]); }
  /// True when the arc u -> v exists (binary search).
  bool has_arc(int u, int v) const;

  /// Builds from an arc list (u, v, w); merges parallels, drops self-loops.
  static Digraph from_arcs(int n, std::vector<std::tuple<int, int, double>> arcs);
};

/// The default weight of a flow: its `weight` when given, else exchanges per month from its
/// frequency (continuous/daily 30, weekly 4, biweekly 2, monthly 1, quarterly 1/3,
/// biannual 1/6, annual 1/12), else by regularity (regular 1, sporadic 0.25), else 1.
double flow_weight(const model::Flow& f);

/// The graph of `layer` over all organisations of `map` (map must be indexed).
Digraph build(const model::Map& map, const Layer& layer);

/// The undirected simple view: each pair linked in either direction once, weight the
/// sum of both directions. Stored symmetric (out == in).
Digraph undirected(const Digraph& g);

}  // namespace stakemap::graph
