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
  if (bundled == 0) {  // every link kept: moved back, the scene unchanged
    scene.edges = std::move(kept);
    return 0;
  }
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

namespace {

// `links` (indexes into scene.edges) in the order they are kept: each one's round first (its
// best place in its two ends' lists, strongest first: bold before thin, context lines last, then
// the better-linked partner), then the better-linked ends, then scene order.
std::vector<int> spread_order(const Scene& scene, std::vector<int> links, const std::vector<int>& degree) {
  const std::size_t m = scene.edges.size();
  auto edge = [&](int link) -> const SceneEdge& { return scene.edges[static_cast<std::size_t>(link)]; };
  std::vector<std::vector<int>> around(scene.nodes.size());
  for (int link : links) {
    around[static_cast<std::size_t>(edge(link).tail)].push_back(link);
    around[static_cast<std::size_t>(edge(link).head)].push_back(link);
  }
  std::vector<int> round(m, static_cast<int>(m));
  for (std::size_t v = 0; v < around.size(); ++v) {
    auto partner = [&](int link) {
      const auto& e = edge(link);
      return static_cast<std::size_t>(static_cast<std::size_t>(e.tail) == v ? e.head : e.tail);
    };
    auto& mine = around[v];
    std::stable_sort(mine.begin(), mine.end(), [&](int a, int b) {
      if (edge(a).context != edge(b).context) return edge(b).context;
      if (edge(a).penwidth != edge(b).penwidth) return edge(a).penwidth > edge(b).penwidth;
      return degree[partner(a)] > degree[partner(b)];
    });
    for (std::size_t r = 0; r < mine.size(); ++r) {
      auto& best = round[static_cast<std::size_t>(mine[r])];
      best = std::min(best, static_cast<int>(r));
    }
  }
  auto ends = [&](int link) {
    const int a = degree[static_cast<std::size_t>(edge(link).tail)],
              b = degree[static_cast<std::size_t>(edge(link).head)];
    return std::make_pair(std::max(a, b), std::min(a, b));
  };
  std::stable_sort(links.begin(), links.end(), [&](int a, int b) {
    const int ra = round[static_cast<std::size_t>(a)], rb = round[static_cast<std::size_t>(b)];
    return ra != rb ? ra < rb : ends(a) > ends(b);
  });
  return links;
}

// Each group's share of `budget`, in proportion to its `links`, largest remainders first.
std::vector<int> shares(const std::vector<int>& links, int budget) {
  long total = 0;
  for (int l : links) total += l;
  std::vector<int> share(links.size(), 0);
  if (total == 0) return share;
  std::vector<std::pair<double, std::size_t>> remainders;
  int given = 0;
  for (std::size_t k = 0; k < links.size(); ++k) {
    const double exact = static_cast<double>(budget) * links[k] / static_cast<double>(total);
    share[k] = static_cast<int>(exact);
    given += share[k];
    remainders.emplace_back(-(exact - share[k]), k);
  }
  std::sort(remainders.begin(), remainders.end());
  for (std::size_t r = 0; given < budget && r < remainders.size(); ++r, ++given) ++share[remainders[r].second];
  return share;
}

}  // namespace

Thinned thin_links(Scene& scene, const GroupedLayout& laid, i18n::Lang lang, int bound) {
  const std::size_t m = scene.edges.size();
  auto group_of = [&](int node) { return laid.group[static_cast<std::size_t>(node)]; };
  std::vector<int> degree(scene.nodes.size(), 0);
  std::vector<int> gaps, inside, per_group(laid.areas.size(), 0);
  int always = 0;
  for (std::size_t i = 0; i < m; ++i) {
    const auto& e = scene.edges[i];
    ++degree[static_cast<std::size_t>(e.tail)];
    ++degree[static_cast<std::size_t>(e.head)];
    if (e.ordinary && group_of(e.tail) != group_of(e.head)) continue;  // bundled
    if (e.gap) {
      gaps.push_back(static_cast<int>(i));
    } else if (e.ordinary) {
      inside.push_back(static_cast<int>(i));
      ++per_group[static_cast<std::size_t>(group_of(e.tail))];
    } else {
      ++always;
    }
  }
  Thinned out;
  out.links = always + static_cast<int>(gaps.size() + inside.size());
  out.drawn = out.links;
  if (out.links <= bound) return out;
  std::vector<bool> dropped(m, false);
  // Blocked and desired links: as many as the bound leaves, spread over the organisations.
  int budget = std::max(0, bound - always);
  const auto gap_order = spread_order(scene, std::move(gaps), degree);
  for (std::size_t r = 0; r < gap_order.size(); ++r)
    dropped[static_cast<std::size_t>(gap_order[r])] = static_cast<int>(r) >= budget;
  budget = std::max(0, budget - static_cast<int>(gap_order.size()));
  // The others inside groups: each group its share of what is left.
  auto share = shares(per_group, budget);
  for (int link : spread_order(scene, std::move(inside), degree)) {
    auto& left = share[static_cast<std::size_t>(group_of(scene.edges[static_cast<std::size_t>(link)].tail))];
    if (left > 0) --left;
    else dropped[static_cast<std::size_t>(link)] = true;
  }
  std::vector<SceneEdge> kept;
  kept.reserve(m);
  for (std::size_t i = 0; i < m; ++i)
    if (!dropped[i]) kept.push_back(std::move(scene.edges[i]));
  out.drawn = out.links - static_cast<int>(m - kept.size());
  scene.edges = std::move(kept);
  large_map_section(scene, lang)
      .entries.push_back(
          {LegendEntry::Symbol::line, "\u2500 \u2500 \u2500", "#444444",
           i18n::text("map.line.thinned", lang, {{"drawn", out.drawn}, {"count", out.links}, {"bound", bound}})});
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
