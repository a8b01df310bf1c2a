#include "analysis/recommend_candidates.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <map>
#include <string>

#include "core/progress.hpp"

namespace stakemap::analysis {

namespace {

/// Added to an upper bound of a score before comparing it: the bound and the score are
/// computed by different expressions, which may round differently by a few ulps.
constexpr double kBoundMargin = 1e-9;

/// The codes of one facet of every organisation as bit sets over the codes the map uses
/// (`other` left out), so that shared counts are popcounts; each organisation's count is kept.
class FacetBits {
 public:
  FacetBits(const model::Map& map, std::vector<std::string> model::Organisation::*field) {
    std::map<std::string, int> ids;
    for (const auto& o : map.organisations)
      for (const auto& c : o.*field)
        if (c != "other") ids.emplace(c, 0);
    int next = 0;
    for (auto& [code, id] : ids) id = next++;
    codes_used_ = next;
    words_ = std::max<std::size_t>(1, (ids.size() + 63) / 64);
    bits_.assign(map.organisations.size() * words_, 0);
    for (std::size_t i = 0; i < map.organisations.size(); ++i)
      for (const auto& c : map.organisations[i].*field)
        if (c != "other") {
          int id = ids[c];
          bits_[i * words_ + static_cast<std::size_t>(id) / 64] |= std::uint64_t{1} << (id % 64);
        }
    sizes_.resize(map.organisations.size());
    for (std::size_t i = 0; i < sizes_.size(); ++i) sizes_[i] = count(static_cast<int>(i), static_cast<int>(i));
    largest_ = sizes_.empty() ? 0 : *std::max_element(sizes_.begin(), sizes_.end());
  }
  int size(int a) const { return sizes_[static_cast<std::size_t>(a)]; }
  /// The largest size().
  int largest() const { return largest_; }
  /// How many codes the map uses (code ids are 0 .. codes_used() - 1).
  int codes_used() const { return codes_used_; }
  /// Codes that `a` and `b` share.
  int count(int a, int b) const {
    int c = 0;
    for (std::size_t w = 0; w < words_; ++w) c += std::popcount(word(a, w) & word(b, w));
    return c;
  }
  /// Whether `a` and `b` share a code.
  bool share(int a, int b) const {
    for (std::size_t w = 0; w < words_; ++w)
      if (word(a, w) & word(b, w)) return true;
    return false;
  }
  /// Code ids of `a` (ascending).
  std::vector<int> codes(int a) const {
    std::vector<int> out;
    for (std::size_t w = 0; w < words_; ++w)
      for (std::uint64_t x = word(a, w); x; x &= x - 1) out.push_back(static_cast<int>(w * 64) + std::countr_zero(x));
    return out;
  }
  /// For each size s of another organisation's set, the largest Jaccard `a` can have with it
  /// (the smaller set wholly shared): index 0 .. largest().
  void best_jaccards(int a, std::vector<double>& out) const {
    out.resize(static_cast<std::size_t>(largest_) + 1);
    for (int s = 0; s <= largest_; ++s) out[static_cast<std::size_t>(s)] = jaccard(std::min(size(a), s), size(a), s);
  }

 private:
  std::uint64_t word(int a, std::size_t w) const { return bits_[static_cast<std::size_t>(a) * words_ + w]; }
  std::size_t words_ = 1;
  std::vector<std::uint64_t> bits_;
  std::vector<int> sizes_;
  int largest_ = 0;
  int codes_used_ = 0;
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
  /// Whether a pair scoring at most `bound` could still be kept (ties rank by index, so a
  /// bound equal to the worst kept score may). `bound` carries a margin for rounding.
  bool may_take(double bound) const {
    return heap_.size() < capacity_ || (!heap_.empty() && bound + kBoundMargin >= heap_.front().score);
  }

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
  // The leaf sets that hold each leaf, and the inverted index: the eligible organisations of
  // each (leaf set, domain), ascending. Two organisations share a leaf exactly when one's set
  // holds a leaf of the other's.
  const int domain_codes = domains.codes_used();
  std::vector<std::vector<int>> sets_of_leaf(static_cast<std::size_t>(territories));
  for (std::size_t set = 0; set < sets.size(); ++set)
    for (int l : *sets[set]) sets_of_leaf[static_cast<std::size_t>(l)].push_back(static_cast<int>(set));
  std::vector<std::vector<int>> index(sets.size() * static_cast<std::size_t>(domain_codes));
  std::vector<std::vector<int>> members(sets.size());  // organisations that may have partners, by leaf set
  for (int i = 0; i < n; ++i) {
    if (!rules.eligible[i]) continue;
    for (int d : domains.codes(i))
      index[static_cast<std::size_t>(leaf_set[i]) * static_cast<std::size_t>(domain_codes) +
            static_cast<std::size_t>(d)]
          .push_back(i);
    if (domains.size(i) > 0 && publics.size(i) > 0) members[static_cast<std::size_t>(leaf_set[i])].push_back(i);
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
  std::vector<int> seen(n, -1), leaf_mark(static_cast<std::size_t>(territories), -1), set_mark(sets.size(), -1);
  std::vector<std::pair<double, int>> near;  // (territory Jaccard, leaf set) of the sets sharing a leaf
  std::vector<double> best_domain, best_public, best_service;
  // A pair is scored only when it could be kept: an upper bound of its score from the sizes
  // of the sets (each facet's Jaccard at most min/max) is compared with the worst pair kept
  // on either side first. With a limit, whole leaf sets are passed over that way (their
  // pairs are then not counted); with limit 0 every qualifying pair is counted, and under a
  // minimum score the pairs that cannot be kept are still scored to be counted.
  auto may_keep = [&](int a, int b, double bound) {
    if (rules.limit) return best.may_take(bound);
    return best_of[static_cast<std::size_t>(a)].may_take(bound) || best_of[static_cast<std::size_t>(b)].may_take(bound);
  };
  Progress progress("recommended links", static_cast<std::size_t>(n), "organisations");
  std::size_t done = 0;
  for (int a_set = 0; a_set < static_cast<int>(sets.size()); ++a_set) {
    if (members[static_cast<std::size_t>(a_set)].empty()) continue;
    const auto& leaves = *sets[static_cast<std::size_t>(a_set)];
    near.clear();
    for (int l : leaves) leaf_mark[static_cast<std::size_t>(l)] = a_set;
    for (int l : leaves)
      for (int set : sets_of_leaf[static_cast<std::size_t>(l)])
        if (set_mark[static_cast<std::size_t>(set)] != a_set) {
          set_mark[static_cast<std::size_t>(set)] = a_set;
          int shared = 0;
          for (int m : *sets[static_cast<std::size_t>(set)]) shared += leaf_mark[static_cast<std::size_t>(m)] == a_set;
          near.emplace_back(jaccard(shared, std::ssize(leaves), std::ssize(*sets[static_cast<std::size_t>(set)])), set);
        }
    // Closest sets first: with a limit, the best pairs are found early and the sets whose
    // territory alone cannot reach the worst kept pair end the search.
    std::sort(near.begin(), near.end(), [](const auto& x, const auto& y) {
      return x.first > y.first || (x.first == y.first && x.second < y.second);
    });
    for (int a : members[static_cast<std::size_t>(a_set)]) {
      progress.update(done++);
      for (int b : linked[a]) seen[b] = a;
      domains.best_jaccards(a, best_domain);
      publics.best_jaccards(a, best_public);
      services.best_jaccards(a, best_service);
      const auto a_domains = domains.codes(a);
      for (const auto& [territory, set] : near) {
        if (rules.limit && !best.may_take((rules.weight_territory * territory + rules.weight_domain +
                                           rules.weight_public + rules.weight_service) /
                                          wsum))
          break;
        for (int d : a_domains) {
          const auto& listed = index[static_cast<std::size_t>(set) * static_cast<std::size_t>(domain_codes) +
                                     static_cast<std::size_t>(d)];
          for (auto it = std::upper_bound(listed.begin(), listed.end(), a); it != listed.end(); ++it) {
            const int b = *it;
            if (seen[b] == a) continue;
            seen[b] = a;
            if (!publics.share(a, b)) continue;
            const double bound =
                (rules.weight_territory * territory + rules.weight_domain * best_domain[domains.size(b)] +
                 rules.weight_public * best_public[publics.size(b)] +
                 rules.weight_service * best_service[services.size(b)]) /
                wsum;
            if (bound + kBoundMargin < rules.min_score) continue;
            if (!may_keep(a, b, bound)) {
              if (!rules.limit && rules.min_score <= 0) ++out.qualified;  // every score is at least 0
              if (rules.limit || rules.min_score <= 0) continue;
            }
            const double score =
                (rules.weight_territory * territory +
                 rules.weight_domain * jaccard(domains.count(a, b), domains.size(a), domains.size(b)) +
                 rules.weight_public * jaccard(publics.count(a, b), publics.size(a), publics.size(b)) +
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
