// render/map_analyses: the analyses a map draws, computed and attached by the code that
// `stakemap render` and the report share.
#include <doctest/doctest.h>

#include "analysis/centrality.hpp"
#include "analysis/communities.hpp"
#include "analysis/metrics.hpp"
#include "analysis/recommended_links.hpp"
#include "analysis/silos.hpp"
#include "core/errors.hpp"
#include "graph/digraph.hpp"
#include "render/fixture_map.hpp"
#include "render/map_analyses.hpp"

using namespace stakemap;
using namespace stakemap::render;
using namespace stakemap::render::testing;

namespace {
// The fixture with domains and publics, so that some unlinked pairs are recommended.
model::Map recommending_map() {
  auto m = fixture_map();
  for (const char* id : {"ngo", "wal", "agency", "lone"}) {
    auto& o = m.organisations[m.org_index(id)];
    o.domains = {"social"};
    o.publics = {"refugees"};
    if (o.territories.empty()) o.territories = {"BE"};
  }
  m.reindex();
  return m;
}

std::vector<int> silo_orgs(const std::vector<analysis::Silo>& silos) {
  std::vector<int> out;
  for (const auto& s : silos) out.push_back(s.org);
  return out;
}
}  // namespace

TEST_CASE("map analyses: silos always, nothing else unless asked") {
  auto m = fixture_map();
  graph::Layer layer;
  auto a = map_analyses(m, layer, {});
  CHECK(silo_orgs(a.silos) == silo_orgs(analysis::find_silos(m, layer)));
  CHECK_FALSE(a.silos.empty());
  CHECK(a.community.empty());
  CHECK(a.size.name.empty());
  CHECK(a.size.values.empty());
  CHECK(a.recommended.empty());
}

TEST_CASE("map analyses: each asked analysis equals the analysis run on its own") {
  auto m = recommending_map();
  graph::Layer layer;
  auto g = graph::build(m, layer);
  MapAnalysesOptions o;
  o.communities = true;
  o.louvain.seed = 7;
  o.size = "pagerank";
  o.recommend = 3;
  o.lang = i18n::Lang::fr;
  auto a = map_analyses(m, layer, o);
  analysis::LouvainOptions lo;
  lo.seed = 7;
  CHECK(a.community == analysis::louvain(g, lo).membership);
  CHECK(a.size.name == "pagerank");
  CHECK(a.size.values == analysis::org_metric(g, "pagerank", false));
  analysis::RecommendOptions ro;
  ro.limit = 3;
  ro.lang = i18n::Lang::fr;
  auto expected = analysis::recommend_links(m, ro);
  REQUIRE(a.recommended.size() == expected.size());
  REQUIRE_FALSE(expected.empty());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(a.recommended[i].a == expected[i].a);
    CHECK(a.recommended[i].b == expected[i].b);
    CHECK(a.recommended[i].reason == expected[i].reason);
  }
  o.weighted = true;
  auto weighted = map_analyses(m, layer, o);
  CHECK(weighted.size.name == "pagerank (weighted)");
  CHECK(weighted.size.values == analysis::org_metric(g, "pagerank", true));
}

TEST_CASE("map analyses: given results are reused, not recomputed") {
  auto m = fixture_map();
  graph::Layer layer;
  auto g = graph::build(m, layer);
  analysis::Centrality given;
  // Values no analysis would give: if they come back, they were taken from `given`.
  given.betweenness.assign(m.organisations.size(), 42.0);
  MapAnalysesOptions o;
  o.size = "betweenness";
  auto a = map_analyses(m, layer, o, {&g, &given});
  CHECK(a.size.name == "betweenness");
  CHECK(a.size.values == given.betweenness);
  CHECK(silo_orgs(a.silos) == silo_orgs(analysis::find_silos(m, layer)));
  // A metric the given centralities do not hold is computed.
  o.size = "in_degree";
  CHECK(map_analyses(m, layer, o, {&g, &given}).size.values == analysis::org_metric(g, "in_degree", false));
}

TEST_CASE("map analyses: an unknown size metric is a usage error") {
  auto m = fixture_map();
  MapAnalysesOptions o;
  o.size = "fame";
  CHECK_THROWS_AS(map_analyses(m, graph::Layer{}, o), UsageError);
}

TEST_CASE("map analyses: attach puts the results into the render input") {
  auto m = recommending_map();
  MapAnalysesOptions o;
  o.communities = true;
  o.size = "degree";
  o.recommend = 2;
  auto a = map_analyses(m, graph::Layer{}, o);
  auto in = input_for(m, "gaps");
  in.recommended = {{0, 1}, {0, 2}, {1, 2}};  // replaced, not appended to
  attach(in, a);
  REQUIRE(in.silo.size() == m.organisations.size());
  for (std::size_t v = 0; v < m.organisations.size(); ++v) {
    bool listed = false;
    for (const auto& s : a.silos) listed = listed || s.org == static_cast<int>(v);
    CHECK(in.silo[v] == listed);
  }
  CHECK(in.community == a.community);
  CHECK(in.size.name == "degree");
  CHECK(in.size.values == a.size.values);
  REQUIRE(in.recommended.size() == a.recommended.size());
  for (std::size_t i = 0; i < a.recommended.size(); ++i) {
    CHECK(in.recommended[i].a == a.recommended[i].a);
    CHECK(in.recommended[i].b == a.recommended[i].b);
  }
  RenderInput no_map;
  CHECK_THROWS_AS(attach(no_map, a), std::logic_error);
}

TEST_CASE("map analyses: communities are drawn by colour, clusters or the community view") {
  auto m = fixture_map();
  CHECK_FALSE(draws_communities(input_for(m)));
  CHECK_FALSE(draws_communities(input_for(m, "gaps")));
  CHECK(draws_communities(input_for(m, "community:0")));
  auto coloured = input_for(m);
  coloured.encoding.color = ColorBy::community;
  CHECK(draws_communities(coloured));
  auto clustered = input_for(m);
  clustered.encoding.cluster = ClusterBy::community;
  CHECK(draws_communities(clustered));
}
