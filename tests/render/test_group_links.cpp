#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "render/group_layout.hpp"
#include "render/group_links.hpp"

using namespace stakemap::render;

namespace {

// `groups` cliques of `size` organisations (every pair linked: dense groups), hub 0 of each
// group linked to the next group's hub; every seventh link inside a group is blocked (not
// ordinary) and every fifth ordinary one bold (a voluntary flow).
Scene dense_scene(int groups, int size) {
  Scene s;
  for (int i = 0; i < groups * size; ++i) {
    SceneNode node;
    node.org = i;
    node.label_lines = {"Organisation " + std::to_string(i)};
    s.nodes.push_back(node);
  }
  int count = 0;
  auto link = [&](int a, int b, bool ordinary) {
    SceneEdge e;
    e.tail = a;
    e.head = b;
    e.ordinary = ordinary;
    e.penwidth = ordinary && count % 5 == 0 ? 2.8 : 1.2;
    e.color = ordinary ? "#444444" : "#CC3311";
    ++count;
    s.edges.push_back(e);
  };
  for (int g = 0; g < groups; ++g) {
    for (int i = 0; i < size; ++i)
      for (int j = i + 1; j < size; ++j) link(g * size + i, g * size + j, count % 7 != 0);
    if (g > 0) link(g * size, (g - 1) * size, true);
  }
  return s;
}

int blocked(const Scene& s) {
  return static_cast<int>(std::count_if(s.edges.begin(), s.edges.end(), [](const auto& e) { return !e.ordinary; }));
}

std::string legend_text(const Scene& s) {
  std::string out;
  for (const auto& section : s.legend)
    for (const auto& entry : section.entries) out += entry.text + "\n";
  return out;
}

}  // namespace

TEST_CASE("links inside groups beyond the bound are thinned, and the legend says how many are drawn") {
  Scene scene = dense_scene(6, 30);
  const auto laid = lay_out_by_groups(scene);
  const int before = static_cast<int>(scene.edges.size()), kept_apart = blocked(scene);
  const auto thinned = thin_links_inside_groups(scene, laid, stakemap::i18n::Lang::en, 300);
  REQUIRE(thinned.inside > 300);
  CHECK(thinned.drawn == 300);
  CHECK(blocked(scene) == kept_apart);  // every blocked link is still drawn
  CHECK(static_cast<int>(scene.edges.size()) == before - (thinned.inside - thinned.drawn));
  int inside = 0;
  std::vector<int> per_group(laid.areas.size(), 0), touched(scene.nodes.size(), 0);
  for (const auto& e : scene.edges) {
    const int a = laid.group[static_cast<std::size_t>(e.tail)], b = laid.group[static_cast<std::size_t>(e.head)];
    if (!e.ordinary || a != b) continue;
    ++inside;
    ++per_group[static_cast<std::size_t>(a)];
    ++touched[static_cast<std::size_t>(e.tail)];
    ++touched[static_cast<std::size_t>(e.head)];
  }
  CHECK(inside == 300);
  for (const auto& area : laid.areas)  // equal groups, equal shares
    if (area.members == 30) CHECK(per_group[static_cast<std::size_t>(&area - laid.areas.data())] >= 300 / 6 - 1);
  // Each organisation's strongest link first: 180 organisations, 300 links, none left without one.
  CHECK(std::count(touched.begin(), touched.end(), 0) == 0);
  const auto legend = legend_text(scene);
  CAPTURE(legend);
  CHECK(legend.find("300 of the " + std::to_string(thinned.inside) + " links inside groups are drawn (at most 300)") !=
        std::string::npos);
}

TEST_CASE("thinning keeps the strongest links first and is deterministic") {
  Scene a = dense_scene(4, 25), b = dense_scene(4, 25);
  const auto laid = lay_out_by_groups(a);
  int bold_before = 0;
  for (const auto& e : a.edges) bold_before += e.ordinary && e.penwidth > 2 ? 1 : 0;
  thin_links_inside_groups(a, laid, stakemap::i18n::Lang::en, 200);
  thin_links_inside_groups(b, laid, stakemap::i18n::Lang::en, 200);
  REQUIRE(a.edges.size() == b.edges.size());
  for (std::size_t i = 0; i < a.edges.size(); ++i) {
    CHECK(a.edges[i].tail == b.edges[i].tail);
    CHECK(a.edges[i].head == b.edges[i].head);
  }
  int bold = 0, thin = 0;
  for (const auto& e : a.edges)
    if (e.ordinary) (e.penwidth > 2 ? bold : thin) += 1;
  // A fifth of the ordinary links are bold; among those drawn, many more.
  CHECK(bold * 3 > bold + thin);
  CHECK(bold <= bold_before);
}

TEST_CASE("a scene within the bound is left as it is, without a legend line") {
  Scene scene = dense_scene(3, 10);
  const auto laid = lay_out_by_groups(scene);
  const auto before = scene.edges.size();
  const auto thinned = thin_links_inside_groups(scene, laid, stakemap::i18n::Lang::en, 10000);
  CHECK(thinned.drawn == thinned.inside);
  CHECK(scene.edges.size() == before);
  CHECK(scene.legend.empty());
}
