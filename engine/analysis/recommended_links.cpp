#include "analysis/recommended_links.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

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

double jaccard(std::size_t shared, std::size_t a, std::size_t b) {
  std::size_t uni = a + b - shared;
  return uni == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(uni);
}

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
void taxonomy_order(const std::string& facet, std::vector<std::string>& codes) {
  const auto& all = model::Taxonomy::builtin().codes(facet);
  auto rank = [&](const std::string& c) {
    for (std::size_t i = 0; i < all.size(); ++i)
      if (all[i].code == c) return i;
    return all.size();
  };
  std::stable_sort(codes.begin(), codes.end(),
                   [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
}

/// The short labels of `codes` as a list in words ("a, b, c and 2 more").
std::string listed(const std::string& facet, const std::vector<std::string>& codes, i18n::Lang lang) {
  std::vector<std::string> out;
  for (const auto& c : codes) out.push_back(short_label(facet, c, i18n::code(lang)));
  return i18n::list(out, lang, kListed);
}

}  // namespace

std::vector<RecommendedLink> recommend_links(const model::Map& map, const RecommendOptions& opt) {
  opt.actors.validate();
  const double wsum = opt.weight_territory + opt.weight_domain + opt.weight_public + opt.weight_service;
  if (opt.weight_territory < 0 || opt.weight_domain < 0 || opt.weight_public < 0 || opt.weight_service < 0 || wsum <= 0)
    throw UsageError("recommended-link weights must be non-negative with a positive sum");
  model::TerritoryGraph tg(map);
  const int n = static_cast<int>(map.organisations.size());
  struct Profile {
    std::vector<int> leaves;
    std::vector<std::string> domains, publics, services;
  };
  std::vector<Profile> prof(n);
  std::vector<char> eligible(n);
  for (int i = 0; i < n; ++i) {
    const auto& o = map.organisations[i];
    eligible[i] = opt.actors.accepts(o);
    prof[i] = {tg.leaves_of(o), meaningful(o.domains), meaningful(o.publics), meaningful(o.services)};
  }
  std::set<std::pair<int, int>> linked;  // any flow, any status, either direction
  for (const auto& f : map.flows) {
    int a = map.org_index(f.from), b = map.org_index(f.to);
    if (a >= 0 && b >= 0) linked.emplace(std::min(a, b), std::max(a, b));
  }
  std::vector<RecommendedLink> out;
  for (int a = 0; a < n; ++a) {
    if (!eligible[a]) continue;
    for (int b = a + 1; b < n; ++b) {
      if (!eligible[b] || linked.count({a, b})) continue;
      const Profile &pa = prof[a], &pb = prof[b];
      auto domains = common(pa.domains, pb.domains);
      if (domains.empty()) continue;
      auto publics = common(pa.publics, pb.publics);
      if (publics.empty()) continue;
      auto leaves = common(pa.leaves, pb.leaves);
      if (leaves.empty()) continue;
      RecommendedLink l;
      l.a = a;
      l.b = b;
      l.shared_services = common(pa.services, pb.services);
      l.territory = jaccard(leaves.size(), pa.leaves.size(), pb.leaves.size());
      l.domain = jaccard(domains.size(), pa.domains.size(), pb.domains.size());
      l.publics = jaccard(publics.size(), pa.publics.size(), pb.publics.size());
      l.services = jaccard(l.shared_services.size(), pa.services.size(), pb.services.size());
      l.score = (opt.weight_territory * l.territory + opt.weight_domain * l.domain + opt.weight_public * l.publics +
                 opt.weight_service * l.services) /
                wsum;
      if (l.score < opt.min_score) continue;
      l.shared_leaves = std::move(leaves);
      l.shared_domains = std::move(domains);
      l.shared_publics = std::move(publics);
      out.push_back(std::move(l));
    }
  }
  std::sort(out.begin(), out.end(), [](const RecommendedLink& x, const RecommendedLink& y) {
    if (x.score != y.score) return x.score > y.score;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  if (opt.limit && out.size() > opt.limit) out.resize(opt.limit);
  PlaceNamer places(map, tg);
  for (auto& l : out) {
    taxonomy_order("domain", l.shared_domains);
    taxonomy_order("public", l.shared_publics);
    taxonomy_order("service", l.shared_services);
    i18n::Args args{{"domains", listed("domain", l.shared_domains, opt.lang)},
                    {"publics", listed("public", l.shared_publics, opt.lang)},
                    {"place", places.name(l.shared_leaves, opt.lang)}};
    if (l.shared_services.empty()) {
      l.reason = i18n::text("recommend.reason", opt.lang, args);
    } else {
      args.emplace_back("services", listed("service", l.shared_services, opt.lang));
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
