#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>
#include <utility>

#include "render/group_layout.hpp"
#include "render/layout.hpp"
#include "render/legend.hpp"

using namespace stakemap::render;

namespace {

// A synthetic scene: `groups` dense clusters of `size` nodes (a ring plus chords inside each),
// one link between neighbouring clusters, a few isolated nodes and labels of varied lengths.
Scene clustered_scene(int groups, int size, int isolated) {
  Scene s;
  const int n = groups * size + isolated;
  for (int i = 0; i < n; ++i) {
    SceneNode node;
    node.org = i;
    node.label_lines = {"Organisation " + std::to_string(i), std::string(static_cast<std::size_t>(i % 17), 'x')};
    node.shape = i % 3 == 0 ? "box" : "ellipse";
    if (i % 50 == 0) {  // a few large nodes, as a size metric draws them
      node.width = 2;
      node.fontsize = 16;
    }
    s.nodes.push_back(node);
  }
  auto link = [&](int a, int b) {
    SceneEdge e;
    e.tail = a;
    e.head = b;
    s.edges.push_back(e);
  };
  for (int g = 0; g < groups; ++g) {
    const int base = g * size;
    for (int i = 0; i < size; ++i) {
      link(base + i, base + (i + 1) % size);
      link(base + i, base + (i * 7 + 3) % size);
    }
    if (g > 0) link(base, base - size);
  }
  return s;
}

// True when the boxes (centre, width, height) of p and q overlap.
bool overlap(const NodePosition& p, const NodePosition& q) {
  return std::abs(p.x - q.x) * 2 < p.width + q.width && std::abs(p.y - q.y) * 2 < p.height + q.height;
}

}  // namespace

TEST_CASE("auto lays out maps above the threshold by groups") {
  CHECK(choose_layout("auto", group_layout_min_nodes, false) == "sfdp");
  CHECK(choose_layout("auto", group_layout_min_nodes + 1, false) == "groups");
  CHECK(choose_layout("auto", group_layout_min_nodes + 1, false, false) == "groups");  // gaps view
  CHECK(choose_layout("auto", group_layout_min_nodes + 1, true) == "fdp");             // clusters asked
  CHECK(choose_layout("sfdp", 20000, false) == "sfdp");
  CHECK(graphviz_engine("groups") == "nop2");
  CHECK(graphviz_engine("sfdp") == "sfdp");
}

TEST_CASE("the group layout places every node inside its group's area, apart from the others") {
  const Scene scene = clustered_scene(12, 60, 25);
  const auto laid = lay_out_by_groups(scene);
  const std::size_t n = scene.nodes.size();
  REQUIRE(laid.positions.size() == n);
  REQUIRE(laid.group.size() == n);
  CHECK(laid.areas.size() >= 12);
  CHECK(laid.areas.size() <= static_cast<std::size_t>(group_layout_max_groups));

  int counted = 0;
  for (const auto& a : laid.areas) {
    CHECK(a.radius > 0);
    counted += a.members;
  }
  CHECK(counted == static_cast<int>(n));

  std::set<std::pair<double, double>> points;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& p = laid.positions[i];
    REQUIRE(laid.group[i] >= 0);
    REQUIRE(static_cast<std::size_t>(laid.group[i]) < laid.areas.size());
    const auto& area = laid.areas[static_cast<std::size_t>(laid.group[i])];
    CAPTURE(i);
    CHECK(std::isfinite(p.x));
    CHECK(std::isfinite(p.y));
    // the whole box inside the disc
    CHECK(std::hypot(p.x - area.x, p.y - area.y) + std::hypot(p.width, p.height) / 2 <= area.radius + 1e-6);
    points.emplace(p.x, p.y);
  }
  CHECK(points.size() == n);  // no two nodes at the same point

  // Within a group, no two boxes overlap (each node has a cell as large as the group's largest).
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      if (laid.group[i] == laid.group[j]) CHECK_FALSE(overlap(laid.positions[i], laid.positions[j]));

  // The best-linked member of each group sits at its centre.
  for (std::size_t k = 0; k < laid.areas.size(); ++k) {
    std::size_t best = n;
    int best_degree = -1;
    std::vector<int> degree(n, 0);
    for (const auto& e : scene.edges) {
      ++degree[static_cast<std::size_t>(e.tail)];
      ++degree[static_cast<std::size_t>(e.head)];
    }
    for (std::size_t i = 0; i < n; ++i)
      if (laid.group[i] == static_cast<int>(k) && degree[i] > best_degree) {
        best = i;
        best_degree = degree[i];
      }
    REQUIRE(best < n);
    CHECK(laid.positions[best].x == doctest::Approx(laid.areas[k].x));
    CHECK(laid.positions[best].y == doctest::Approx(laid.areas[k].y));
  }
}

TEST_CASE("the group layout is deterministic") {
  const Scene scene = clustered_scene(8, 40, 5);
  const auto a = lay_out_by_groups(scene), b = lay_out_by_groups(scene);
  REQUIRE(a.positions.size() == b.positions.size());
  CHECK(a.group == b.group);
  for (std::size_t i = 0; i < a.positions.size(); ++i) {
    CHECK(a.positions[i].x == b.positions[i].x);
    CHECK(a.positions[i].y == b.positions[i].y);
  }
}

TEST_CASE("the group layout of an empty scene and of one node") {
  CHECK(lay_out_by_groups(Scene{}).positions.empty());
  Scene one;
  one.nodes.emplace_back();
  const auto laid = lay_out_by_groups(one);
  REQUIRE(laid.positions.size() == 1);
  CHECK(laid.areas.size() == 1);
}

TEST_CASE("estimated node sizes grow with the label and the minimum width") {
  SceneNode small, long_label, wide;
  small.label_lines = {"A"};
  long_label.label_lines = {"A much longer organisation name"};
  wide.label_lines = {"A"};
  wide.width = 2;
  CHECK(estimated_size(long_label).width > estimated_size(small).width);
  CHECK(estimated_size(wide).width >= 144);
  CHECK(estimated_size(small).height >= 0.3 * 72);
}

TEST_CASE("the legend of a map laid out by groups grows with the drawing, within bounds") {
  GroupedLayout small;
  small.positions = {{0, 0, 100, 40}, {900, 300, 100, 40}};
  CHECK(legend_scale(small) == 1);  // a map a page wide keeps the legend as it is
  CHECK(legend_scale(GroupedLayout{}) == 1);
  GroupedLayout wide;
  wide.positions = {{0, 0, 100, 40}, {14900, 2000, 100, 40}};  // 15 000 points wide
  CHECK(legend_scale(wide) == doctest::Approx(10));
  GroupedLayout tall;
  tall.positions = {{0, 0, 100, 100}, {10, 5900, 100, 100}};  // the larger side counts
  CHECK(legend_scale(tall) == doctest::Approx(4));
  GroupedLayout huge;
  huge.positions = {{0, 0, 10, 10}, {1e6, 0, 10, 10}};
  CHECK(legend_scale(huge) == 24);

  // Every size of the title block and legend is multiplied: title, text, swatches, spacing.
  Scene scene = clustered_scene(2, 10, 0);
  scene.title = "A map";
  scene.legend.push_back({"Colour", {{LegendEntry::Symbol::swatch, "", "#66A3D2", "Local"}}, false});
  const auto plain = legend_html(scene);
  scene.legend_scale = 3;
  const auto scaled = legend_html(scene);
  CHECK(plain.find("point-size=\"20\"") != std::string::npos);
  CHECK(scaled.find("point-size=\"60\"") != std::string::npos);
  CHECK(scaled.find("point-size=\"36\"") != std::string::npos);
  CHECK(scaled.find("width=\"66\" height=\"42\"") != std::string::npos);
  CHECK(scaled.find("point-size=\"20\"") == std::string::npos);
}
