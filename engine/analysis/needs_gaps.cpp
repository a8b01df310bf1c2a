#include "analysis/needs_gaps.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/errors.hpp"
#include "model/taxonomy.hpp"
#include "model/territory_graph.hpp"

namespace stakemap::analysis {

const char* need_status_code(NeedStatus s) {
  switch (s) {
    case NeedStatus::unmet: return "unmet";
    case NeedStatus::thin: return "thin";
    case NeedStatus::met: return "met";
  }
  return "?";
}

NeedsGaps needs_gaps(const model::Map& map, const NeedsOptions& opt) {
  opt.actors.validate();
  if (opt.thin_below < 1)
    throw OptionError({option_field("thin_below"), " must be at least 1 (got " + std::to_string(opt.thin_below) + ")"});
  NeedsGaps g;
  g.thin_below = opt.thin_below;
  // Merge rows of the same territory and need.
  std::map<std::pair<int, std::string>, std::size_t> slot;
  for (const auto& n : map.needs) {
    int t = map.territory_index(n.territory);
    if (t < 0) continue;
    auto [it, fresh] = slot.emplace(std::make_pair(t, n.need), g.rows.size());
    if (fresh) {
      NeedGap row;
      row.territory = t;
      row.need = n.need;
      g.rows.push_back(std::move(row));
    }
    NeedGap& row = g.rows[it->second];
    if (n.weight && (!row.weight || *n.weight > *row.weight)) row.weight = n.weight;
    if (!n.reported_by.empty() &&
        std::find(row.reported_by.begin(), row.reported_by.end(), n.reported_by) == row.reported_by.end())
      row.reported_by.push_back(n.reported_by);
  }
  // Organisations reaching each distinct need territory.
  std::vector<int> territories;
  for (const auto& row : g.rows) territories.push_back(row.territory);
  std::sort(territories.begin(), territories.end());
  territories.erase(std::unique(territories.begin(), territories.end()), territories.end());
  model::TerritoryGraph tg(map);
  const auto present = presence(map, tg, territories);
  for (auto& row : g.rows) {
    auto p = std::lower_bound(territories.begin(), territories.end(), row.territory) - territories.begin();
    for (const auto& pr : present[p]) {
      const auto& o = map.organisations[pr.org];
      if (!opt.actors.accepts(o) || std::find(o.services.begin(), o.services.end(), row.need) == o.services.end())
        continue;
      row.orgs.push_back(pr.org);
      row.local += pr.local;
    }
    int n = static_cast<int>(row.orgs.size());
    row.status = n == 0 ? NeedStatus::unmet : n < opt.thin_below ? NeedStatus::thin : NeedStatus::met;
  }
  std::stable_sort(g.rows.begin(), g.rows.end(), [](const NeedGap& a, const NeedGap& b) {
    // Weighted before unweighted, heavier first; then unmet, thin, met; then place and code.
    auto key = [](const NeedGap& x) {
      return std::make_tuple(!x.weight.has_value(), -x.weight.value_or(0), static_cast<int>(x.status), x.territory);
    };
    auto ka = key(a), kb = key(b);
    return ka != kb ? ka < kb : a.need < b.need;
  });
  return g;
}

Table needs_table(const model::Map& map, const NeedsGaps& g, const std::string& lang, bool all, bool with_orgs) {
  const auto& tax = map.taxonomy();
  Table t;
  t.columns = {"territory", "territory_name", "need", "label", "weight", "offering", "local", "status", "reported_by"};
  if (with_orgs) t.columns.push_back("orgs");
  for (const auto& row : g.rows) {
    if (!all && row.status == NeedStatus::met) continue;
    const auto& ter = map.territories[row.territory];
    std::vector<Cell> cells{ter.id,
                            ter.name_in(lang),
                            row.need,
                            tax.label("service", row.need, lang),
                            row.weight ? Cell(*row.weight) : Cell(),
                            static_cast<long long>(row.orgs.size()),
                            static_cast<long long>(row.local),
                            std::string(need_status_code(row.status)),
                            row.reported_by};
    if (with_orgs) cells.emplace_back(org_ids(map, row.orgs));
    t.add(std::move(cells));
  }
  return t;
}

}  // namespace stakemap::analysis
