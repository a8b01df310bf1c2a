#include "render/group_layout.hpp"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <string>
#include <tuple>
#include <utility>

#include "analysis/communities.hpp"
#include "graph/digraph.hpp"
#include "render/dot_builder.hpp"

namespace stakemap::render {

namespace {

constexpr double points_per_inch = 72;
constexpr double cell_gap = 8;    // points between neighbouring cells
constexpr double group_gap = 24;  // points between groups (sfdp's sep)

// Groups of the scene's nodes: Louvain communities of the drawn links (numbered largest
// first), those past the largest group_layout_max_groups - 1 merged into one.
std::vector<int> node_groups(const Scene& scene) {
  const int n = static_cast<int>(scene.nodes.size());
  std::vector<std::tuple<int, int, double>> arcs;
  arcs.reserve(scene.edges.size());
  for (const auto& e : scene.edges) arcs.emplace_back(e.tail, e.head, 1.0);
  const auto g = graph::Digraph::from_arcs(n, std::move(arcs));
  analysis::LouvainOptions options;  // seed 1: the same scene, the same groups
  auto group = analysis::louvain(g, options).membership;
  for (auto& c : group) c = std::min(c, group_layout_max_groups - 1);
  return group;
}

// Offsets (from the group's centre) of `count` cells of cw x ch points, nearest the centre
// first, and the radius of the disc holding every cell whole.
struct Cells {
  std::vector<std::pair<double, double>> offsets;
  double radius = 0;
};

Cells nearest_cells(std::size_t count, double cw, double ch) {
  Cells out;
  double reach = std::sqrt(static_cast<double>(count) * cw * ch / M_PI) + std::max(cw, ch);
  for (;; reach *= 1.2) {
    const int ni = static_cast<int>(reach / cw) + 1, nj = static_cast<int>(reach / ch) + 1;
    std::vector<std::tuple<double, double, int, int>> found;  // distance², angle, i, j
    for (int i = -ni; i <= ni; ++i)
      for (int j = -nj; j <= nj; ++j) {
        const double x = i * cw, y = j * ch, d2 = x * x + y * y;
        if (d2 <= reach * reach) found.emplace_back(d2, std::atan2(y, x), i, j);
      }
    if (found.size() < count) continue;
    std::sort(found.begin(), found.end());
    found.resize(count);
    double farthest = 0;
    for (const auto& [d2, angle, i, j] : found) {
      out.offsets.emplace_back(i * cw, j * ch);
      farthest = std::max(farthest, d2);
    }
    out.radius = std::sqrt(farthest) + std::hypot(cw, ch) / 2;
    return out;
  }
}

// Positions of the group discs: sfdp on one node per group (a circle of the disc's size) with
// a link between groups that share links, overlaps removed; one group sits at the origin.
void place_groups(std::vector<GroupArea>& areas, const Scene& scene, const std::vector<int>& group) {
  if (areas.size() < 2) return;
  std::map<std::pair<int, int>, int> between;
  for (const auto& e : scene.edges) {
    int a = group[static_cast<std::size_t>(e.tail)], b = group[static_cast<std::size_t>(e.head)];
    if (a != b) ++between[std::minmax(a, b)];
  }
  GraphPtr graph(agopen(const_cast<char*>("groups"), Agundirected, nullptr));
  Agraph_t* g = graph.get();
  auto attr = [&](int kind, const char* name, const std::string& value) {
    return agattr(g, kind, const_cast<char*>(name), const_cast<char*>(value.c_str()));
  };
  attr(AGRAPH, "start", "1");
  attr(AGRAPH, "overlap", "prism");
  attr(AGRAPH, "sep", "+" + std::to_string(static_cast<int>(group_gap)));
  attr(AGRAPH, "splines", "line");
  attr(AGNODE, "shape", "circle");
  attr(AGNODE, "fixedsize", "true");
  attr(AGNODE, "label", "");
  Agsym_t* width = attr(AGNODE, "width", "1");
  Agsym_t* height = attr(AGNODE, "height", "1");
  std::vector<Agnode_t*> nodes;
  for (std::size_t k = 0; k < areas.size(); ++k) {
    Agnode_t* v = agnode(g, const_cast<char*>(("n" + std::to_string(k)).c_str()), 1);
    char size[32];
    std::snprintf(size, sizeof size, "%.4f", 2 * areas[k].radius / points_per_inch);
    agxset(v, width, size);
    agxset(v, height, size);
    nodes.push_back(v);
  }
  for (const auto& [pair, count] : between) agedge(g, nodes[pair.first], nodes[pair.second], nullptr, 1);
  const auto drawn = lay_out_graph(g, "sfdp", areas.size());
  for (std::size_t k = 0; k < areas.size(); ++k) {
    areas[k].x = drawn.positions[k].x;
    areas[k].y = drawn.positions[k].y;
  }
}

}  // namespace

NodePosition estimated_size(const SceneNode& node) {
  // DejaVu Sans: about 0.62 em per character, lines 1.2 em apart; Graphviz adds the node's
  // margin (0.06 x 0.03 inch each side) and, for an ellipse, scales the label box by √2.
  std::size_t widest = 0;
  for (const auto& line : node.label_lines) {
    std::size_t chars = 0;
    for (unsigned char c : line) chars += (c & 0xC0) != 0x80 ? 1 : 0;  // UTF-8 characters
    widest = std::max(widest, chars);
  }
  const double lines = static_cast<double>(std::max<std::size_t>(node.label_lines.size(), 1));
  const double grow = node.stub || node.shape == "box" || node.shape == "plaintext" ? 1.0 : std::sqrt(2.0);
  const double text_w = static_cast<double>(widest) * 0.62 * node.fontsize + 0.12 * points_per_inch;
  const double text_h = lines * 1.2 * node.fontsize + 0.06 * points_per_inch;
  NodePosition p;
  p.width = std::max({text_w * grow, node.width * points_per_inch, 0.3 * points_per_inch});
  p.height = std::max({text_h * grow, node.width * 0.5 * points_per_inch, 0.3 * points_per_inch});
  return p;
}

GroupedLayout lay_out_by_groups(const Scene& scene) {
  GroupedLayout out;
  const std::size_t n = scene.nodes.size();
  if (n == 0) return out;
  out.group = node_groups(scene);
  out.positions.resize(n);
  std::vector<int> degree(n, 0);
  for (const auto& e : scene.edges) {
    ++degree[static_cast<std::size_t>(e.tail)];
    ++degree[static_cast<std::size_t>(e.head)];
  }
  int groups = 0;
  for (int c : out.group) groups = std::max(groups, c + 1);
  std::vector<std::vector<int>> members(static_cast<std::size_t>(groups));
  for (std::size_t i = 0; i < n; ++i) {
    out.positions[i] = estimated_size(scene.nodes[i]);
    members[static_cast<std::size_t>(out.group[i])].push_back(static_cast<int>(i));
  }
  // Each group: its members on the cells nearest its centre, most links first.
  std::vector<Cells> cells(members.size());
  out.areas.resize(members.size());
  for (std::size_t k = 0; k < members.size(); ++k) {
    auto& m = members[k];
    std::stable_sort(m.begin(), m.end(), [&](int a, int b) { return degree[a] > degree[b]; });
    double cw = 0, ch = 0;
    for (int v : m) {
      cw = std::max(cw, out.positions[static_cast<std::size_t>(v)].width + cell_gap);
      ch = std::max(ch, out.positions[static_cast<std::size_t>(v)].height + cell_gap);
    }
    cells[k] = nearest_cells(m.size(), cw, ch);
    out.areas[k].radius = cells[k].radius;
    out.areas[k].members = static_cast<int>(m.size());
    out.areas[k].centre = m.front();
  }
  place_groups(out.areas, scene, out.group);
  for (std::size_t k = 0; k < members.size(); ++k)
    for (std::size_t r = 0; r < members[k].size(); ++r) {
      auto& p = out.positions[static_cast<std::size_t>(members[k][r])];
      p.x = out.areas[k].x + cells[k].offsets[r].first;
      p.y = out.areas[k].y + cells[k].offsets[r].second;
    }
  return out;
}

double legend_scale(const GroupedLayout& laid) {
  if (laid.positions.empty()) return 1;
  double left = laid.positions[0].x, right = left, bottom = laid.positions[0].y, top = bottom;
  for (const auto& p : laid.positions) {
    left = std::min(left, p.x - p.width / 2);
    right = std::max(right, p.x + p.width / 2);
    bottom = std::min(bottom, p.y - p.height / 2);
    top = std::max(top, p.y + p.height / 2);
  }
  return std::clamp(std::max(right - left, top - bottom) / 1500.0, 1.0, 24.0);
}

}  // namespace stakemap::render
