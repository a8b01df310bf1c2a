#include "analysis/keyplayers.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>

#include "analysis/keyplayer_reach.hpp"
#include "analysis/msbfs.hpp"
#include "core/errors.hpp"
#include "core/progress.hpp"
#include "graph/bfs.hpp"

namespace stakemap::analysis {

namespace {

double objective(const graph::Digraph& g, const std::vector<int>& set, const KeyPlayerOptions& o) {
  return o.mode == KeyPlayerMode::reach ? reach_objective(g, set, o.hops) : fragmentation(g, set);
}

/// The objective of a base set plus one more organisation, for many in turn: by ReachGains in
/// reach mode, else (and with incremental off) by evaluating each set from scratch.
class AddOne final {
 public:
  AddOne(const graph::Digraph& g, const KeyPlayerOptions& o) : g_(g), o_(o) {
    if (o.mode == KeyPlayerMode::reach && o.incremental) reach_.emplace(g, o.hops);
  }
  void rebase(std::vector<int> base) {
    base_ = std::move(base);
    if (reach_) reach_->rebase(base_);
  }
  /// A value that with(v) stays below (+inf when unknown): in reach mode, reached + 3/4, since
  /// the distance-weighted part is at most 1/2. Lets the search skip organisations that reach
  /// fewer than the best so far, whose value cannot win any comparison.
  double ceiling(int v) { return reach_ ? reach_->reached_with(v) + 0.75 : std::numeric_limits<double>::infinity(); }
  double with(int v) {
    if (reach_) return reach_->with(v);
    base_.push_back(v);
    double value = objective(g_, base_, o_);
    base_.pop_back();
    return value;
  }

 private:
  const graph::Digraph& g_;
  const KeyPlayerOptions& o_;
  std::vector<int> base_;
  std::optional<ReachGains> reach_;
};

}  // namespace

double reach_objective(const graph::Digraph& g, const std::vector<int>& set, int hops, int* reached,
                       double* distance_reach) {
  if (g.n == 0) return 0;
  graph::Bfs bfs(g);
  const auto& dist = bfs.run(set);
  std::vector<long> hist(g.n + 1, 0);
  int max_distance = 0;
  long others = 0;
  for (int d : dist) {
    if (d == 0) continue;  // a member
    ++others;
    if (d > 0) {
      ++hist[d];
      max_distance = std::max(max_distance, d);
    }
  }
  return reach_value(hist, max_distance, others, hops, reached, distance_reach);
}

double fragmentation(const graph::Digraph& g, const std::vector<int>& removed) {
  std::vector<char> blocked(g.n, 0);
  for (int r : removed) blocked[r] = 1;
  long m = g.n - static_cast<long>(std::count(blocked.begin(), blocked.end(), 1));
  if (m < 2) return 1;
  // The graph without the removed organisations' ties, searched from every remaining one by
  // bit-parallel BFS (up to 512 sources per pass).
  std::vector<std::int64_t> offset(g.n + 1, 0);
  std::vector<int> target;
  std::vector<int> sources;
  for (int v = 0; v < g.n; ++v) {
    if (!blocked[v]) {
      sources.push_back(v);
      for (int w : g.out(v))
        if (!blocked[w]) target.push_back(w);
    }
    offset[v + 1] = static_cast<std::int64_t>(target.size());
  }
  const auto sums = detail::distance_sums({g.n, offset, target}, sources, 0, "fragmentation");
  double sum = 0;
  for (double h : sums.harmonic) sum += h;
  return 1 - sum / (static_cast<double>(m) * (m - 1));
}

KeyPlayerResult key_players(const graph::Digraph& directed, const KeyPlayerOptions& o) {
  graph::Digraph g = graph::undirected(directed);
  auto is_candidate = [&](int v) { return o.candidate.empty() || o.candidate[v]; };
  std::vector<int> set = o.must;
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  int candidates = 0;
  for (int v = 0; v < g.n; ++v) candidates += is_candidate(v) && !std::binary_search(set.begin(), set.end(), v);
  if (o.k < 1) throw OptionError({option_field("k"), " must be at least 1"});
  if (o.hops < 1) throw OptionError({option_field("hops"), " must be at least 1"});
  if (static_cast<int>(set.size()) > o.k)
    throw OptionError({"more ", option_field("must"), " organisations (" + std::to_string(set.size()) + ") than ",
                       option_field("k"), " " + std::to_string(o.k)});
  if (static_cast<int>(set.size()) + candidates < o.k)
    throw OptionError({"only " + std::to_string(set.size() + candidates) + " organisations can be chosen, fewer than ",
                       option_field("k"), " " + std::to_string(o.k)});
  KeyPlayerResult res;
  res.baseline = objective(g, {}, o);
  std::vector<char> in_set(g.n, 0);
  for (int v : set) in_set[v] = 1;
  // Greedy start: add the candidate with the best objective, ties to the lower index.
  AddOne add(g, o);
  const std::size_t forced = set.size();
  Progress progress("key players", static_cast<std::size_t>(o.k) - forced, "members");
  while (static_cast<int>(set.size()) < o.k) {
    progress.update(set.size() - forced);
    int best = -1;
    double best_value = -std::numeric_limits<double>::infinity();
    add.rebase(set);
    for (int v = 0; v < g.n; ++v) {
      if (in_set[v] || !is_candidate(v) || add.ceiling(v) < best_value) continue;
      double value = add.with(v);
      if (value > best_value + 1e-12) {
        best_value = value;
        best = v;
      }
    }
    set.push_back(best);
    in_set[best] = 1;
  }
  res.objective_greedy = objective(g, set, o);
  // Swap pass: replace a (non-must) member by a non-member while that improves the objective.
  double current = res.objective_greedy;
  std::vector<char> fixed(g.n, 0);
  for (int v : o.must) fixed[v] = 1;
  for (int round = 0; round < o.max_swap_rounds; ++round) {
    bool improved = false;
    for (std::size_t i = 0; i < set.size(); ++i) {
      if (fixed[set[i]]) continue;
      std::vector<int> others = set;  // the set without position i, whoever fills it
      others.erase(others.begin() + static_cast<long>(i));
      add.rebase(std::move(others));
      for (int v = 0; v < g.n; ++v) {
        if (in_set[v] || !is_candidate(v) || add.ceiling(v) < current) continue;
        double value = add.with(v);
        if (value > current + 1e-12) {
          current = value;
          in_set[set[i]] = 0;
          in_set[v] = 1;
          set[i] = v;
          ++res.swaps;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  res.objective = current;
  // Rank members by marginal gain, adding them in order of gain.
  auto plain_value = [&](const std::vector<int>& s) {
    if (o.mode == KeyPlayerMode::fragment) return fragmentation(g, s);
    int reached = 0;
    reach_objective(g, s, o.hops, &reached);
    return static_cast<double>(reached);
  };
  std::vector<int> ordered, rest = set;
  double value = plain_value({});
  while (!rest.empty()) {
    std::size_t best = 0;
    double best_objective = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < rest.size(); ++i) {
      ordered.push_back(rest[i]);
      double v = objective(g, ordered, o);
      ordered.pop_back();
      if (v > best_objective + 1e-12) {
        best_objective = v;
        best = i;
      }
    }
    ordered.push_back(rest[best]);
    double now = plain_value(ordered);
    res.members.push_back({rest[best], now - value});
    value = now;
    rest.erase(rest.begin() + static_cast<long>(best));
  }
  // Never recommend a member that adds nothing: stop at the last positive gain.
  res.requested = o.k;
  std::erase_if(res.members, [&](const KeyPlayer& m) { return m.gain <= 1e-12 && !fixed[m.org]; });
  res.dropped = static_cast<int>(set.size() - res.members.size());
  if (res.dropped > 0) {
    set.clear();
    for (const auto& m : res.members) set.push_back(m.org);
    res.objective = objective(g, set, o);
  }
  reach_objective(g, set, o.hops, &res.reached, &res.distance_reach);
  if (o.mode == KeyPlayerMode::fragment || o.fragmentation) res.fragmentation = fragmentation(g, set);
  return res;
}

}  // namespace stakemap::analysis
