#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "render/fixture_map.hpp"
#include "render/group_layout.hpp"
#include "render/group_links.hpp"
#include "render/render.hpp"

using namespace stakemap;
using namespace stakemap::render;

namespace {

// `groups` cliques of `size` organisations (every pair linked: dense groups), hub 0 of each
// group linked to the next group's hub. Of the links inside groups, every seventh is blocked
// (a gap), every eleventh other one recommended (neither ordinary nor a gap), and every fifth
// ordinary one bold (a voluntary flow).
Scene dense_scene(int groups, int size) {
  Scene s;
  for (int i = 0; i < groups * size; ++i) {
    SceneNode node;
    node.org = i;
    node.label_lines = {"Organisation " + std::to_string(i)};
    s.nodes.push_back(node);
  }
  int count = 0;
  auto link = [&](int a, int b, bool between) {
    SceneEdge e;
    e.tail = a;
    e.head = b;
    e.gap = !between && count % 7 == 0;
    e.ordinary = between || (!e.gap && count % 11 != 0);
    e.penwidth = e.ordinary && count % 5 == 0 ? 2.8 : 1.2;
    ++count;
    s.edges.push_back(e);
  };
  for (int g = 0; g < groups; ++g) {
    for (int i = 0; i < size; ++i)
      for (int j = i + 1; j < size; ++j) link(g * size + i, g * size + j, false);
    if (g > 0) link(g * size, (g - 1) * size, true);
  }
  return s;
}

struct Kinds {
  int gaps = 0, always = 0, inside = 0, between = 0;
};

Kinds kinds(const Scene& s, const GroupedLayout& laid) {
  Kinds k;
  for (const auto& e : s.edges) {
    const bool same = laid.group[static_cast<std::size_t>(e.tail)] == laid.group[static_cast<std::size_t>(e.head)];
    if (e.gap) ++k.gaps;
    else if (!e.ordinary) ++k.always;
    else if (same) ++k.inside;
    else ++k.between;
  }
  return k;
}

std::string legend_text(const Scene& s) {
  std::string out;
  for (const auto& section : s.legend)
    for (const auto& entry : section.entries) out += entry.text + "\n";
  return out;
}

}  // namespace

TEST_CASE("links drawn one by one beyond the bound are thinned, and the legend says how many are drawn") {
  Scene scene = dense_scene(6, 30);
  const auto laid = lay_out_by_groups(scene);
  const auto before = kinds(scene, laid);
  const auto thinned = thin_links(scene, laid, i18n::Lang::en, 900);
  CHECK(thinned.links == before.gaps + before.always + before.inside);  // the bundled ones are not counted
  CHECK(thinned.drawn == 900);
  const auto after = kinds(scene, laid);
  CHECK(after.always == before.always);    // every recommended link is drawn
  CHECK(after.gaps == before.gaps);        // every blocked link, as the bound allows them all
  CHECK(after.between == before.between);  // left to the bundles
  CHECK(after.always + after.gaps + after.inside == 900);
  std::vector<int> per_group(laid.areas.size(), 0), touched(scene.nodes.size(), 0);
  for (const auto& e : scene.edges) {
    const int a = laid.group[static_cast<std::size_t>(e.tail)], b = laid.group[static_cast<std::size_t>(e.head)];
    if (!e.ordinary || a != b) continue;
    ++per_group[static_cast<std::size_t>(a)];
    ++touched[static_cast<std::size_t>(e.tail)];
    ++touched[static_cast<std::size_t>(e.head)];
  }
  const int share = after.inside / 6;
  for (std::size_t k = 0; k < laid.areas.size(); ++k)  // equal groups, about equal shares
    if (laid.areas[k].members == 30) CHECK(std::abs(per_group[k] - share) <= 8);
  // Each organisation's strongest link first: none is left without an ordinary line.
  CHECK(std::count(touched.begin(), touched.end(), 0) == 0);
  const auto legend = legend_text(scene);
  CAPTURE(legend);
  CHECK(legend.find("900 of " + std::to_string(thinned.links) + " links drawn one by one (at most 900") !=
        std::string::npos);
}

TEST_CASE("past the bound, recommended links stay, blocked ones are thinned and ordinary ones go first") {
  Scene scene = dense_scene(6, 30);
  const auto laid = lay_out_by_groups(scene);
  const auto before = kinds(scene, laid);
  REQUIRE(before.always + 50 < before.gaps);
  const auto thinned = thin_links(scene, laid, i18n::Lang::en, before.always + 50);
  const auto after = kinds(scene, laid);
  CHECK(thinned.drawn == before.always + 50);
  CHECK(after.always == before.always);
  CHECK(after.gaps == 50);
  CHECK(after.inside == 0);
}

TEST_CASE("thinning keeps the strongest links first and is deterministic") {
  Scene a = dense_scene(4, 25), b = dense_scene(4, 25);
  const auto laid = lay_out_by_groups(a);
  thin_links(a, laid, i18n::Lang::en, 400);
  thin_links(b, laid, i18n::Lang::en, 400);
  REQUIRE(a.edges.size() == b.edges.size());
  for (std::size_t i = 0; i < a.edges.size(); ++i) {
    CHECK(a.edges[i].tail == b.edges[i].tail);
    CHECK(a.edges[i].head == b.edges[i].head);
  }
  int bold = 0, thin = 0;
  for (const auto& e : a.edges)
    if (e.ordinary) (e.penwidth > 2 ? bold : thin) += 1;
  // About a fifth of the ordinary links are bold; among those drawn, many more.
  CHECK(bold * 3 > bold + thin);
}

TEST_CASE("a scene within the bound is left as it is, without a legend line") {
  Scene scene = dense_scene(3, 10);
  const auto laid = lay_out_by_groups(scene);
  const auto before = scene.edges.size();
  const auto thinned = thin_links(scene, laid, i18n::Lang::en, 10000);
  CHECK(thinned.drawn == thinned.links);
  CHECK(scene.edges.size() == before);
  CHECK(scene.legend.empty());
}

TEST_CASE("a generated map of 1 100 organisations draws at most the bound of links, and its legend says so") {
  // 11 groups of 100 (fictional) organisations, each with active flows to the next 14 of its
  // group: 15 400 links inside groups; every ninth organisation also has a blocked flow.
  model::Map map;
  for (int i = 0; i < 1100; ++i)
    map.organisations.push_back(
        testing::org("o" + std::to_string(i), "Organisation " + std::to_string(i), "local", "ngo", "first-line", {}));
  for (int i = 0; i < 1100; ++i) {
    const int base = i / 100 * 100;
    for (int k = 1; k <= 14; ++k)
      map.flows.push_back(testing::flow("o" + std::to_string(i), "o" + std::to_string(base + (i + k) % 100), "active",
                                        k % 4 == 0 ? "voluntary" : "mandatory", "regular"));
    if (i % 9 == 0)
      map.flows.push_back(
          testing::flow("o" + std::to_string(i), "o" + std::to_string((i + 37) % 1100), "blocked", "voluntary", ""));
  }
  map.reindex();
  auto in = testing::input_for(map);
  in.layer.status = {"active", "blocked"};
  RenderOptions options;
  const auto drawn = render_map(in, options);
  CHECK(drawn.layout == "groups");
  CHECK(drawn.links_one_by_one > group_layout_max_links);
  CHECK(drawn.links_drawn == group_layout_max_links);
  const auto& svg = drawn.bytes;
  std::size_t edges = 0, blocked = 0;
  for (auto at = svg.find("class=\"edge"); at != std::string::npos; at = svg.find("class=\"edge", at + 1)) ++edges;
  for (auto at = svg.find("stroke=\"#cc3311\""); at != std::string::npos; at = svg.find("stroke=\"#cc3311\"", at + 1))
    ++blocked;
  CHECK(edges <= static_cast<std::size_t>(group_layout_max_links) + 200);  // the bound and the bundles
  CHECK(blocked >= 1100 / 9);                                              // every blocked flow drawn (and its head)
  CHECK(svg.find(std::to_string(group_layout_max_links) + " of " + std::to_string(drawn.links_one_by_one) +
                 " links drawn one by one (at most " + std::to_string(group_layout_max_links)) != std::string::npos);
}
