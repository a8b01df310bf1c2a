// The candidate pairs of recommended links against every pair scored the plain way, on random
// maps: the exact best `limit`, the per-organisation bound and its count of cut pairs.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "analysis/gaps_fixture.hpp"
#include "analysis/recommend_candidates.hpp"
#include "analysis/recommended_links.hpp"

using namespace stakemap;

namespace {

/// A country, `regions` regions, 3 leaves under each; organisations at any of them with
/// random domains, publics and services, and random flows.
model::Map random_map(unsigned seed, int orgs, int regions) {
  std::mt19937 rng(seed);
  model::Map m;
  auto territory = [&](const std::string& id, const std::string& kind, std::vector<std::string> parents) {
    model::Territory t;
    t.id = id;
    t.name = id;
    t.kind = kind;
    t.parents = std::move(parents);
    m.territories.push_back(t);
  };
  territory("be", "country", {});
  for (int r = 0; r < regions; ++r) {
    territory("r" + std::to_string(r), "region", {"be"});
    for (int l = 0; l < 3; ++l)
      territory("l" + std::to_string(r) + std::to_string(l), "municipality", {"r" + std::to_string(r)});
  }
  const std::vector<std::string> domains{"medical", "legal", "social", "other"},
      publics{"refugees", "children", "other"}, services{"housing", "health", "legal"};
  auto some = [&](const std::vector<std::string>& codes) {
    std::vector<std::string> out;
    for (const auto& c : codes)
      if (rng() % 2) out.push_back(c);
    return out;
  };
  for (int i = 0; i < orgs; ++i) {
    model::Organisation o;
    o.id = "o" + std::to_string(i);
    o.name = o.id;
    for (int k = 0; k < 1 + static_cast<int>(rng() % 2); ++k)
      o.territories.push_back(m.territories[rng() % m.territories.size()].id);
    o.domains = some(domains);
    o.publics = some(publics);
    o.services = some(services);
    m.organisations.push_back(o);
  }
  for (int f = 0; f < orgs; ++f) {
    model::Flow fl;
    fl.from = "o" + std::to_string(rng() % orgs);
    fl.to = "o" + std::to_string(rng() % orgs);
    m.flows.push_back(fl);
  }
  m.reindex();
  return m;
}

/// Every qualifying pair, scored from scratch with the plain set operations, ranked.
std::vector<analysis::ScoredPair> all_pairs(const model::Map& m) {
  model::TerritoryGraph tg(m);
  auto codes = [](std::vector<std::string> c) {
    std::erase(c, std::string("other"));
    std::sort(c.begin(), c.end());
    c.erase(std::unique(c.begin(), c.end()), c.end());
    return c;
  };
  auto shared = [](const auto& a, const auto& b) {
    std::ptrdiff_t s = 0;
    for (const auto& x : a) s += std::count(b.begin(), b.end(), x);
    return s;
  };
  std::vector<analysis::ScoredPair> out;
  const int n = static_cast<int>(m.organisations.size());
  for (int a = 0; a < n; ++a)
    for (int b = a + 1; b < n; ++b) {
      bool linked = false;
      for (const auto& f : m.flows)
        linked |= (f.from == m.organisations[a].id && f.to == m.organisations[b].id) ||
                  (f.to == m.organisations[a].id && f.from == m.organisations[b].id);
      const auto &oa = m.organisations[a], &ob = m.organisations[b];
      auto la = tg.leaves_of(oa), lb = tg.leaves_of(ob);
      auto da = codes(oa.domains), db = codes(ob.domains), pa = codes(oa.publics), pb = codes(ob.publics);
      auto sa = codes(oa.services), sb = codes(ob.services);
      if (linked || !shared(la, lb) || !shared(da, db) || !shared(pa, pb)) continue;
      double score = (analysis::jaccard(shared(la, lb), std::ssize(la), std::ssize(lb)) +
                      analysis::jaccard(shared(da, db), std::ssize(da), std::ssize(db)) +
                      analysis::jaccard(shared(pa, pb), std::ssize(pa), std::ssize(pb)) +
                      analysis::jaccard(shared(sa, sb), std::ssize(sa), std::ssize(sb))) /
                     4;
      out.push_back({a, b, score});
    }
  std::sort(out.begin(), out.end(), analysis::ranks_before);
  return out;
}

bool same_pairs(const std::vector<analysis::ScoredPair>& x, const std::vector<analysis::ScoredPair>& y) {
  return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const auto& p, const auto& q) {
    return p.a == q.a && p.b == q.b && p.score == doctest::Approx(q.score).epsilon(1e-12);
  });
}

/// The pairs among the best `k` of either side, in ranking order.
std::vector<analysis::ScoredPair> best_per_organisation(const std::vector<analysis::ScoredPair>& ranked, int n,
                                                        std::size_t k) {
  std::vector<std::size_t> taken(n, 0);
  std::vector<analysis::ScoredPair> out;
  for (const auto& p : ranked) {
    bool keep = taken[p.a] < k || taken[p.b] < k;
    ++taken[p.a];
    ++taken[p.b];
    if (keep) out.push_back(p);
  }
  return out;
}

}  // namespace

TEST_CASE("recommended link candidates: the same pairs as scoring every pair") {
  for (unsigned seed = 1; seed <= 12; ++seed) {
    const auto m = random_map(seed, 40 + static_cast<int>(seed) * 5, 1 + static_cast<int>(seed % 4));
    model::TerritoryGraph tg(m);
    const auto want = all_pairs(m);
    INFO("seed " << seed << ", " << want.size() << " qualifying pairs");
    analysis::CandidateRules rules;
    rules.eligible.assign(m.organisations.size(), 1);
    rules.per_organisation = m.organisations.size();  // no organisation has more partners
    auto all = analysis::candidate_pairs(m, tg, rules);
    CHECK(all.qualified == std::ssize(want));
    CHECK(all.cut == 0);
    CHECK(same_pairs(all.kept, want));
    for (std::size_t limit : {1, 7, 30}) {  // the exact best `limit`, whatever the bound
      rules.limit = limit;
      rules.per_organisation = 2;
      auto top = analysis::candidate_pairs(m, tg, rules);
      CHECK(same_pairs(top.kept, std::vector(want.begin(), want.begin() + std::min(limit, want.size()))));
      CHECK(top.cut == 0);
    }
    rules.limit = 0;
    for (std::size_t k : {1, 3, 8}) {  // the bound: the best k of either side, the rest counted
      rules.per_organisation = k;
      auto bounded = analysis::candidate_pairs(m, tg, rules);
      const auto kept = best_per_organisation(want, static_cast<int>(m.organisations.size()), k);
      CHECK(same_pairs(bounded.kept, kept));
      CHECK(bounded.cut == std::ssize(want) - std::ssize(kept));
    }
  }
}

TEST_CASE("recommended link candidates: a minimum score, with pairs passed over by their bound") {
  // Pairs that cannot enter the kept list are not scored; with limit 0 they are still counted
  // (and scored, under a minimum score, to know whether they qualify): both modes give the
  // pairs of scoring every pair, and limit 0 its counts.
  for (unsigned seed = 21; seed <= 26; ++seed) {
    const auto m = random_map(seed, 60 + static_cast<int>(seed), 1 + static_cast<int>(seed % 3));
    model::TerritoryGraph tg(m);
    for (double min_score : {0.3, 0.55, 0.8}) {
      auto want = all_pairs(m);
      std::erase_if(want, [&](const analysis::ScoredPair& p) { return p.score < min_score; });
      INFO("seed " << seed << ", minimum " << min_score << ", " << want.size() << " qualifying pairs");
      analysis::CandidateRules rules;
      rules.eligible.assign(m.organisations.size(), 1);
      rules.min_score = min_score;
      for (std::size_t limit : {1, 5}) {
        rules.limit = limit;
        auto top = analysis::candidate_pairs(m, tg, rules);
        CHECK(same_pairs(top.kept, std::vector(want.begin(), want.begin() + std::min(limit, want.size()))));
      }
      rules.limit = 0;
      rules.per_organisation = 2;
      auto bounded = analysis::candidate_pairs(m, tg, rules);
      const auto kept = best_per_organisation(want, static_cast<int>(m.organisations.size()), 2);
      CHECK(bounded.qualified == std::ssize(want));
      CHECK(same_pairs(bounded.kept, kept));
      CHECK(bounded.cut == std::ssize(want) - std::ssize(kept));
    }
  }
}

TEST_CASE("recommended links: the bound cuts nothing on the bundled map") {
  // Its 57 organisations each have fewer than 50 qualifying partners: `gaps flows --limit 0`
  // lists every pair, as the Python reference of test_flow_gaps.cpp does.
  auto map = gaps_test::load("belgium-2022");
  analysis::RecommendCounts counts;
  auto links = analysis::recommend_links(map, {}, &counts);
  CHECK(counts.cut == 0);
  CHECK(counts.qualified == std::ssize(links));
  CHECK(!links.empty());
  analysis::RecommendOptions tight;
  tight.per_organisation = 1;
  auto few = analysis::recommend_links(map, tight, &counts);
  CHECK(counts.cut > 0);
  CHECK(std::ssize(few) + counts.cut == std::ssize(links));
}
