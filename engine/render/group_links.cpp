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

Thinned thin_links_inside_groups(Scene& scene, const GroupedLayout& laid, i18n::Lang lang, int bound) {
  const std::size_t n = scene.nodes.size(), m = scene.edges.size();
  auto group_of = [&](int node) { return laid.group[static_cast<std::size_t>(node)]; };
  std::vector<int> degree(n, 0);
  std::vector<std::vector<int>> around(n);  // the thinnable links of each node
  std::vector<int> inside(laid.areas.size(), 0);
  Thinned out;
  for (std::size_t i = 0; i < m; ++i) {
    const auto& e = scene.edges[i];
    ++degree[static_cast<std::size_t>(e.tail)];
    ++degree[static_cast<std::size_t>(e.head)];
    if (!e.ordinary || group_of(e.tail) != group_of(e.head)) continue;
    around[static_cast<std::size_t>(e.tail)].push_back(static_cast<int>(i));
    around[static_cast<std::size_t>(e.head)].push_back(static_cast<int>(i));
    ++inside[static_cast<std::size_t>(group_of(e.tail))];
    ++out.inside;
  }
  out.drawn = out.inside;
  if (out.inside <= bound) return out;
  // Each link's round: its best place in its two ends' lists, strongest first.
  auto partner = [&](int link, std::size_t node) {
    const auto& e = scene.edges[static_cast<std::size_t>(link)];
    return static_cast<std::size_t>(static_cast<std::size_t>(e.tail) == node ? e.head : e.tail);
  };
  std::vector<int> round(m, static_cast<int>(m));
  for (std::size_t v = 0; v < n; ++v) {
    auto& links = around[v];
    std::stable_sort(links.begin(), links.end(), [&](int a, int b) {
      const auto &ea = scene.edges[static_cast<std::size_t>(a)], &eb = scene.edges[static_cast<std::size_t>(b)];
      if (ea.context != eb.context) return eb.context;
      if (ea.penwidth != eb.penwidth) return ea.penwidth > eb.penwidth;
      return degree[partner(a, v)] > degree[partner(b, v)];
    });
    for (std::size_t r = 0; r < links.size(); ++r)
      round[static_cast<std::size_t>(links[r])] =
          std::min(round[static_cast<std::size_t>(links[r])], static_cast<int>(r));
  }
  // Each group's share of the bound: in proportion to its links, largest remainders first.
  const std::size_t groups = laid.areas.size();
  std::vector<int> share(groups);
  std::vector<std::pair<double, std::size_t>> remainders;
  int given = 0;
  for (std::size_t k = 0; k < groups; ++k) {
    const double exact = static_cast<double>(bound) * inside[k] / out.inside;
    share[k] = static_cast<int>(exact);
    given += share[k];
    remainders.emplace_back(-(exact - share[k]), k);
  }
  std::sort(remainders.begin(), remainders.end());
  for (std::size_t r = 0; given < bound && r < remainders.size(); ++r, ++given) ++share[remainders[r].second];
  // Each group keeps its share of its links in order: round, then the better-linked ends.
  std::vector<int> order;
  for (std::size_t i = 0; i < m; ++i)
    if (round[i] < static_cast<int>(m)) order.push_back(static_cast<int>(i));
  auto ends = [&](int link) {
    const auto& e = scene.edges[static_cast<std::size_t>(link)];
    const int a = degree[static_cast<std::size_t>(e.tail)], b = degree[static_cast<std::size_t>(e.head)];
    return std::make_pair(std::max(a, b), std::min(a, b));
  };
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    if (round[static_cast<std::size_t>(a)] != round[static_cast<std::size_t>(b)])
      return round[static_cast<std::size_t>(a)] < round[static_cast<std::size_t>(b)];
    return ends(a) > ends(b);
  });
  std::vector<bool> dropped(m, false);
  for (int link : order) {
    auto& left = share[static_cast<std::size_t>(group_of(scene.edges[static_cast<std::size_t>(link)].tail))];
    if (left > 0) --left;
    else dropped[static_cast<std::size_t>(link)] = true;
  }
  std::vector<SceneEdge> kept;
  kept.reserve(m);
  for (std::size_t i = 0; i < m; ++i)
    if (!dropped[i]) kept.push_back(std::move(scene.edges[i]));
  out.drawn = out.inside - static_cast<int>(m - kept.size());
  scene.edges = std::move(kept);
  large_map_section(scene, lang)
      .entries.push_back(
          {LegendEntry::Symbol::line, "\u2500 \u2500 \u2500", "#444444",
           i18n::text("map.line.thinned", lang, {{"drawn", out.drawn}, {"count", out.inside}, {"bound", bound}})});
  return out;
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
