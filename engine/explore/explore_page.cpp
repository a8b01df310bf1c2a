#include "explore/explore_page.hpp"

#include <cstdio>
#include <map>
#include <stdexcept>

#include "analysis/centrality.hpp"
#include "core/escape.hpp"
#include "core/sha256.hpp"
#include "dataset/privacy.hpp"
#include "graph/digraph.hpp"
#include "i18n/messages.hpp"
#include "model/embedded.hpp"
#include "model/taxonomy.hpp"
#include "render/map_analyses.hpp"
#include "render/render.hpp"

namespace stakemap::explore {

namespace {

std::string number(double v, const char* format) {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::string json_list(const std::vector<std::string>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + escape::json(v[i]);
  return s + "]";
}

// Appends "key":value to an object body, leaving out empty strings and lists.
void field(std::string& out, const char* key, const std::string& value) {
  if (value.empty()) return;
  out += std::string(",\"") + key + "\":" + escape::json(value);
}
void field(std::string& out, const char* key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  out += std::string(",\"") + key + "\":" + json_list(values);
}

// `o` as the page's JSON, named in `lang` (its other name, when it has one there, is searched
// as an alias).
std::string org_json(const model::Organisation& o, const std::string& lang) {
  std::string s = "{\"id\":" + escape::json(o.id);
  const auto& name = o.name_in(lang);
  field(s, "name", name);
  if (&name == &o.name) {
    field(s, "aliases", o.aliases);
  } else {
    auto aliases = o.aliases;
    aliases.insert(aliases.begin(), o.name);
    field(s, "aliases", aliases);
  }
  field(s, "kind", o.kind);
  field(s, "level", o.level);
  field(s, "languages", o.languages);
  field(s, "territories", o.territories);
  field(s, "domains", o.domains);
  field(s, "publics", o.publics);
  field(s, "services", o.services);
  field(s, "support_role", o.support_role);
  field(s, "focal_point", o.focal_point);
  field(s, "willing", o.willing);
  field(s, "obstacles", o.obstacles);
  if (!o.attributes.empty()) {
    s += ",\"attributes\":[";
    bool first = true;
    for (const auto& [k, v] : o.attributes) {
      s += std::string(first ? "" : ",") + "[" + escape::json(k) + "," + escape::json(v) + "]";
      first = false;
    }
    s += "]";
  }
  return s + "}";
}

// Codes of one flow field, numbered in first-seen order so that flows hold small integers.
class CodeTable {
 public:
  int operator()(const std::string& code) {
    auto [it, added] = index_.try_emplace(code, static_cast<int>(codes_.size()));
    if (added) codes_.push_back(code);
    return it->second;
  }
  const std::vector<std::string>& codes() const { return codes_; }

 private:
  std::map<std::string, int> index_;
  std::vector<std::string> codes_;
};

// Every UI string of the page (ids explore.ui.*), keyed by the rest of the id.
std::string ui_json(i18n::Lang lang) {
  const std::string prefix = "explore.ui.";
  std::string s = "{";
  bool first = true;
  for (const auto& m : i18n::messages()) {
    if (m.id.rfind(prefix, 0) != 0) continue;
    s += std::string(first ? "" : ",") + escape::json(m.id.substr(prefix.size())) + ":" + escape::json(m.in(lang));
    first = false;
  }
  return s + "}";
}

// Taxonomy labels of the facets the page shows, in `lang`: {facet: {code: label}}.
std::string labels_json(const model::Taxonomy& tax, i18n::Lang lang) {
  const std::string code = i18n::code(lang);
  std::string s = "{";
  bool first_facet = true;
  for (const char* facet : {"kind", "level", "language", "domain", "public", "service", "support_role", "willingness",
                            "obstacle", "flow_status", "flow_basis", "regularity", "population"}) {
    s += std::string(first_facet ? "" : ",") + "\"" + facet + "\":{";
    first_facet = false;
    bool first = true;
    for (const auto& c : tax.codes(facet)) {
      s += std::string(first ? "" : ",") + escape::json(c.code) + ":" + escape::json(c.label(code));
      first = false;
    }
    s += "}";
  }
  return s + "}";
}

const char* view_name(render::ViewSpec::Kind kind) {
  switch (kind) {
    case render::ViewSpec::Kind::map: return "map";
    case render::ViewSpec::Kind::ego: return "ego";
    case render::ViewSpec::Kind::territory: return "territory";
    case render::ViewSpec::Kind::community: return "community";
    case render::ViewSpec::Kind::gaps: return "gaps";
    case render::ViewSpec::Kind::obstacles: return "obstacles";
    case render::ViewSpec::Kind::changes: return "changes";
  }
  return "map";
}

}  // namespace

std::string script_safe_json(const std::string& json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (char c : json) {
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else out += c;
  }
  return out;
}

ExplorePage explore_page(const ExploreInput& input) {
  if (!input.map) throw std::logic_error("explore_page: no map");
  // The page goes to partners by e-mail: it holds what a `--privacy partners` export holds (no
  // contacts, no personal attributes).
  const auto map = dataset::apply_privacy(*input.map, dataset::Privacy::partners);
  // Metrics, communities and silos on the active flows of the layer.
  graph::Layer active = input.layer;
  active.status = {"active"};
  graph::Digraph built;
  if (!input.given.graph) built = graph::build(map, active);
  const graph::Digraph& g = input.given.graph ? *input.given.graph : built;
  const bool given_betweenness = input.given.centrality && !input.given.centrality->betweenness.empty();
  analysis::CentralityOptions copts;
  copts.only = {"degree"};
  if (!given_betweenness) copts.only.push_back("betweenness");
  copts.kept = input.cache;
  auto centrality = analysis::centrality(g, copts);
  if (given_betweenness) centrality.betweenness = input.given.centrality->betweenness;
  render::MapAnalysesOptions aopts;
  aopts.communities = true;
  aopts.silo_survey = input.silo_survey;
  aopts.lang = input.lang;
  aopts.recommend = input.view.kind == render::ViewSpec::Kind::gaps ? 10 : 0;
  const auto analyses = render::map_analyses(map, active, aopts, {&g, &centrality});

  render::RenderInput rin;
  rin.map = &map;
  rin.layer = input.layer;
  rin.view = input.view;
  rin.lang = input.lang;
  render::attach(rin, analyses);
  std::optional<render::Placed> known;
  if (!input.placed.empty()) known = render::place_known(rin, input.placed, input.placed_by);
  const auto placed = known ? std::move(*known) : render::place_map(rin, input.layout, input.cache);

  const std::size_t n = map.organisations.size();
  std::vector<const render::NodePosition*> position(n, nullptr);
  for (std::size_t i = 0; i < placed.scene.nodes.size(); ++i)  // stubs (partners outside a view) stay off
    if (!placed.scene.nodes[i].stub)
      position[static_cast<std::size_t>(placed.scene.nodes[i].org)] = &placed.positions[i];
  std::vector<std::vector<std::string>> silo_reasons(n);
  for (const auto& s : analyses.silos)
    for (const auto& r : s.reasons)
      silo_reasons[static_cast<std::size_t>(s.org)].push_back(analysis::describe(r, input.lang));

  ExplorePage page;
  page.layout = placed.layout;
  std::string d = "{\"lang\":" + escape::json(i18n::code(input.lang));
  d += ",\"title\":" + escape::json(input.title.empty() ? placed.view.title : input.title);
  d += ",\"view\":\"" + std::string(view_name(input.view.kind)) + "\"";
  d += ",\"focus\":" + std::to_string(placed.view.focus);
  d += ",\"ui\":" + ui_json(input.lang);
  d += ",\"labels\":" + labels_json(map.taxonomy(), input.lang);
  d += ",\"territories\":{";
  for (std::size_t i = 0; i < map.territories.size(); ++i)
    d += (i ? "," : "") + escape::json(map.territories[i].id) + ":" +
         escape::json(map.territories[i].name_in(i18n::code(input.lang)));
  d += "},\"orgs\":[";
  for (std::size_t i = 0; i < n; ++i) d += (i ? ",\n" : "\n") + org_json(map.organisations[i], i18n::code(input.lang));
  d += "],\"pos\":[";
  for (std::size_t i = 0; i < n; ++i) {
    d += i ? "," : "";
    if (!position[i]) {
      d += "null";
      continue;
    }
    ++page.organisations;
    d += "[" + number(position[i]->x, "%.1f") + "," + number(-position[i]->y, "%.1f") + "]";
  }
  d += "],\"community\":[";
  for (std::size_t i = 0; i < n; ++i)
    d += (i ? "," : "") + std::to_string(analyses.community.empty() ? -1 : analyses.community[i]);
  d += "],\"betweenness\":[";
  for (std::size_t i = 0; i < n; ++i) d += (i ? "," : "") + number(centrality.betweenness[i], "%.4g");
  d += "],\"degree\":[";
  for (std::size_t i = 0; i < n; ++i) d += (i ? "," : "") + number(centrality.degree[i], "%.0f");
  d += "],\"silo\":[";
  for (std::size_t i = 0; i < n; ++i) d += (i ? "," : "") + json_list(silo_reasons[i]);
  // Flows of the layer between organisations of the view, as small integers.
  CodeTable status, basis, regularity, population, obstacle;
  d += "],\"flows\":[";
  for (const auto& f : map.flows) {
    int a = map.org_index(f.from), b = map.org_index(f.to);
    if (a < 0 || b < 0 || !position[static_cast<std::size_t>(a)] || !position[static_cast<std::size_t>(b)] ||
        !input.layer.matches(f))
      continue;
    d += page.flows ? ",\n[" : "\n[";
    ++page.flows;
    d += std::to_string(a) + "," + std::to_string(b) + "," + std::to_string(status(f.status)) + "," +
         std::to_string(basis(f.basis)) + "," + std::to_string(regularity(f.regularity)) + "," +
         std::to_string(population(f.population));
    for (const auto& o : f.obstacles) d += "," + std::to_string(obstacle(o));
    d += "]";
  }
  d += "],\"codes\":{\"status\":" + json_list(status.codes()) + ",\"basis\":" + json_list(basis.codes()) +
       ",\"regularity\":" + json_list(regularity.codes()) + ",\"population\":" + json_list(population.codes()) +
       ",\"obstacle\":" + json_list(obstacle.codes()) + "},\"recommended\":[";
  bool first = true;
  for (const auto& l : placed.view.links)
    if (l.cls == render::LinkClass::recommended) {
      d += std::string(first ? "" : ",") + "[" + std::to_string(l.from) + "," + std::to_string(l.to) + "]";
      first = false;
    }
  d += "]}";

  const std::string script(model::embedded_model("explore/explore.js"));
  const std::string style(model::embedded_model("explore/explore.css"));
  const std::string csp = "default-src 'none'; script-src " + sha256::csp_source(script) + "; style-src " +
                          sha256::csp_source(style) + "; base-uri 'none'; form-action 'none'";
  const std::string lang = i18n::code(input.lang);
  std::string& h = page.html;
  h = "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + escape::xml(csp) + "\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<title>" + escape::xml(input.title.empty() ? placed.view.title : input.title) + "</title>\n";
  h += "<style>" + style + "</style>\n</head>\n<body>\n";
  h += "<noscript>" + escape::xml(i18n::text("explore.noscript", input.lang)) + "</noscript>\n";
  h += "<script type=\"application/json\" id=\"stakemap-data\">" + script_safe_json(d) + "</script>\n";
  h += "<script>" + script + "</script>\n</body>\n</html>\n";
  return page;
}

}  // namespace stakemap::explore
