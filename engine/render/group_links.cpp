#include "render/group_links.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>
#include <vector>

#include "i18n/messages.hpp"

namespace stakemap::render {

namespace {
constexpr const char* bundle_color = "#8FA8C8";  // blue-grey: not a flow colour of style.cpp
constexpr double thinnest = 2;                   // points

// The widest bundle: a fortieth of the mean group radius (groups of hundreds of organisations
// span thousands of points, where a line of a few points vanishes), at least 10 points.
double widest(const GroupedLayout& laid) {
  double sum = 0;
  for (const auto& a : laid.areas) sum += a.radius;
  return std::max(10.0, sum / static_cast<double>(laid.areas.size()) / 40);
}
// The legend section of what a map laid out by groups draws differently (made at first use).
LegendSection& large_map_section(Scene& scene, i18n::Lang lang) {
  const auto heading = i18n::text("map.heading.bundles", lang);
  for (auto& section : scene.legend)
    if (section.heading == heading) return section;
  LegendSection section{heading, {}};
  section.own_rows = true;
  scene.legend.push_back(std::move(section));
  return scene.legend.back();
}

}  // namespace

int bundle_links_between_groups(Scene& scene, const GroupedLayout& laid, i18n::Lang lang) {
  std::map<std::pair<int, int>, int> between;  // ordered: the same scene, the same lines
  std::vector<SceneEdge> kept;
  kept.reserve(scene.edges.size());
  int bundled = 0;
  for (auto& e : scene.edges) {
    const int a = laid.group[static_cast<std::size_t>(e.tail)], b = laid.group[static_cast<std::size_t>(e.head)];
    if (a == b || !e.ordinary) {
      kept.push_back(std::move(e));
      continue;
    }
    ++between[std::minmax(a, b)];
    ++bundled;
  }
  if (bundled == 0) return 0;
  const double width = widest(laid);
  int most = 0;
  for (const auto& [pair, count] : between) most = std::max(most, count);
  std::vector<SceneEdge> bundles;
  for (const auto& [pair, count] : between) {
    SceneEdge line;
    line.tail = laid.areas[static_cast<std::size_t>(pair.first)].centre;
    line.head = laid.areas[static_cast<std::size_t>(pair.second)].centre;
    line.style = "solid";
    line.color = bundle_color;
    line.penwidth = thinnest + (width - thinnest) * std::sqrt(static_cast<double>(count) / most);
    line.arrowhead = "none";
    line.directed = false;
    line.context = true;  // under the links drawn one by one
    bundles.push_back(std::move(line));
  }
  bundles.insert(bundles.end(), std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()));
  scene.edges = std::move(bundles);
  large_map_section(scene, lang)
      .entries.push_back({LegendEntry::Symbol::line, "\u2501\u2501\u2501\u2501", bundle_color,
                          i18n::text("map.line.bundle", lang, {{"count", bundled}, {"max", most}})});
  return bundled;
}

int drop_link_labels(Scene& scene, i18n::Lang lang) {
  int dropped = 0;
  for (auto& e : scene.edges)
    if (!e.label.empty()) {
      e.label.clear();
      ++dropped;
    }
  if (dropped > 0)
    large_map_section(scene, lang)
        .entries.push_back({LegendEntry::Symbol::glyph, "\u2205", "#444444",
                            i18n::text("map.line.labels_dropped", lang, {{"count", dropped}})});
  return dropped;
}

}  // namespace stakemap::render
