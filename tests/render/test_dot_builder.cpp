#include <doctest/doctest.h>

#include <algorithm>
#include <limits>
#include <set>

#include "core/errors.hpp"
#include "render/dot_builder.hpp"
#include "render/dot_reader.hpp"
#include "render/fixture_map.hpp"
#include "render/render.hpp"
#include "render/style.hpp"

using namespace stakemap;
using namespace stakemap::render;
using namespace stakemap::render::testing;

namespace {

ReadBack dot_of(const RenderInput& in) {
  RenderOptions opts;
  opts.format = ImageFormat::dot;
  return read_back(render_map(in, opts).bytes);
}

const std::map<std::string, std::string>& node_labelled(const ReadBack& r, const std::string& label) {
  auto it = std::find_if(r.nodes.begin(), r.nodes.end(), [&](auto& n) { return n.at("label") == label; });
  REQUIRE_MESSAGE(it != r.nodes.end(), label);
  return *it;
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("map DOT: synthetic ids, labels, fills by level, shapes by role") {
  auto map = fixture_map();
  auto r = dot_of(input_for(map));
  REQUIRE(r.nodes.size() == 6);
  std::set<std::string> names;
  for (const auto& n : r.nodes) names.insert(n.at("name"));
  CHECK(names == std::set<std::string>{"n0", "n1", "n2", "n3", "n4", "n5"});
  CHECK(r.graph.at("layout") == "dot");
  // Levels have fixed colours (taxonomy order: local, provincial, regional, community, federal, ...).
  CHECK(node_labelled(r, "Federal service").at("fillcolor") == palette()[4]);
  CHECK(node_labelled(r, "Antwerp social\\nwelfare centre").at("fillcolor") == palette()[0]);
  CHECK(node_labelled(r, "Refugee NGO").at("fillcolor") == palette()[3]);
  CHECK(node_labelled(r, "Lone actor").at("fillcolor") == unknown_fill);
  CHECK(node_labelled(r, "Federal service").at("shape") == "box");           // secondary
  CHECK(node_labelled(r, "Refugee NGO").at("shape") == "hexagon");           // both
  CHECK(node_labelled(r, "Federal agency").at("shape") == "parallelogram");  // none
  CHECK(node_labelled(r, "Lone actor").at("shape") == "box");                // not given: rounded box
  CHECK(node_labelled(r, "Lone actor").at("style") == "filled,rounded");
  for (const auto& n : r.nodes) {
    CHECK(n.count("URL") == 0);
    CHECK(n.count("href") == 0);
    CHECK(n.count("tooltip") == 0);
  }
}

TEST_CASE("map DOT: a pair's two directions of the same class are one double-headed line") {
  auto map = fixture_map();
  map.flows.push_back(flow("fed", "cpas", "active", "mandatory", "regular"));  // cpas -> fed is mandatory too
  map.flows.push_back(flow("fed", "ngo", "active", "mandatory", "regular"));   // ngo -> fed is sporadic: stays two
  map.reindex();
  auto r = dot_of(input_for(map));
  REQUIRE(r.edges.size() == 5);
  int both = 0;
  for (const auto& e : r.edges) {
    if (e.at("dir") != "both") continue;
    ++both;
    CHECK(e.at("arrowtail") == e.at("arrowhead"));
    CHECK(e.at("style") + "/" + e.at("penwidth") == "solid/1.2");  // mandatory
  }
  CHECK(both == 1);
  CHECK(contains(r.graph.at("label"), "Flows both ways"));
  CHECK_FALSE(contains(dot_of(input_for(fixture_map())).graph.at("label"), "Flows both ways"));
}

TEST_CASE("map DOT: edge styles by basis and regularity, legend lists only what is used") {
  auto map = fixture_map();
  auto r = dot_of(input_for(map));
  REQUIRE(r.edges.size() == 4);
  std::map<std::string, int> styles;
  for (const auto& e : r.edges) ++styles[e.at("style") + "/" + e.at("penwidth") + "/" + e.at("arrowhead")];
  CHECK(styles["solid/1.2/normal"] == 1);   // mandatory
  CHECK(styles["solid/2.8/normal"] == 1);   // voluntary regular
  CHECK(styles["dashed/1.2/normal"] == 1);  // sporadic
  CHECK(styles["solid/1.2/empty"] == 1);    // on-request
  const auto& legend = r.graph.at("label");
  CHECK(contains(legend, "Data-flow map"));
  CHECK(contains(legend, "Mandatory flow"));
  CHECK(contains(legend, "Voluntary regular flow"));
  CHECK(contains(legend, "Sporadic flow"));
  CHECK(contains(legend, "On-request flow"));
  CHECK_FALSE(contains(legend, "Blocked flow"));
  CHECK_FALSE(contains(legend, "Desired flow"));
  CHECK(contains(legend, "Colour: level"));
  CHECK(contains(legend, "National/federal"));
  CHECK_FALSE(contains(legend, "Provincial"));  // not on this map
  CHECK(contains(legend, "Not given"));
  CHECK(contains(legend, "Shape: support role"));
  CHECK(contains(legend, "status=active"));
}

TEST_CASE("a voluntary flow with no regularity is drawn and listed as regularity unknown, never as regular") {
  auto map = fixture_map();
  for (auto& f : map.flows)
    if (f.basis == "voluntary" && f.status == "active") f.regularity.clear();
  map.reindex();
  auto r = dot_of(input_for(map));
  std::map<std::string, int> colours;
  for (const auto& e : r.edges) ++colours[e.at("style") + "/" + e.at("penwidth") + "/" + e.at("color")];
  CHECK(colours["solid/2.8/#8C8C8C"] == 2);  // cpas -> ngo (merged) and ngo -> fed
  CHECK(colours["solid/2.8/#444444"] == 0);
  const auto& legend = r.graph.at("label");
  CHECK(contains(legend, "Voluntary flow, regularity unknown"));
  CHECK_FALSE(contains(legend, "Voluntary regular flow"));
  CHECK_FALSE(contains(legend, "Sporadic flow"));
}

TEST_CASE("blocked and desired links: red and dotted grey, labelled with obstacles") {
  auto map = fixture_map();
  auto in = input_for(map, "obstacles");
  auto r = dot_of(in);
  REQUIRE(r.edges.size() == 2);
  const auto& desired = r.edges[0].at("style") == "dotted" ? r.edges[0] : r.edges[1];
  const auto& blocked = r.edges[0].at("style") == "dotted" ? r.edges[1] : r.edges[0];
  CHECK(desired.at("color") == "#555555");
  CHECK(desired.at("label") == "gdpr");  // dot: a label of its own rank, never on a node
  CHECK(blocked.at("color") == silo_color);
  CHECK(blocked.at("label") == "no-trust, gdpr");
  const auto& legend = r.graph.at("label");
  CHECK(contains(legend, "Obstacles on links"));
  CHECK(contains(legend, "GDPR or data protection"));
  CHECK(contains(legend, "Lack of trust between actors"));
  CHECK_FALSE(contains(legend, "flows: status"));  // the obstacles view ignores the layer
}

TEST_CASE("gaps DOT: context edges light, recommended links undirected dashed blue") {
  auto map = fixture_map();
  auto in = input_for(map, "gaps");
  in.recommended = {{2, 4}};
  auto r = dot_of(in);
  CHECK(r.edges.size() == 7);
  int context = 0, recommended = 0;
  for (const auto& e : r.edges) {
    if (e.at("color") == "#C8C8C8") ++context;
    if (e.at("color") == "#0077BB") {
      ++recommended;
      CHECK(e.at("dir") == "none");
      CHECK(e.at("style") == "dashed");
    }
  }
  CHECK(context == 4);
  CHECK(recommended == 1);
  CHECK(contains(r.graph.at("label"), "Recommended link"));
}

TEST_CASE("ego DOT: focus has a double outline; silos red; size by a metric") {
  auto map = fixture_map();
  auto in = input_for(map, "ego:fed");
  in.silo = {false, false, true, false, false, false};
  in.size = {"betweenness", {0.5, 0.0, 0.125, 0.0, 0.0, 0.0}};
  auto r = dot_of(in);
  REQUIRE(r.nodes.size() == 4);  // fed, cpas, ngo, agency
  const auto& fed = node_labelled(r, "Federal service");
  CHECK(fed.at("peripheries") == "2");
  CHECK(fed.at("width") == "2");  // largest value: 0.6 + 1.4
  CHECK(fed.at("fontsize") == "16");
  const auto& ngo = node_labelled(r, "Refugee NGO");
  CHECK(ngo.at("color") == silo_color);
  CHECK(ngo.at("penwidth") == "3");
  CHECK(ngo.at("width") == "1.3");  // sqrt(0.25) = 0.5 -> 0.6 + 0.7
  CHECK(node_labelled(r, "Federal agency").at("width") == "0.6");
  const auto& legend = r.graph.at("label");
  CHECK(contains(legend, "Ego network of Federal service (radius 1)"));
  CHECK(contains(legend, "Double outline"));
  CHECK(contains(legend, "Red outline: works in silo"));
  CHECK(contains(legend, "Size: betweenness (from 0 to 0.5)"));
}

TEST_CASE("clusters by territory and level; colours by kind, territory and community") {
  auto map = fixture_map();
  auto in = input_for(map);
  in.encoding.cluster = ClusterBy::territory;
  auto r = dot_of(in);
  CHECK(r.clusters.size() == 4);  // Belgium, Flanders, Wallonia, Antwerp; "lone" has none
  CHECK(r.clusters["Belgium"] == std::vector<std::string>{"n0", "n3"});
  CHECK(r.clusters["Antwerp"] == std::vector<std::string>{"n1"});
  in.encoding.cluster = ClusterBy::level;
  CHECK(dot_of(in).clusters.size() == 4);  // local, regional, community, federal
  in.encoding.cluster = ClusterBy::community;
  CHECK_THROWS_AS(dot_of(in), UsageError);
  in.community = {0, 1, 1, 0, 1, -1};
  in.encoding.cluster = ClusterBy::community;
  in.encoding.color = ColorBy::community;
  auto c = dot_of(in);
  CHECK(c.clusters.size() == 2);
  CHECK(node_labelled(c, "Federal service").at("fillcolor") == palette()[0]);
  CHECK(node_labelled(c, "Refugee NGO").at("fillcolor") == palette()[1]);
  CHECK(contains(c.graph.at("label"), "Community 1"));
  CHECK(contains(c.graph.at("label"), "Community 2"));
  CHECK_FALSE(contains(c.graph.at("label"), "Community 0"));
  in.encoding.color = ColorBy::kind;
  in.encoding.shape = ShapeBy::kind;
  auto k = dot_of(in);
  CHECK(contains(k.graph.at("label"), "Colour: kind of organisation"));
  CHECK(node_labelled(k, "Refugee NGO").at("shape") == "ellipse");
  CHECK(node_labelled(k, "Antwerp social\\nwelfare centre").at("shape") == "pentagon");
}

TEST_CASE("more groups than colours: the rarest share the 'Other' fill") {
  model::Map m;
  for (int i = 0; i < 11; ++i) {
    model::Territory t;
    t.id = "T" + std::to_string(i);
    t.kind = "area";
    t.name = "Area " + std::to_string(i);
    m.territories.push_back(t);
    for (int k = 0; k <= (i == 10 ? 3 : i % 3); ++k)
      m.organisations.push_back(org("o" + std::to_string(i) + "-" + std::to_string(k), "Org", "", "", "", {t.id}));
  }
  m.reindex();
  auto in = input_for(m);
  in.encoding.color = ColorBy::territory;
  auto r = dot_of(in);
  std::set<std::string> fills;
  int others = 0;
  for (const auto& n : r.nodes) {
    fills.insert(n.at("fillcolor"));
    if (n.at("fillcolor") == other_fill) ++others;
  }
  CHECK(fills.size() == 9);  // 8 palette colours + other
  CHECK(others == 3);        // T3, T6 and T9: one organisation each, after T0 in group order
  CHECK(contains(r.graph.at("label"), "Other: Area 3, Area 6, Area 9"));
}

TEST_CASE("legend and titles follow --lang") {
  auto map = fixture_map();
  auto in = input_for(map);
  in.lang = i18n::Lang::fr;
  auto fr = dot_of(in).graph.at("label");
  CHECK(contains(fr, "Carte des flux de données"));
  CHECK(contains(fr, "Flux obligatoire"));
  CHECK(contains(fr, "National/fédéral"));
  in.lang = i18n::Lang::nl;
  auto nl = dot_of(in).graph.at("label");
  CHECK(contains(nl, "Kaart van de gegevensstromen"));
  CHECK(contains(nl, "Verplichte stroom"));
  CHECK(contains(nl, "Nationaal/federaal"));
}

TEST_CASE("size: values that are not numbers get the smallest size and stay out of the range") {
  auto map = fixture_map();
  auto in = input_for(map);
  double nan = std::numeric_limits<double>::quiet_NaN();
  in.size = {"constraint", {0.25, nan, 1.0, 0.5, nan, nan}};
  auto r = dot_of(in);
  CHECK(node_labelled(r, "Refugee NGO").at("width") == "2");
  CHECK(node_labelled(r, "Federal service").at("width") == "0.6");
  CHECK(node_labelled(r, "Lone actor").at("width") == "0.6");
  CHECK(contains(r.graph.at("label"), "Size: constraint (from 0.25 to 1)"));
  in.size.values.assign(6, nan);
  auto none = dot_of(in);
  CHECK_FALSE(contains(none.graph.at("label"), "Size:"));
}

TEST_CASE("force-directed layouts route links around nodes on small maps only") {
  auto map = fixture_map();
  auto in = input_for(map);
  RenderOptions opts;
  opts.format = ImageFormat::dot;
  opts.layout = "sfdp";
  auto small = read_back(render_map(in, opts).bytes);
  CHECK(small.graph.at("splines") == "true");
  CHECK(small.graph.at("start") == "1");
  model::Map big;
  for (std::size_t i = 0; i <= spline_max_nodes; ++i)
    big.organisations.push_back(org("o" + std::to_string(i), "Org", "local", "", "", {}));
  big.reindex();
  auto large = read_back(render_map(input_for(big), opts).bytes);
  CHECK(large.nodes.size() == spline_max_nodes + 1);
  CHECK(large.graph.at("splines") == "line");
  opts.layout = "dot";
  CHECK(read_back(render_map(in, opts).bytes).graph.count("start") == 0);
}
