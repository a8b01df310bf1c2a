#include "render/grouping.hpp"

#include <map>

#include "analysis/groups.hpp"
#include "core/errors.hpp"
#include "i18n/messages.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::render {

namespace {

const char* facet_of(GroupBy g) { return g == GroupBy::level ? "level" : "kind"; }

Group taxonomy_group(const model::Taxonomy& tax, const std::string& facet, const std::string& code,
                     const std::string& lang) {
  Group g;
  if (code.empty()) return g;
  const auto& codes = tax.codes(facet);
  g.key = code;
  g.label = tax.label(facet, code, lang);
  for (std::size_t i = 0; i < codes.size(); ++i)
    if (codes[i].code == code) g.order = static_cast<int>(i);
  return g;
}

}  // namespace

Group group_of(const RenderInput& in, int org, GroupBy grouping) {
  const auto& map = *in.map;
  const auto& o = map.organisations[org];
  switch (grouping) {
    case GroupBy::level:
    case GroupBy::kind: {
      auto code = analysis::values_of(
          o, grouping == GroupBy::level ? analysis::OrgAttribute::level : analysis::OrgAttribute::kind);
      return taxonomy_group(map.taxonomy(), facet_of(grouping), code.empty() ? std::string() : code.front(),
                            i18n::code(in.lang));
    }
    case GroupBy::territory: {  // the first territory listed that the map knows
      Group g;
      for (const auto& id : analysis::values_of(o, analysis::OrgAttribute::territory)) {
        int t = map.territory_index(id);
        if (t < 0) continue;
        g.key = id;
        g.label = map.territories[t].name_in(i18n::code(in.lang));
        g.order = t;
        break;
      }
      return g;
    }
    case GroupBy::community: {
      if (in.community.size() != map.organisations.size())
        throw UsageError("grouping by community needs the communities of the layer, which were not computed");
      Group g;
      int c = in.community[org];
      if (c < 0) return g;
      g.key = std::to_string(c + 1);  // numbered from 1, as `stakemap communities` numbers them
      g.label = i18n::text("map.community.n", in.lang, {{"number", g.key}});
      g.order = c;
      return g;
    }
  }
  return {};
}

int fixed_group_count(const model::Taxonomy& tax, GroupBy grouping) {
  if (grouping != GroupBy::level && grouping != GroupBy::kind) return 0;
  return static_cast<int>(tax.codes(facet_of(grouping)).size());
}

std::string grouping_name(GroupBy grouping, i18n::Lang lang) {
  switch (grouping) {
    case GroupBy::level: return i18n::text("map.facet.level", lang);
    case GroupBy::kind: return i18n::text("map.facet.kind", lang);
    case GroupBy::territory: return i18n::text("map.facet.territory", lang);
    case GroupBy::community: return i18n::text("map.facet.community", lang);
  }
  return {};
}

void assign_clusters(const RenderInput& in, Scene& scene) {
  if (in.encoding.cluster == ClusterBy::none) return;
  GroupBy grouping = in.encoding.cluster == ClusterBy::level       ? GroupBy::level
                     : in.encoding.cluster == ClusterBy::territory ? GroupBy::territory
                                                                   : GroupBy::community;
  std::vector<Group> groups;
  std::map<std::pair<int, std::string>, int> ids;  // (order, key) -> cluster, sorted
  for (const auto& node : scene.nodes) {
    groups.push_back(group_of(in, node.org, grouping));
    if (!groups.back().key.empty()) ids.emplace(std::make_pair(groups.back().order, groups.back().key), 0);
  }
  std::map<std::string, int> by_key;
  int next = 0;
  for (auto& [order_key, id] : ids) {
    id = next++;
    by_key[order_key.second] = id;
  }
  scene.clusters.resize(ids.size());
  for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
    if (groups[i].key.empty()) continue;
    int id = by_key[groups[i].key];
    scene.nodes[i].cluster = id;
    scene.clusters[id] = groups[i].label;
  }
}

}  // namespace stakemap::render
