#include "render/style.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <map>
#include <unordered_map>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "i18n/messages.hpp"
#include "model/taxonomy.hpp"
#include "render/grouping.hpp"
#include "render/labels.hpp"
#include "render/legend.hpp"

namespace stakemap::render {

const std::vector<std::string>& palette() {
  static const std::vector<std::string> colors{"#77AADD", "#EE8866", "#EEDD88", "#FFAABB",
                                               "#44BB99", "#99DDFF", "#BBCC33", "#AAAA00"};
  return colors;
}

const LinkStyle& link_style(LinkClass cls) {
  static const std::map<LinkClass, LinkStyle> styles{
      {LinkClass::mandatory,
       {"solid", "#444444", 1.2, "normal", true, "\u2500\u2500\u2500\u25B6", "map.line.mandatory"}},
      {LinkClass::voluntary,
       {"solid", "#444444", 2.8, "normal", true, "\u2501\u2501\u2501\u25B6", "map.line.voluntary"}},
      {LinkClass::voluntary_unknown,
       {"solid", "#8C8C8C", 2.8, "normal", true, "\u2501\u2501\u2501\u25B6", "map.line.voluntary_unknown"}},
      {LinkClass::on_request,
       {"solid", "#444444", 1.2, "empty", true, "\u2500\u2500\u2500\u25B7", "map.line.on_request"}},
      {LinkClass::sporadic,
       {"dashed", "#444444", 1.2, "normal", true, "\u2013 \u2013 \u2013\u25B6", "map.line.sporadic"}},
      {LinkClass::context, {"solid", "#C8C8C8", 0.8, "normal", true, "\u2500\u2500\u2500\u25B6", "map.line.context"}},
      {LinkClass::desired,
       {"dotted", "#555555", 2.2, "normal", true, "\u00B7\u00B7\u00B7\u00B7\u00B7\u25B6", "map.line.desired"}},
      {LinkClass::blocked, {"solid", silo_color, 2.0, "normal", true, "\u2501\u2501\u2501\u25B6", "map.line.blocked"}},
      {LinkClass::recommended,
       {"dashed", "#0077BB", 1.8, "none", false, "\u2013 \u2013 \u2013 \u2013", "map.line.recommended"}},
      {LinkClass::outside, {"solid", "#999999", 1.0, "normal", true, "\u2500\u2500\u2500\u25B6", "map.line.outside"}},
      {LinkClass::added, {"solid", added_color, 2.6, "normal", true, "\u2501\u2501\u2501\u25B6", "map.line.added"}},
      {LinkClass::removed,
       {"dashed", silo_color, 2.2, "normal", true, "\u2013 \u2013 \u2013\u25B6", "map.line.removed"}},
      {LinkClass::unchanged,
       {"solid", "#CCCCCC", 0.8, "normal", true, "\u2500\u2500\u2500\u25B6", "map.line.unchanged"}},
  };
  return styles.at(cls);
}

ShapeChoice shape_for(const model::Taxonomy& tax, const model::Organisation& o, ShapeBy by) {
  if (by == ShapeBy::role) {
    if (o.support_role == "first-line") return {"ellipse", "", "\u25CF"};
    if (o.support_role == "secondary") return {"box", "", "\u25A0"};
    if (o.support_role == "both") return {"hexagon", "", "\u2B23"};
    if (o.support_role == "none") return {"parallelogram", "", "\u25B0"};
    return {"box", "rounded", "\u25A2"};
  }
  // The kind's shape comes from the map's profile (the taxonomy's shape column); these are the
  // Graphviz shapes it may name, each with the glyph that stands for it in legends (glyphs that
  // DejaVu Sans has: it has no octagon, so a ring in a hexagon stands for it).
  static const std::map<std::string, ShapeChoice> by_shape{
      {"box", {"box", "", "\u25A0"}},         {"pentagon", {"pentagon", "", "\u2B1F"}},
      {"hexagon", {"hexagon", "", "\u2B23"}}, {"ellipse", {"ellipse", "", "\u25CF"}},
      {"diamond", {"diamond", "", "\u25C6"}}, {"parallelogram", {"parallelogram", "", "\u25B0"}},
      {"house", {"house", "", "\u2302"}},     {"octagon", {"octagon", "", "\u23E3"}}};
  std::string shape;
  for (const auto& c : tax.codes("kind"))
    if (c.code == o.kind) shape = c.shape;
  auto it = by_shape.find(shape);
  return it == by_shape.end() ? ShapeChoice{"box", "rounded", "\u25A2"} : it->second;
}

namespace {

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", v);
  return buf;
}

GroupBy grouping_of(ColorBy c) {
  switch (c) {
    case ColorBy::level: return GroupBy::level;
    case ColorBy::kind: return GroupBy::kind;
    case ColorBy::territory: return GroupBy::territory;
    case ColorBy::community: return GroupBy::community;
  }
  return GroupBy::level;
}

// Fills node colours by group and returns the legend section explaining them.
LegendSection color_nodes(const RenderInput& in, Scene& scene) {
  GroupBy grouping = grouping_of(in.encoding.color);
  struct Seen {
    Group group;
    int count = 0;
    std::string fill;
  };
  std::map<std::string, Seen> seen;  // by key
  std::vector<Group> groups;
  for (const auto& node : scene.nodes) {
    groups.push_back(group_of(in, node.org, grouping));
    auto& s = seen[groups.back().key];
    s.group = groups.back();
    ++s.count;
  }
  std::vector<Seen*> known;
  for (auto& [key, s] : seen)
    if (!key.empty()) known.push_back(&s);
  std::sort(known.begin(), known.end(), [](auto* a, auto* b) { return a->group.order < b->group.order; });
  const auto& colors = palette();
  int fixed = fixed_group_count(in.map->taxonomy(), grouping);
  if (fixed > 0 && fixed <= static_cast<int>(colors.size())) {
    for (auto* s : known) s->fill = colors[s->group.order];
  } else {
    std::vector<Seen*> chosen = known;
    if (chosen.size() > colors.size()) {  // keep the most frequent, in group order
      std::stable_sort(chosen.begin(), chosen.end(), [](auto* a, auto* b) { return a->count > b->count; });
      chosen.resize(colors.size());
      std::sort(chosen.begin(), chosen.end(), [](auto* a, auto* b) { return a->group.order < b->group.order; });
    }
    for (std::size_t i = 0; i < chosen.size(); ++i) chosen[i]->fill = colors[i];
  }
  LegendSection section{i18n::text("map.heading.fill", in.lang, {{"facet", grouping_name(grouping, in.lang)}}), {}};
  std::vector<std::string> others;
  for (auto* s : known) {
    if (s->fill.empty()) {
      s->fill = other_fill;
      others.push_back(s->group.label);
    } else {
      section.entries.push_back({LegendEntry::Symbol::swatch, "", s->fill, s->group.label});
    }
  }
  if (!others.empty())
    section.entries.push_back({LegendEntry::Symbol::swatch, "", other_fill,
                               i18n::text("map.value.others", in.lang, {{"values", text::join(others, ", ")}})});
  if (seen.count("")) {
    seen[""].fill = unknown_fill;
    section.entries.push_back(
        {LegendEntry::Symbol::swatch, "", unknown_fill, i18n::text("map.value.unknown", in.lang)});
  }
  for (std::size_t i = 0; i < scene.nodes.size(); ++i) scene.nodes[i].fill = seen[groups[i].key].fill;
  return section;
}

LegendSection shape_nodes(const RenderInput& in, Scene& scene) {
  const auto& map = *in.map;
  const auto& tax = map.taxonomy();
  bool by_role = in.encoding.shape == ShapeBy::role;
  LegendSection section{i18n::text("map.heading.shape", in.lang,
                                   {{"facet", i18n::text(by_role ? "map.facet.role" : "map.facet.kind", in.lang)}}),
                        {}};
  // One legend line per shape used, naming the values drawn with it, in taxonomy order.
  std::map<std::string, std::pair<std::string, std::vector<std::string>>> used;  // shape -> glyph, codes
  for (auto& node : scene.nodes) {
    const auto& o = map.organisations[node.org];
    auto choice = shape_for(tax, o, in.encoding.shape);
    node.shape = choice.shape;
    node.style = choice.style;
    auto& [glyph, codes] = used[choice.shape + "/" + choice.style];
    glyph = choice.glyph;
    const std::string& code = by_role ? o.support_role : o.kind;
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  }
  const auto& order = tax.codes(by_role ? "support_role" : "kind");
  auto rank = [&](const std::string& code) {
    for (std::size_t i = 0; i < order.size(); ++i)
      if (order[i].code == code) return static_cast<int>(i);
    return static_cast<int>(order.size());
  };
  std::vector<std::pair<int, LegendEntry>> entries;
  for (auto& [shape, value] : used) {
    auto& [glyph, codes] = value;
    std::sort(codes.begin(), codes.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
    std::string text;
    for (const auto& c : codes)
      text += (text.empty() ? "" : "; ") + (c.empty() ? i18n::text("map.value.unknown", in.lang)
                                            : by_role ? i18n::text("map.role." + c, in.lang)
                                                      : tax.label("kind", c, i18n::code(in.lang)));
    entries.push_back({rank(codes.front()), {LegendEntry::Symbol::glyph, glyph, "#555555", text}});
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& e : entries) section.entries.push_back(std::move(e.second));
  return section;
}

// Sizes (area proportional to the metric), silo and focus outlines.
LegendSection outline_and_size(const RenderInput& in, const ViewSelection& view, Scene& scene) {
  LegendSection section{i18n::text("map.heading.nodes", in.lang), {}};
  bool any_silo = false, any_focus = false;
  for (auto& node : scene.nodes) {
    node.silo = !in.silo.empty() && in.silo[node.org];
    node.focus = node.org == view.focus;
    any_silo = any_silo || node.silo;
    any_focus = any_focus || node.focus;
  }
  if (any_focus)
    section.entries.push_back({LegendEntry::Symbol::glyph, "\u25CE", "#000000", i18n::text("map.node.focus", in.lang)});
  if (!in.org_change.empty()) {
    bool added = false, removed = false;
    for (auto& node : scene.nodes) {
      const Change c = in.org_change[node.org];
      if (c == Change::added) node.outline = added_color;
      if (c == Change::removed) node.outline = silo_color;
      node.dashed = c == Change::removed;
      added = added || c == Change::added;
      removed = removed || c == Change::removed;
    }
    if (added)
      section.entries.push_back(
          {LegendEntry::Symbol::glyph, "\u25EF", added_color, i18n::text("map.node.added", in.lang)});
    if (removed)
      section.entries.push_back(
          {LegendEntry::Symbol::glyph, "\u25CC", silo_color, i18n::text("map.node.removed", in.lang)});
  }
  if (any_silo) {
    // An outline most nodes carry says little by itself: past a third, the legend gives the share.
    auto members = std::count_if(scene.nodes.begin(), scene.nodes.end(), [](const auto& n) { return !n.stub; });
    auto silos = std::count_if(scene.nodes.begin(), scene.nodes.end(), [](const auto& n) { return n.silo; });
    std::string text =
        3 * silos > members
            ? i18n::text("map.node.silo_share", in.lang,
                         {{"count", silos}, {"total", members}, {"share", (100 * silos + members / 2) / members}})
            : i18n::text("map.node.silo", in.lang);
    section.entries.push_back({LegendEntry::Symbol::glyph, "\u25EF", silo_color, text});
  }
  if (!in.kept.empty() && !view.outside.empty())
    section.entries.push_back(
        {LegendEntry::Symbol::glyph, "Aa", stub_color, i18n::text("map.node.filtered_out", in.lang)});
  if (!in.size.values.empty()) {
    // Area proportional to the value; values that are not numbers (NaN) get the smallest size.
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto& node : scene.nodes) {
      double v = in.size.values[node.org];
      if (std::isfinite(v)) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
    }
    if (lo <= hi) {
      for (auto& node : scene.nodes) {
        double v = in.size.values[node.org];
        double t = hi > lo && std::isfinite(v) ? std::sqrt((v - lo) / (hi - lo)) : 0.0;
        node.width = 0.6 + 1.4 * t;
        node.fontsize = 9 + 7 * t;
      }
      section.entries.push_back(
          {LegendEntry::Symbol::glyph, "\u2022\u25CF", "#555555",
           i18n::text("map.node.size", in.lang, {{"metric", in.size.name}, {"min", number(lo)}, {"max", number(hi)}})});
    }
  }
  return section;
}

// Territory view without other clusters: the members covering the territory from above
// (federal, community actors) in a band of their own.
void band_above(const RenderInput& in, const ViewSelection& view, Scene& scene) {
  if (view.above.empty() || !scene.clusters.empty()) return;
  scene.clusters.push_back(i18n::text("map.cluster.above", in.lang));
  for (auto& node : scene.nodes)
    if (std::binary_search(view.above.begin(), view.above.end(), node.org)) node.cluster = 0;
}

}  // namespace

namespace {

// A drawn edge's pair, class and label, hashed: encode() looks one up per link (a tree of
// tuples was 5 % of a 20k report).
struct DrawnKey {
  int tail, head;
  LinkClass cls;
  std::string label;
  bool operator==(const DrawnKey&) const = default;
};
struct DrawnKeyHash {
  std::size_t operator()(const DrawnKey& k) const {
    const auto ends =
        (static_cast<std::uint64_t>(static_cast<std::uint32_t>(k.tail)) << 32 | static_cast<std::uint32_t>(k.head)) *
            link_class_count +
        static_cast<std::uint64_t>(k.cls);
    return std::hash<std::uint64_t>{}(ends) ^ (std::hash<std::string>{}(k.label) * 31);
  }
};

}  // namespace

Scene encode(const RenderInput& in, const ViewSelection& view) {
  const auto& map = *in.map;
  Scene scene;
  scene.title = in.title.empty() ? view.title : in.title;
  std::vector<int> node_of(map.organisations.size(), -1);
  auto drawn = view.orgs;
  drawn.insert(drawn.end(), view.outside.begin(), view.outside.end());
  auto labels = node_labels(map, drawn, in.encoding.label, in.encoding.wrap, in.lang);
  for (std::size_t i = 0; i < view.orgs.size(); ++i) {
    node_of[view.orgs[i]] = static_cast<int>(scene.nodes.size());
    SceneNode node;
    node.org = view.orgs[i];
    node.label_lines = std::move(labels[i]);
    scene.nodes.push_back(std::move(node));
  }
  for (auto section : {color_nodes(in, scene), shape_nodes(in, scene)})
    if (!section.entries.empty()) scene.legend.push_back(std::move(section));
  auto nodes_section = outline_and_size(in, view, scene);
  assign_clusters(in, scene);
  band_above(in, view, scene);
  for (std::size_t i = 0; i < view.outside.size(); ++i) {
    int org = view.outside[i];
    node_of[org] = static_cast<int>(scene.nodes.size());
    SceneNode node;
    node.org = org;
    node.label_lines = std::move(labels[view.orgs.size() + i]);
    node.fontsize = stub_fontsize;
    node.stub = true;
    scene.nodes.push_back(std::move(node));
  }

  LegendSection lines{i18n::text("map.heading.lines", in.lang), {}};
  std::vector<bool> class_used(link_class_count);
  std::vector<std::string> obstacles;
  // A pair's two directions of the same class and label are drawn as one double-headed line.
  std::unordered_map<DrawnKey, std::size_t, DrawnKeyHash> drawn_edges;
  bool any_both = false;
  for (const auto& link : view.links) {
    const auto& s = link_style(link.cls);
    SceneEdge e{node_of[link.from],
                node_of[link.to],
                s.style,
                s.color,
                s.penwidth,
                s.arrowhead,
                s.directed,
                "",
                link.cls == LinkClass::outside};
    for (const auto& o : link.obstacles) {
      e.label += (e.label.empty() ? "" : ", ") + o;
      if (std::find(obstacles.begin(), obstacles.end(), o) == obstacles.end()) obstacles.push_back(o);
    }
    class_used[static_cast<int>(link.cls)] = true;
    e.context = link.cls == LinkClass::context || link.cls == LinkClass::unchanged;
    e.gap = link.cls == LinkClass::desired || link.cls == LinkClass::blocked;
    e.ordinary = e.context || link.cls == LinkClass::outside || link.cls == LinkClass::mandatory ||
                 link.cls == LinkClass::voluntary || link.cls == LinkClass::voluntary_unknown ||
                 link.cls == LinkClass::on_request || link.cls == LinkClass::sporadic;
    if (e.directed) {
      auto reverse = drawn_edges.find(DrawnKey{e.head, e.tail, link.cls, e.label});
      if (reverse != drawn_edges.end() && !scene.edges[reverse->second].both) {
        scene.edges[reverse->second].both = any_both = true;
        continue;
      }
      drawn_edges.emplace(DrawnKey{e.tail, e.head, link.cls, e.label}, scene.edges.size());
    }
    scene.edges.push_back(std::move(e));
  }
  for (int c = 0; c < link_class_count; ++c) {
    if (!class_used[c]) continue;
    const auto& s = link_style(static_cast<LinkClass>(c));
    lines.entries.push_back({LegendEntry::Symbol::line, s.glyph, s.color, i18n::text(s.text_key, in.lang)});
  }
  if (any_both)
    lines.entries.push_back(
        {LegendEntry::Symbol::line, "\u25C0\u2500\u2500\u25B6", "#444444", i18n::text("map.line.both", in.lang)});
  if (!lines.entries.empty()) scene.legend.push_back(std::move(lines));
  if (!nodes_section.entries.empty()) scene.legend.push_back(std::move(nodes_section));
  if (!obstacles.empty()) scene.legend.push_back(obstacle_section(in.map->taxonomy(), obstacles, in.lang));
  scene.subtitle = subtitle(in, scene);
  if (in.map->synthetic) scene.notice = i18n::text("notice.synthetic", in.lang);
  return scene;
}

}  // namespace stakemap::render
