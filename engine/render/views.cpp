#include "render/views.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <unordered_map>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "graph/bfs.hpp"
#include "i18n/messages.hpp"
#include "model/taxonomy.hpp"
#include "model/territory_graph.hpp"
#include "model/territory_scope.hpp"

namespace stakemap::render {

namespace {

bool is_digits(const std::string& s) {
  return !s.empty() && s.size() < 9 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Collects links, merging flows of the same ordered pair and class.
class LinkSet {
 public:
  void add(int from, int to, LinkClass cls, const std::vector<std::string>& obstacles) {
    // One number per (from, to, class): a hash lookup (a tree of tuples was 4 % of a 20k report).
    const auto key =
        (static_cast<std::uint64_t>(static_cast<std::uint32_t>(from)) << 32 | static_cast<std::uint32_t>(to)) *
            link_class_count +
        static_cast<std::uint64_t>(cls);
    auto [it, inserted] = index_.emplace(key, links_.size());
    if (inserted) links_.push_back({from, to, cls, {}});
    auto& merged = links_[it->second].obstacles;
    for (const auto& o : obstacles)
      if (std::find(merged.begin(), merged.end(), o) == merged.end()) merged.push_back(o);
  }
  std::vector<ViewLink> take() { return std::move(links_); }

 private:
  std::unordered_map<std::uint64_t, std::size_t> index_;
  std::vector<ViewLink> links_;
};

// Layer flows whose both ends are in `keep` (a membership mask over organisations).
std::vector<ViewLink> layer_links(const RenderInput& in, const std::vector<bool>& keep) {
  const auto& map = *in.map;
  LinkSet set;
  for (const auto& f : map.flows) {
    int a = map.org_index(f.from), b = map.org_index(f.to);
    if (a < 0 || b < 0 || a == b || !keep[a] || !keep[b] || !in.layer.matches(f)) continue;
    set.add(a, b, classify(f), f.obstacles);
  }
  return set.take();
}

std::vector<int> members(const std::vector<bool>& keep) {
  std::vector<int> out;
  for (int i = 0; i < static_cast<int>(keep.size()); ++i)
    if (keep[i]) out.push_back(i);
  return out;
}

// Organisations within in.view.radius hops of `centre`, flows of the layer taken both ways.
std::vector<bool> ego_members(const RenderInput& in, int centre) {
  auto g = graph::undirected(graph::build(*in.map, in.layer));
  graph::Bfs bfs(g);
  const auto& dist = bfs.run({centre}, nullptr, in.view.radius);
  std::vector<bool> keep(dist.size());
  for (std::size_t i = 0; i < keep.size(); ++i) keep[i] = dist[i] >= 0;
  return keep;
}

std::vector<bool> community_members(const RenderInput& in) {
  if (in.community.size() != in.map->organisations.size())
    throw UsageError("the community view needs the communities of the layer, which were not computed");
  std::vector<bool> keep(in.community.size());
  int highest = -1;
  for (std::size_t i = 0; i < keep.size(); ++i) {
    keep[i] = in.community[i] >= 0 &&
              in.community[i] + 1 == in.view.community;  // numbered from 1, as `stakemap communities` does
    highest = std::max(highest, in.community[i]);
  }
  if (std::none_of(keep.begin(), keep.end(), [](bool b) { return b; }))
    throw InputError("unknown community " + std::to_string(in.view.community) + ": this layer has communities " +
                     (highest < 0 ? std::string("none") : "1 to " + std::to_string(highest + 1)) +
                     " (see `stakemap communities`)");
  return keep;
}

// The most common value of `value_of` over the members of `keep`, when at least half of them
// share it; else empty.
template <typename ValueOf>
std::string majority(const std::vector<bool>& keep, ValueOf value_of) {
  std::map<std::string, int> count;
  int members = 0;
  for (std::size_t i = 0; i < keep.size(); ++i) {
    if (!keep[i]) continue;
    ++members;
    if (auto v = value_of(i); !v.empty()) ++count[v];
  }
  std::string best;
  int most = 0;
  for (const auto& [value, n] : count)
    if (n > most) best = value, most = n;
  return 2 * most >= members ? best : "";
}

// The title of a community view: its number and, when at least half of its members share
// them, their level and their first territory ("Network community 2 — mostly Local, Flemish
// Region").
std::string community_title(const RenderInput& in, const std::vector<bool>& keep) {
  const auto& map = *in.map;
  const auto lang = i18n::code(in.lang);
  std::vector<std::string> parts;
  auto level = majority(keep, [&](std::size_t i) { return map.organisations[i].level; });
  if (!level.empty()) parts.push_back(map.taxonomy().label("level", level, lang));
  auto territory = majority(keep, [&](std::size_t i) {
    const auto& ts = map.organisations[i].territories;
    return ts.empty() ? std::string() : ts.front();
  });
  if (int t = map.territory_index(territory); t >= 0) parts.push_back(map.territories[t].name_in(lang));
  if (parts.empty()) return i18n::text("map.title.community", in.lang, {{"number", in.view.community}});
  return i18n::text("map.title.community_mostly", in.lang,
                    {{"number", in.view.community}, {"what", text::join(parts, ", ")}});
}

// Members of the territory view that cover territory `t` from above (federal, community...).
std::vector<int> covering_from_above(const model::Map& map, int t, const std::vector<bool>& keep) {
  model::TerritoryGraph tg(map);
  std::vector<int> out;
  for (int i = 0; i < static_cast<int>(keep.size()); ++i)
    if (keep[i] && model::territory_relation(map, tg, map.organisations[i].territories, t) == model::scope_above)
      out.push_back(i);
  return out;
}

// Layer flows with one end in `keep` and the other outside: appended to v.links as outside
// links, the outside ends listed in v.outside.
void add_outside_links(const RenderInput& in, const std::vector<bool>& keep, ViewSelection& v) {
  const auto& map = *in.map;
  LinkSet set;
  std::vector<bool> partner(keep.size());
  for (const auto& f : map.flows) {
    int a = map.org_index(f.from), b = map.org_index(f.to);
    if (a < 0 || b < 0 || a == b || keep[a] == keep[b] || !in.layer.matches(f)) continue;
    set.add(a, b, LinkClass::outside, {});
    partner[keep[a] ? b : a] = true;
  }
  for (auto& link : set.take()) v.links.push_back(std::move(link));
  v.outside = members(partner);
}

ViewSelection gaps_view(const RenderInput& in) {
  const auto& map = *in.map;
  ViewSelection v;
  LinkSet set;
  for (const auto& f : map.flows) {
    int a = map.org_index(f.from), b = map.org_index(f.to);
    if (a < 0 || b < 0 || a == b) continue;
    if (f.status == "desired" || f.status == "blocked") set.add(a, b, classify(f), f.obstacles);
    else if (in.layer.matches(f)) set.add(a, b, LinkClass::context, {});
  }
  for (const auto& r : in.recommended) set.add(std::min(r.a, r.b), std::max(r.a, r.b), LinkClass::recommended, {});
  v.links = set.take();
  for (int i = 0; i < static_cast<int>(map.organisations.size()); ++i) v.orgs.push_back(i);
  v.title = i18n::text("map.title.gaps", in.lang);
  return v;
}

ViewSelection obstacles_view(const RenderInput& in) {
  const auto& map = *in.map;
  ViewSelection v;
  LinkSet set;
  std::vector<bool> keep(map.organisations.size());
  for (const auto& f : map.flows) {
    int a = map.org_index(f.from), b = map.org_index(f.to);
    if (a < 0 || b < 0 || a == b) continue;
    if (f.status == "blocked" || (f.status == "desired" && !f.obstacles.empty())) {
      set.add(a, b, classify(f), f.obstacles);
      keep[a] = keep[b] = true;
    }
  }
  v.links = set.take();
  v.orgs = members(keep);
  v.title = i18n::text("map.title.obstacles", in.lang);
  return v;
}

ViewSelection changes_view(const RenderInput& in) {
  const auto& map = *in.map;
  if (in.flow_change.size() != map.flows.size() || in.org_change.size() != map.organisations.size())
    throw std::logic_error("changes view: flow_change or org_change not sized");
  std::vector<bool> keep(map.organisations.size());
  for (std::size_t i = 0; i < keep.size(); ++i) keep[i] = in.org_change[i] != Change::same;
  auto drawn = [&](const model::Flow& f, int a, int b) { return a >= 0 && b >= 0 && a != b && in.layer.matches(f); };
  for (std::size_t i = 0; i < map.flows.size(); ++i) {
    const auto& f = map.flows[i];
    int a = map.org_index(f.from), b = map.org_index(f.to);
    if (in.flow_change[i] != Change::same && drawn(f, a, b)) keep[a] = keep[b] = true;
  }
  ViewSelection v;
  LinkSet set;
  for (std::size_t i = 0; i < map.flows.size(); ++i) {
    const auto& f = map.flows[i];
    int a = map.org_index(f.from), b = map.org_index(f.to);
    if (!drawn(f, a, b) || !keep[a] || !keep[b]) continue;
    const Change c = in.flow_change[i];
    set.add(a, b,
            c == Change::added     ? LinkClass::added
            : c == Change::removed ? LinkClass::removed
                                   : LinkClass::unchanged,
            {});
  }
  v.links = set.take();
  v.orgs = members(keep);
  v.title = i18n::text("map.title.changes", in.lang);
  return v;
}

// Keeps in `v` the members `kept` keeps (the ego centre always) and the links that touch one
// of them; the other end of such a link, when not a kept member, is drawn as a stub.
void keep_only(ViewSelection& v, std::vector<bool> kept) {
  if (v.focus >= 0) kept[v.focus] = true;
  std::vector<bool> member(kept.size());
  for (int o : v.orgs) member[o] = kept[o];
  std::erase_if(v.links, [&](const ViewLink& l) { return !member[l.from] && !member[l.to]; });
  std::vector<bool> stub(kept.size());
  for (const auto& l : v.links) {
    if (!member[l.from]) stub[l.from] = true;
    if (!member[l.to]) stub[l.to] = true;
  }
  std::erase_if(v.orgs, [&](int o) { return !member[o]; });
  std::erase_if(v.above, [&](int o) { return !member[o]; });
  v.outside = members(stub);
}

ViewSelection select_all_of_view(const RenderInput& in) {
  const auto& map = *in.map;
  const auto& spec = in.view;
  using Kind = ViewSpec::Kind;
  if (spec.kind == Kind::gaps) return gaps_view(in);
  if (spec.kind == Kind::obstacles) return obstacles_view(in);
  if (spec.kind == Kind::changes) return changes_view(in);
  ViewSelection v;
  std::vector<bool> keep(map.organisations.size(), true);
  if (spec.kind == Kind::map) {
    v.title = i18n::text("map.title.map", in.lang);
  } else if (spec.kind == Kind::ego) {
    v.focus = map.org_index(spec.org);
    if (v.focus < 0)
      throw OptionInputError(
          {"unknown organisation '" + spec.org + "' in ", option_field("view"), " ego (see `stakemap list orgs`)"});
    keep = ego_members(in, v.focus);
    v.title = i18n::text("map.title.ego", in.lang,
                         {{"org", map.organisations[v.focus].name_in(i18n::code(in.lang))}, {"radius", spec.radius}});
  } else if (spec.kind == Kind::territory) {
    int t = map.territory_index(spec.territory);
    if (t < 0)
      throw OptionInputError({"unknown territory '" + spec.territory + "' in ", option_field("view"),
                              " territory (see `stakemap list territories`)"});
    keep = model::territory_members(map, t, spec.territory_scopes);
    v.title =
        i18n::text("map.title.territory", in.lang, {{"territory", map.territories[t].name_in(i18n::code(in.lang))}});
  } else {
    keep = community_members(in);
    v.title = community_title(in, keep);
  }
  v.orgs = members(keep);
  v.links = layer_links(in, keep);
  if (spec.kind == Kind::territory) {
    v.above = covering_from_above(map, map.territory_index(spec.territory), keep);
    add_outside_links(in, keep, v);
  }
  return v;
}

}  // namespace

ViewSelection select_view(const RenderInput& in) {
  auto v = select_all_of_view(in);
  if (!in.kept.empty()) keep_only(v, in.kept);
  return v;
}

ViewSpec ViewSpec::parse(const std::string& text) {
  ViewSpec v;
  auto colon = text.find(':');
  std::string head = text.substr(0, colon), rest = colon == std::string::npos ? "" : text.substr(colon + 1);
  bool has_arg = colon != std::string::npos;
  auto bad = [&](const std::string& why) {
    return OptionError(
        {"bad ", option_field("view"),
         " '" + text + "': " + why + " (views: map, ego:ORG[:RADIUS], territory:ID, community:N, gaps, obstacles)"});
  };
  if ((head == "map" || head == "gaps" || head == "obstacles") && !has_arg) {
    v.kind = head == "map" ? Kind::map : head == "gaps" ? Kind::gaps : Kind::obstacles;
  } else if (head == "ego") {
    v.kind = Kind::ego;
    auto last = rest.rfind(':');
    if (last != std::string::npos) {
      std::string radius = rest.substr(last + 1);
      if (!is_digits(radius) || std::stoi(radius) < 1)
        throw bad("the radius must be a whole number of hops, 1 or more");
      v.radius = std::stoi(radius);
      rest.resize(last);
    }
    if (rest.empty()) throw bad("ego needs an organisation id");
    v.org = rest;
  } else if (head == "territory") {
    if (rest.empty()) throw bad("territory needs a territory id");
    v.kind = Kind::territory;
    v.territory = rest;
  } else if (head == "community") {
    if (!is_digits(rest)) throw bad("community needs a community number");
    v.kind = Kind::community;
    v.community = std::stoi(rest);
  } else {
    throw bad("unknown view");
  }
  return v;
}

LinkClass classify(const model::Flow& f) {
  if (f.status == "desired") return LinkClass::desired;
  if (f.status == "blocked") return LinkClass::blocked;
  if (f.regularity == "sporadic") return LinkClass::sporadic;
  if (f.basis == "mandatory") return LinkClass::mandatory;
  if (f.basis == "on-request") return LinkClass::on_request;
  return f.regularity == "regular" ? LinkClass::voluntary : LinkClass::voluntary_unknown;
}

}  // namespace stakemap::render
