#include "analysis/communities.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <utility>

#include "analysis/community_moves.hpp"
#include "core/progress.hpp"

namespace stakemap::analysis {

namespace {

using detail::Level;

double modularity_of(const Level& l, const std::vector<int>& membership, double resolution);

// One run: iterations of (fast local moving, refinement, aggregation) over levels, each
// starting from the previous partition, while an iteration raises modularity by more than
// the threshold (at most `iterations`). Returns the community of each node of `base` and
// the partition's modularity.
std::pair<std::vector<int>, double> optimise(const Level& base, const LouvainOptions& o, int iterations,
                                             detail::Random& rng, Progress& progress) {
  std::vector<int> partition(base.n);
  std::iota(partition.begin(), partition.end(), 0);
  double q = modularity_of(base, partition, o.resolution), partition_q = q;
  detail::Scratch scratch;
  std::array<Level, 2> levels;  // aggregates, alternately written: buffers reused across levels
  for (int iteration = 0; iteration < iterations; ++iteration) {
    const Level* current = &base;
    std::vector<int> community = partition, node_of(base.n);  // node_of: base node -> current node
    std::iota(node_of.begin(), node_of.end(), 0);
    bool moved = false;
    while (true) {
      moved = detail::fast_local_move(*current, o.resolution, rng, community, scratch) || moved;
      int k = detail::compact(community);
      if (k == current->n) break;  // every community is one node: this iteration is done
      std::vector<int> refined = detail::refine(*current, o.resolution, rng, community, scratch);
      int parts = detail::compact(refined);
      if (parts == current->n) {  // refinement merged nothing: aggregate the communities
        refined = community;
        parts = k;
      }
      std::vector<int> next(parts);  // each refined part starts in its community
      for (int v = 0; v < current->n; ++v) next[refined[v]] = community[v];
      for (int& x : node_of) x = refined[x];
      Level& next_level = current == levels.data() ? levels[1] : levels[0];
      detail::aggregate(*current, refined, parts, next_level, scratch);
      current = &next_level;
      community = std::move(next);
    }
    std::vector<int> next(base.n);
    for (int b = 0; b < base.n; ++b) next[b] = community[node_of[b]];
    progress.update(static_cast<std::size_t>(iteration) + 1);
    double qn = modularity_of(base, next, o.resolution);
    if (qn > q) {
      partition = std::move(next);
      partition_q = qn;
    }
    if (!moved || qn - q <= o.threshold) break;
    q = qn;
  }
  return {std::move(partition), partition_q};
}

double modularity_of(const Level& l, const std::vector<int>& membership, double resolution) {
  if (l.total == 0) return 0;
  int k = 0;
  for (int c : membership) k = std::max(k, c + 1);
  std::vector<double> inside(k, 0.0), degree(k, 0.0);
  for (int v = 0; v < l.n; ++v) {
    degree[membership[v]] += l.strength[v];
    for (auto e = l.offset[v]; e < l.offset[v + 1]; ++e)
      inside[membership[v]] += membership[l.target[e]] == membership[v] ? l.weight[e] : 0.0;
  }
  double q = 0;
  for (int c = 0; c < k; ++c) q += inside[c] / l.total - resolution * (degree[c] / l.total) * (degree[c] / l.total);
  return q;
}

}  // namespace

double modularity(const graph::Digraph& g, const std::vector<int>& membership, bool weighted, double resolution) {
  return modularity_of(detail::level_from(g, weighted), membership, resolution);
}

Communities louvain(const graph::Digraph& g, const LouvainOptions& o) {
  Level base = detail::level_from(g, o.weighted);
  std::vector<int> membership(g.n);
  std::iota(membership.begin(), membership.end(), 0);
  Progress progress("communities", 0);
  bool small = base.n + static_cast<long>(base.target.size()) / 2 < 20000;
  int restarts = o.restarts > 0 ? o.restarts : (small ? 10 : 1);
  int iterations = o.iterations > 0 ? o.iterations : (small ? 20 : 3);
  double best = 0;
  for (int run = 0; run < restarts && base.total > 0; ++run) {
    detail::Random rng = detail::random_for(o.seed, static_cast<std::uint64_t>(run));
    auto [candidate, q] = optimise(base, o, iterations, rng, progress);
    if (run == 0 || q > best + o.threshold) {
      best = q;
      membership = std::move(candidate);
    }
  }
  // Number by decreasing size, ties by smallest member.
  int k = detail::compact(membership);
  std::vector<int> size(k, 0), order(k);
  for (int c : membership) ++size[c];
  std::iota(order.begin(), order.end(), 0);  // compact() numbered by first member already
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return size[a] > size[b]; });
  std::vector<int> rank(k);
  for (int i = 0; i < k; ++i) rank[order[i]] = i;
  Communities result;
  result.membership.resize(g.n);
  for (int v = 0; v < g.n; ++v) result.membership[v] = rank[membership[v]];
  result.count = k;
  result.modularity = modularity_of(base, result.membership, o.resolution);
  return result;
}

}  // namespace stakemap::analysis
