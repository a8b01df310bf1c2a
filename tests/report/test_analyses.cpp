// report/analyses: the bundle of every analysis the report, its maps, its findings and the
// demo read, computed once. Each member must equal the analysis run on its own, and the
// report must read the bundle (and figures already rendered) instead of running them again.
#include <doctest/doctest.h>

#include "analysis/recommended_links.hpp"
#include "analysis/silos.hpp"
#include "dataset/fixture.hpp"
#include "report/analyses.hpp"

using namespace stakemap;

namespace {
const model::Map& bundled() {
  static const model::Map map = [] {
    auto store = store::Store::in_memory();
    dataset::import_dataset(store, test::bundled_dataset(), {});
    auto m = store.load();
    m.reindex();
    return m;
  }();
  return map;
}

const analysis::Scenario kHub{analysis::Scenario::Kind::add_hub, "Coordination platform", "willing"};
}  // namespace

TEST_CASE("report analyses: each member equals the analysis computed on its own") {
  const auto& map = bundled();
  report::ReportOptions options;
  options.top = 7;
  options.lang = i18n::Lang::nl;
  const auto a = report::analyse(map, options);
  const auto g = graph::build(map, options.layer);
  REQUIRE(a.graph.n == g.n);
  CHECK(a.graph.flows == g.flows);

  analysis::CentralityOptions co;
  co.only = {"in_degree", "out_degree", "betweenness", "pagerank"};
  const auto c = analysis::centrality(g, co);
  CHECK(a.centrality.betweenness == c.betweenness);
  CHECK(a.centrality.pagerank == c.pagerank);
  CHECK(a.centrality.in_degree == c.in_degree);
  CHECK(a.centrality.out_degree == c.out_degree);
  CHECK(a.centrality.closeness.empty());  // only what the report shows

  const auto s = analysis::structure(g);
  CHECK(a.structure.articulation_points == s.articulation_points);
  CHECK(a.structure.average_path_length == s.average_path_length);

  const auto silos = analysis::find_silos(map, options.layer);
  REQUIRE(a.drawn.silos.size() == silos.size());
  for (std::size_t i = 0; i < silos.size(); ++i) {
    CHECK(a.drawn.silos[i].org == silos[i].org);
    CHECK(a.drawn.silos[i].reasons == silos[i].reasons);
  }
  analysis::RecommendOptions ro;
  ro.limit = 7;
  ro.lang = i18n::Lang::nl;
  const auto links = analysis::recommend_links(map, ro);
  REQUIRE(a.drawn.recommended.size() == links.size());
  CHECK(links.size() == 7);
  for (std::size_t i = 0; i < links.size(); ++i) {
    CHECK(a.drawn.recommended[i].a == links[i].a);
    CHECK(a.drawn.recommended[i].b == links[i].b);
    CHECK(a.drawn.recommended[i].reason == links[i].reason);
  }
  CHECK(a.drawn.size.name == "betweenness");
  CHECK(a.drawn.size.values == c.betweenness);
  CHECK(a.drawn.community.empty());

  CHECK(a.coverage.count(analysis::CellClass::federal_only) ==
        analysis::coverage(map).count(analysis::CellClass::federal_only));
  CHECK(a.needs.rows.size() == analysis::needs_gaps(map).rows.size());
  CHECK(a.flow_gaps.by_obstacle.size() == analysis::flow_gaps(map).by_obstacle.size());
  CHECK(a.obstacles.rows.size() == analysis::obstacles(map).rows.size());

  analysis::KeyPlayerOptions ko;
  ko.k = options.key_players;
  const auto kp = analysis::key_players(g, ko);
  REQUIRE(a.key_players.members.size() == kp.members.size());
  for (std::size_t i = 0; i < kp.members.size(); ++i) CHECK(a.key_players.members[i].org == kp.members[i].org);
  CHECK(a.key_players.reached == kp.reached);
}

TEST_CASE("report analyses: the what-if's measures equal what_if() on its own") {
  const auto& map = bundled();
  report::ReportOptions options;
  const auto expected = analysis::what_if(map, {kHub}, options.layer);
  for (int k : {3, 2, 5}) {  // the before measures quote the top 3 whatever the report's k
    CAPTURE(k);
    options.key_players = k;
    const auto a = report::analyse(map, options);
    CHECK(a.hub.description == kHub.describe());
    CHECK(a.hub.before == expected.before);
    CHECK(a.hub.before == analysis::measure(map, options.layer));
    CHECK(a.hub.after == expected.after);
    CHECK(a.hub.after.silos < a.hub.before.silos);
  }
}

TEST_CASE("report analyses: measures_of() from given results equals measure()") {
  const auto& map = bundled();
  graph::Layer layer;
  const auto g = graph::build(map, layer);
  analysis::KeyPlayerOptions ko;
  ko.k = analysis::measured_key_players;
  const auto m = analysis::measures_of(g, analysis::structure(g), analysis::find_silos(map, layer).size(),
                                       analysis::coverage(map), analysis::key_players(g, ko).reached);
  CHECK(m == analysis::measure(map, layer));
}

TEST_CASE("report analyses: the report draws the figures it is given instead of rendering them") {
  const auto& map = bundled();
  report::ReportOptions options;
  const auto a = report::analyse(map, options);
  report::Figures fake;
  fake.map_svg = "<?xml version=\"1.0\"?>\n<svg id=\"given-map\"></svg>\n";
  fake.gaps_svg = "<svg id=\"given-gaps\"></svg>\n";
  const auto html = report::report_html(map, options, a, {}, &fake);
  CHECK(html.find("<figure class=\"map\"><svg id=\"given-map\"></svg>") != std::string::npos);
  CHECK(html.find("<figure class=\"map\"><svg id=\"given-gaps\"></svg>") != std::string::npos);
  CHECK(html.find("<?xml") == std::string::npos);

  // Rendered figures are the bytes render_view() gives, and the report drawn with them is the
  // report that renders its own.
  const auto figures = report::render_figures(map, options, a);
  CHECK(figures.map_svg ==
        report::render_view(map, options, a, render::ViewSpec::Kind::map, render::ImageFormat::svg).bytes);
  CHECK(figures.gaps_svg ==
        report::render_view(map, options, a, render::ViewSpec::Kind::gaps, render::ImageFormat::svg).bytes);
  CHECK(report::report_html(map, options, a, {}, &figures) == report::report_html(map, options, a, {}));
}

TEST_CASE("report analyses: the key findings read the bundle") {
  const auto& map = bundled();
  report::ReportOptions options;
  auto a = report::analyse(map, options);
  const auto findings = report::key_findings(map, options, a);
  REQUIRE(findings.size() >= 2);
  CHECK(findings[1].sentence.find(std::to_string(a.drawn.silos.size()) + " of 57 organisations") == 0);
  // A finding follows the bundle it is given, not a fresh analysis.
  a.drawn.silos.resize(2);
  CHECK(report::key_findings(map, options, a)[1].sentence.find("2 of 57 organisations") == 0);
}
