#include "analysis/recommend_candidates.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <map>
#include <string>

#include "core/progress.hpp"

namespace stakemap::analysis {

namespace {

/// The codes of one facet of every organisation as bit sets over the codes the map uses
/// (`other` left out), so that shared and total counts are popcounts.
class FacetBits {
 public:
  FacetBits(const model::Map& map, std::vector<std::string> model::Organisation::*field) {
    std::map<std::string, int> ids;
    for (const auto& o : map.organisations)
      for (const auto& c : o.*field)
        if (c != "other") ids.emplace(c, 0);
    int next = 0;
    for (auto& [code, id] : ids) id = next++;
    words_ = std::max<std::size_t>(1, (ids.size() + 63) / 64);
    bits_.assign(map.organisations.size() * words_, 0);
    for (std::size_t i = 0; i < map.organisations.size(); ++i)
      for (const auto& c : map.organisations[i].*field)
        if (c != "other") {
          int id = ids[c];
          bits_[i * words_ + static_cast<std::size_t>(id) / 64] |= std::uint64_t{1} << (id % 64);
        }
  }
  int size(int a) const { return count(a, a); }
  /// Codes that `a` and `b` share.
  int count(int a, int b) const {
    int c = 0;
    for (std::size_t w = 0; w < words_; ++w) c += std::popcount(word(a, w) & word(b, w));
    return c;
  }
  /// Code ids of `a` (ascending).
  std::vector<int> codes(int a) const {
    std::vector<int> out;
    for (std::size_t w = 0; w < words_; ++w)
      for (std::uint64_t x = word(a, w); x; x &= x - 1) out.push_back(static_cast<int>(w * 64) + std::countr_zero(x));
    return out;
  }

 private:
  std::uint64_t word(int a, std::size_t w) const { return bits_[static_cast<std::size_t>(a) * words_ + w]; }
  std::size_t words_ = 1;
  std::vector<std::uint64_t> bits_;
};

/// The best pairs offered so far, at most `capacity`, the worst on top of a heap.
class TopPairs {
 public:
  explicit TopPairs(std::size_t capacity = 0) : capacity_(capacity) {}
  void offer(const ScoredPair& p) {
    if (heap_.size() < capacity_) {
      heap_.push_back(p);
      std::push_heap(heap_.begin(), heap_.end(), ranks_before);
    } else if (!heap_.empty() && ranks_before(p, heap_.front())) {
      std::pop_heap(heap_.begin(), heap_.end(), ranks_before);
      heap_.back() = p;
      std::push_heap(heap_.begin(), heap_.end(), ranks_before);
    }
  }
  const std::vector<ScoredPair>& pairs() const { return heap_; }

 private:
  std::size_t capacity_;
  std::vector<ScoredPair> heap_;
};

}  // namespace

double jaccard(std::ptrdiff_t shared, std::ptrdiff_t a, std::ptrdiff_t b) {
  std::ptrdiff_t uni = a + b - shared;
  return uni == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(uni);
}

bool ranks_before(const ScoredPair& x, const ScoredPair& y) {
  if (x.score != y.score) return x.score > y.score;
  return x.a != y.a ? x.a < y.a : x.b < y.b;
}

CandidatePairs candidate_pairs(const model::Map& map, const model::TerritoryGraph& tg, const CandidateRules& rules) {
  const int n = static_cast<int>(map.organisations.size());
  const int territories = static_cast<int>(map.territories.size());
  const FacetBits domains(map, &model::Organisation::domains), publics(map, &model::Organisation::publics),
      services(map, &model::Organisation::services);
  // Leaf sets, each distinct set stored once (organisations of one level often share theirs).
  std::map<std::vector<int>, int> set_ids;
  std::vector<const std::vector<int>*> sets;
  std::vector<int> leaf_set(n);
  for (int i = 0; i < n; ++i) {
    auto [it, fresh] = set_ids.emplace(tg.leaves_of(map.organisations[i]), static_cast<int>(sets.size()));
    if (fresh) sets.push_back(&it->first);
    leaf_set[i] = it->second;
  }
  // Inverted index: the eligible organisations named under (territory, domain).
  std::map<std::pair<int, int>, std::vector<int>> index;
  for (int i = 0; i < n; ++i) {
    if (!rules.eligible[i]) continue;
    const auto codes = domains.codes(i);
    for (const auto& id : map.organisations[i].territories) {
      int t = map.territory_index(id);
      if (t >= 0)
        for (int d : codes) index[{t, d}].push_back(i);
    }
  }
  // Flows of any status, either direction.
  std::vector<std::vector<int>> linked(n);
  for (const auto& f : map.flows) {
    int a = map.org_index(f.from), b = map.org_index(f.to);
    if (a >= 0 && b >= 0 && a != b) {
      linked[a].push_back(b);
      linked[b].push_back(a);
    }
  }
  const double wsum = rules.weight_territory + rules.weight_domain + rules.weight_public + rules.weight_service;
  CandidatePairs out;
  TopPairs best(rules.limit);
  std::vector<TopPairs> best_of(rules.limit ? 0 : static_cast<std::size_t>(n), TopPairs(rules.per_organisation));
  std::vector<int> seen(n, -1), leaf_mark(static_cast<std::size_t>(territories), -1),
      above_mark(static_cast<std::size_t>(territories), -1), shared_leaves(sets.size(), -1), touched_sets;
  std::vector<int> above;
  Progress progress("recommended links", static_cast<std::size_t>(n), "organisations");
  for (int a = 0; a < n; ++a) {
    progress.update(static_cast<std::size_t>(a));
    if (!rules.eligible[a] || domains.size(a) == 0 || publics.size(a) == 0) continue;
    for (int b : linked[a]) seen[b] = a;
    const auto& leaves = *sets[leaf_set[a]];
    above.clear();
    for (int l : leaves) {
      leaf_mark[l] = a;
      for (int t : tg.ancestors(l))
        if (above_mark[t] != a) {
          above_mark[t] = a;
          above.push_back(t);
        }
    }
    for (int s : touched_sets) shared_leaves[s] = -1;
    touched_sets.clear();
    const auto a_domains = domains.codes(a);
    for (int t : above)
      for (int d : a_domains) {
        auto it = index.find({t, d});
        if (it == index.end()) continue;
        for (int b : it->second) {
          if (b <= a || seen[b] == a) continue;
          seen[b] = a;
          const int shared_publics = publics.count(a, b);
          if (shared_publics == 0) continue;
          int& shared = shared_leaves[leaf_set[b]];
          if (shared < 0) {
            shared = 0;
            for (int l : *sets[leaf_set[b]]) shared += leaf_mark[l] == a;
            touched_sets.push_back(leaf_set[b]);
          }
          const double score =
              (rules.weight_territory *
                   jaccard(shared, static_cast<int>(leaves.size()), static_cast<int>(sets[leaf_set[b]]->size())) +
               rules.weight_domain * jaccard(domains.count(a, b), domains.size(a), domains.size(b)) +
               rules.weight_public * jaccard(shared_publics, publics.size(a), publics.size(b)) +
               rules.weight_service * jaccard(services.count(a, b), services.size(a), services.size(b))) /
              wsum;
          if (score < rules.min_score) continue;
          ++out.qualified;
          const ScoredPair p{a, b, score};
          if (rules.limit) {
            best.offer(p);
          } else {
            best_of[a].offer(p);
            best_of[b].offer(p);
          }
        }
      }
  }
  out.kept = best.pairs();
  for (const auto& top : best_of) out.kept.insert(out.kept.end(), top.pairs().begin(), top.pairs().end());
  std::sort(out.kept.begin(), out.kept.end(), ranks_before);
  out.kept.erase(std::unique(out.kept.begin(), out.kept.end(),
                             [](const ScoredPair& x, const ScoredPair& y) { return x.a == y.a && x.b == y.b; }),
                 out.kept.end());
  if (!rules.limit) out.cut = out.qualified - static_cast<long long>(out.kept.size());
  return out;
}

}  // namespace stakemap::analysis
