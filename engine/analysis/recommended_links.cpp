#include "analysis/recommended_links.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "analysis/recommend_candidates.hpp"
#include "core/errors.hpp"
#include "i18n/messages.hpp"
#include "model/taxonomy.hpp"
#include "model/territory_graph.hpp"

namespace stakemap::analysis {

namespace {

/// Sorted codes without `other` (which says nothing about what two organisations share).
std::vector<std::string> meaningful(std::vector<std::string> codes) {
  std::erase(codes, std::string("other"));
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return codes;
}

template <typename T>
std::vector<T> common(const std::vector<T>& a, const std::vector<T>& b) {
  std::vector<T> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

/// Items named in a reason before "and N more".
constexpr std::size_t kListed = 3;

/// Names the shared leaves: the territory whose leaves are exactly these (a leaf first),
/// else the leaves themselves.
class PlaceNamer {
 public:
  PlaceNamer(const model::Map& map, const model::TerritoryGraph& tg) : map_(map) {
    for (int l : tg.leaves()) exact_.emplace(std::vector<int>{l}, l);
    for (int t = 0; t < static_cast<int>(map.territories.size()); ++t) exact_.emplace(tg.leaves_below(t), t);
  }
  std::string name(const std::vector<int>& leaves, i18n::Lang lang) const {
    const std::string code = i18n::code(lang);
    auto it = exact_.find(leaves);
    if (it != exact_.end()) return map_.territories[it->second].name_in(code);
    std::vector<std::string> names;
    for (int l : leaves) names.push_back(map_.territories[l].name_in(code));
    return i18n::list(names, lang, kListed);
  }

 private:
  const model::Map& map_;
  std::map<std::vector<int>, int> exact_;
};

/// Sorts codes in taxonomy order (the order of the survey's options), unknown codes last.
void taxonomy_order(const model::Taxonomy& tax, const std::string& facet, std::vector<std::string>& codes) {
  const auto& all = tax.codes(facet);
  auto rank = [&](const std::string& c) {
    for (std::size_t i = 0; i < all.size(); ++i)
      if (all[i].code == c) return i;
    return all.size();
  };
  std::stable_sort(codes.begin(), codes.end(),
                   [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
}

/// The short labels of `codes` as a list in words ("a, b, c and 2 more").
std::string listed(const model::Taxonomy& tax, const std::string& facet, const std::vector<std::string>& codes,
                   i18n::Lang lang) {
  std::vector<std::string> out;
  for (const auto& c : codes) out.push_back(short_label(tax, facet, c, i18n::code(lang)));
  return i18n::list(out, lang, kListed);
}

}  // namespace

std::vector<RecommendedLink> recommend_links(const model::Map& map, const RecommendOptions& opt,
                                             RecommendCounts* counts) {
  opt.actors.validate();
  const double wsum = opt.weight_territory + opt.weight_domain + opt.weight_public + opt.weight_service;
  if (opt.weight_territory < 0 || opt.weight_domain < 0 || opt.weight_public < 0 || opt.weight_service < 0 || wsum <= 0)
    throw UsageError("recommended-link weights must be non-negative with a positive sum");
  if (opt.per_organisation < 1) throw UsageError("the recommended-link bound per organisation must be at least 1");
  model::TerritoryGraph tg(map);
  CandidateRules rules;
  for (const auto& o : map.organisations) rules.eligible.push_back(opt.actors.accepts(o) ? 1 : 0);
  rules.min_score = opt.min_score;
  rules.weight_territory = opt.weight_territory;
  rules.weight_domain = opt.weight_domain;
  rules.weight_public = opt.weight_public;
  rules.weight_service = opt.weight_service;
  rules.limit = opt.limit;
  rules.per_organisation = opt.per_organisation;
  const auto pairs = candidate_pairs(map, tg, rules);
  if (counts) *counts = {pairs.qualified, pairs.cut};
  std::vector<RecommendedLink> out;
  out.reserve(pairs.kept.size());
  for (const auto& p : pairs.kept) {
    const auto& oa = map.organisations[p.a];
    const auto& ob = map.organisations[p.b];
    const auto la = tg.leaves_of(oa), lb = tg.leaves_of(ob);
    const auto da = meaningful(oa.domains), db = meaningful(ob.domains);
    const auto pa = meaningful(oa.publics), pb = meaningful(ob.publics);
    const auto sa = meaningful(oa.services), sb = meaningful(ob.services);
    RecommendedLink l;
    l.a = p.a;
    l.b = p.b;
    l.score = p.score;
    l.shared_leaves = common(la, lb);
    l.shared_domains = common(da, db);
    l.shared_publics = common(pa, pb);
    l.shared_services = common(sa, sb);
    l.territory = jaccard(std::ssize(l.shared_leaves), std::ssize(la), std::ssize(lb));
    l.domain = jaccard(std::ssize(l.shared_domains), std::ssize(da), std::ssize(db));
    l.publics = jaccard(std::ssize(l.shared_publics), std::ssize(pa), std::ssize(pb));
    l.services = jaccard(std::ssize(l.shared_services), std::ssize(sa), std::ssize(sb));
    out.push_back(std::move(l));
  }
  PlaceNamer places(map, tg);
  for (auto& l : out) {
    taxonomy_order(map.taxonomy(), "domain", l.shared_domains);
    taxonomy_order(map.taxonomy(), "public", l.shared_publics);
    taxonomy_order(map.taxonomy(), "service", l.shared_services);
    i18n::Args args{{"domains", listed(map.taxonomy(), "domain", l.shared_domains, opt.lang)},
                    {"publics", listed(map.taxonomy(), "public", l.shared_publics, opt.lang)},
                    {"place", places.name(l.shared_leaves, opt.lang)}};
    if (l.shared_services.empty()) {
      l.reason = i18n::text("recommend.reason", opt.lang, args);
    } else {
      args.emplace_back("services", listed(map.taxonomy(), "service", l.shared_services, opt.lang));
      l.reason = i18n::text("recommend.reason.services", opt.lang, args);
    }
  }
  return out;
}

Table recommended_links_table(const model::Map& map, const std::vector<RecommendedLink>& links) {
  Table t;
  t.columns = {"a", "b", "score", "territory", "domain", "public", "service", "reason"};
  for (const auto& l : links) {
    t.add({map.organisations[l.a].id, map.organisations[l.b].id, l.score, l.territory, l.domain, l.publics, l.services,
           l.reason});
  }
  return t;
}

}  // namespace stakemap::analysis
