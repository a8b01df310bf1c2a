#include "analysis/presence.hpp"

#include <algorithm>
#include <cctype>

#include "core/errors.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::analysis {

void ActorFilter::validate() const {
  if (!role.empty() && role != "any" && role != "first-line" && role != "secondary")
    throw OptionError::unknown("role", role, "any, first-line, secondary");
  if (!population.empty() && population != "all" && population != "ukraine")
    throw OptionError::unknown("population", population, "all, ukraine");
}

bool ActorFilter::accepts(const model::Organisation& o) const {
  if (role == "first-line" && o.support_role != "first-line" && o.support_role != "both") return false;
  if (role == "secondary" && o.support_role != "secondary" && o.support_role != "both") return false;
  if (population == "ukraine" && std::find(o.publics.begin(), o.publics.end(), "displaced-ukraine") == o.publics.end())
    return false;
  return true;
}

namespace {

/// Rows one territory reaches, each with whether the territory is strictly wider than it.
struct Reach {
  bool computed = false, national = false;
  std::vector<std::pair<int, bool>> rows;  ///< (row position, wider)
};

}  // namespace

std::vector<std::vector<Presence>> presence(const model::Map& map, const model::TerritoryGraph& tg,
                                            const std::vector<int>& rows) {
  const int nt = static_cast<int>(map.territories.size());
  const std::size_t all_leaves = tg.leaves().size();
  // Which row positions contain each leaf.
  std::vector<std::vector<int>> leaf_rows(nt);
  for (int p = 0; p < static_cast<int>(rows.size()); ++p)
    for (int leaf : tg.leaves_below(rows[p])) leaf_rows[leaf].push_back(p);

  std::vector<Reach> reach(nt);
  std::vector<int> row_seen(rows.size(), -1);
  std::vector<int> leaf_mark(nt, -1);
  auto reach_of = [&](int t) -> const Reach& {
    Reach& r = reach[t];
    if (r.computed) return r;
    r.computed = true;
    const auto& below = tg.leaves_below(t);
    bool root = true;
    for (const auto& p : map.territories[t].parents) root = root && map.territory_index(p) < 0;
    r.national = map.territories[t].kind == "country" || (root && below.size() == all_leaves && all_leaves > 0);
    for (int leaf : below) leaf_mark[leaf] = t;
    for (int leaf : below)
      for (int p : leaf_rows[leaf]) {
        if (row_seen[p] == t) continue;
        row_seen[p] = t;
        const auto& row_leaves = tg.leaves_below(rows[p]);
        bool superset = std::all_of(row_leaves.begin(), row_leaves.end(), [&](int l) { return leaf_mark[l] == t; });
        r.rows.emplace_back(p, superset && below.size() > row_leaves.size());
      }
    std::sort(r.rows.begin(), r.rows.end());
    return r;
  };

  std::vector<std::vector<Presence>> out(rows.size());
  std::vector<int> slot(rows.size(), -1);  // index into `mine` for the current organisation
  std::vector<std::pair<int, Presence>> mine;
  for (int o = 0; o < static_cast<int>(map.organisations.size()); ++o) {
    const auto& org = map.organisations[o];
    mine.clear();
    for (const auto& id : org.territories) {
      int t = map.territory_index(id);
      if (t < 0) continue;
      const Reach& r = reach_of(t);
      for (auto [p, wider] : r.rows) {
        if (slot[p] < 0) {
          slot[p] = static_cast<int>(mine.size());
          mine.push_back({p, Presence{o, !wider, r.national}});
        } else {
          Presence& pr = mine[slot[p]].second;
          pr.local = pr.local || !wider;
          pr.national = pr.national && r.national;
        }
      }
    }
    bool supra = map.taxonomy().national(org.level);
    for (auto& [p, pr] : mine) {
      slot[p] = -1;
      pr.national = pr.national || supra;
      out[p].push_back(pr);
    }
  }
  return out;
}

std::vector<int> rows_at(const model::Map& map, const model::TerritoryGraph& tg, const std::string& at, int within) {
  std::vector<int> rows;
  if (at == "leaf" || at == "leaves") {
    rows = tg.leaves();
  } else {
    const auto& tax = map.taxonomy();
    if (!tax.has("territory_kind", at)) throw OptionError::unknown("at", at, "leaf, " + tax.allowed("territory_kind"));
    for (int t = 0; t < static_cast<int>(map.territories.size()); ++t)
      if (map.territories[t].kind == at) rows.push_back(t);
    if (rows.empty())
      throw OptionInputError({"the map has no territory of kind '" + at + "' (try ", option_field("at"), " leaf)"});
  }
  if (within >= 0) {
    std::erase_if(rows, [&](int t) { return !tg.covers(within, t); });
    if (rows.empty())
      throw InputError("no territory at level '" + at + "' lies in '" + map.territories[within].id + "'");
  }
  return rows;
}

std::vector<std::string> org_ids(const model::Map& map, const std::vector<int>& orgs) {
  std::vector<std::string> ids;
  ids.reserve(orgs.size());
  for (int o : orgs) ids.push_back(map.organisations[o].id);
  return ids;
}

std::string short_label(const model::Taxonomy& tax, const std::string& facet, const std::string& code,
                        const std::string& lang) {
  std::string s = tax.label(facet, code, lang);
  auto cut = s.find(" (");
  if (cut != std::string::npos) s.resize(cut);
  // Lower-case a leading capital, unless the next letter is a capital too (an acronym) or
  // the word is a proper adjective (Belgian, Belgische: the only one in the taxonomy labels).
  // German labels keep theirs: German capitalises every noun ("Arbeitsmarktintegration").
  if (lang != "de" && s.size() > 1 && std::isupper(static_cast<unsigned char>(s[0])) &&
      !std::isupper(static_cast<unsigned char>(s[1])) && s.rfind("Belg", 0) != 0)
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

}  // namespace stakemap::analysis
