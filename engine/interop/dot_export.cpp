#include "interop/dot_export.hpp"

#include <map>
#include <set>

#include "core/escape.hpp"
#include "core/text.hpp"
#include "interop/declared.hpp"

namespace stakemap::interop {

namespace {

// Graphviz's attribute names (https://graphviz.org/doc/info/attrs.html), lower case.
const std::set<std::string>& graphviz_attributes() {
  static const std::set<std::string> names{"_background",
                                           "area",
                                           "arrowhead",
                                           "arrowsize",
                                           "arrowtail",
                                           "bb",
                                           "beautify",
                                           "bgcolor",
                                           "center",
                                           "charset",
                                           "class",
                                           "cluster",
                                           "clusterrank",
                                           "color",
                                           "colorscheme",
                                           "comment",
                                           "compound",
                                           "concentrate",
                                           "constraint",
                                           "damping",
                                           "decorate",
                                           "defaultdist",
                                           "dim",
                                           "dimen",
                                           "dir",
                                           "diredgeconstraints",
                                           "distortion",
                                           "dpi",
                                           "edgehref",
                                           "edgetarget",
                                           "edgetooltip",
                                           "edgeurl",
                                           "epsilon",
                                           "esep",
                                           "fillcolor",
                                           "fixedsize",
                                           "fontcolor",
                                           "fontname",
                                           "fontnames",
                                           "fontpath",
                                           "fontsize",
                                           "forcelabels",
                                           "gradientangle",
                                           "group",
                                           "head_lp",
                                           "headclip",
                                           "headhref",
                                           "headlabel",
                                           "headport",
                                           "headtarget",
                                           "headtooltip",
                                           "headurl",
                                           "height",
                                           "href",
                                           "id",
                                           "image",
                                           "imagepath",
                                           "imagepos",
                                           "imagescale",
                                           "inputscale",
                                           "k",
                                           "label",
                                           "label_scheme",
                                           "labelangle",
                                           "labeldistance",
                                           "labelfloat",
                                           "labelfontcolor",
                                           "labelfontname",
                                           "labelfontsize",
                                           "labelhref",
                                           "labeljust",
                                           "labelloc",
                                           "labeltarget",
                                           "labeltooltip",
                                           "labelurl",
                                           "landscape",
                                           "layer",
                                           "layerlistsep",
                                           "layers",
                                           "layerselect",
                                           "layersep",
                                           "layout",
                                           "len",
                                           "levels",
                                           "levelsgap",
                                           "lhead",
                                           "lheight",
                                           "linelength",
                                           "lp",
                                           "ltail",
                                           "lwidth",
                                           "margin",
                                           "maxiter",
                                           "mclimit",
                                           "mindist",
                                           "minlen",
                                           "mode",
                                           "model",
                                           "newrank",
                                           "nodesep",
                                           "nojustify",
                                           "normalize",
                                           "notranslate",
                                           "nslimit",
                                           "nslimit1",
                                           "oneblock",
                                           "ordering",
                                           "orientation",
                                           "outputorder",
                                           "overlap",
                                           "overlap_scaling",
                                           "overlap_shrink",
                                           "pack",
                                           "packmode",
                                           "pad",
                                           "page",
                                           "pagedir",
                                           "pencolor",
                                           "penwidth",
                                           "peripheries",
                                           "pin",
                                           "pos",
                                           "quadtree",
                                           "quantum",
                                           "radius",
                                           "rank",
                                           "rankdir",
                                           "ranksep",
                                           "ratio",
                                           "rects",
                                           "regular",
                                           "remincross",
                                           "repulsiveforce",
                                           "resolution",
                                           "root",
                                           "rotate",
                                           "rotation",
                                           "samehead",
                                           "sametail",
                                           "samplepoints",
                                           "scale",
                                           "searchsize",
                                           "sep",
                                           "shape",
                                           "shapefile",
                                           "showboxes",
                                           "sides",
                                           "size",
                                           "skew",
                                           "smoothing",
                                           "sortv",
                                           "splines",
                                           "start",
                                           "style",
                                           "stylesheet",
                                           "tail_lp",
                                           "tailclip",
                                           "tailhref",
                                           "taillabel",
                                           "tailport",
                                           "tailtarget",
                                           "tailtooltip",
                                           "tailurl",
                                           "target",
                                           "tooltip",
                                           "truecolor",
                                           "url",
                                           "vertices",
                                           "viewport",
                                           "voro_margin",
                                           "weight",
                                           "width",
                                           "xdotversion",
                                           "xlabel",
                                           "xlp",
                                           "z",
                                           "org"};  // "org" is ours: the organisation id
  return names;
}

// A DOT ID: bare when it is a plain identifier, else quoted and escaped.
std::string name_id(const std::string& s) {
  bool plain = !s.empty() && !(s[0] >= '0' && s[0] <= '9');
  for (char c : s)
    plain = plain && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
  return plain ? s : escape::dot_quoted(s);
}

void attributes(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& attrs) {
  out << " [";
  for (std::size_t i = 0; i < attrs.size(); ++i)
    out << (i ? ", " : "") << name_id(attrs[i].first) << "=" << escape::dot_quoted(attrs[i].second);
  out << "];\n";
}

}  // namespace

std::string dot_attribute_name(const std::string& name) {
  if (!graphviz_attributes().count(text::lower(name))) return name;
  std::string renamed = "data_";
  return renamed += name;
}

void write_dot(const model::Map& map, const ExportOptions& options, std::ostream& out) {
  check_metrics(map, options.metrics);
  auto org_attrs = org_declared(map, options, {"id", "name"});  // the name is the label
  auto flow_attrs = flow_declared(map, {"from", "to"});
  out << "digraph stakemap {\n  node [shape=box];\n";
  std::map<std::string, std::size_t> node;
  for (std::size_t i = 0; i < map.organisations.size(); ++i) {
    const auto& o = map.organisations[i];
    node[o.id] = i;
    std::vector<std::pair<std::string, std::string>> attrs{{"org", o.id}, {"label", o.name}};
    for (const auto& [d, v] : org_values(map, i, org_attrs, options))
      attrs.emplace_back(dot_attribute_name(d->name), v);
    out << "  n" << i;
    attributes(out, attrs);
  }
  for (const auto& f : map.flows) {
    std::vector<std::pair<std::string, std::string>> attrs;
    for (const auto& [d, v] : flow_values(f, flow_attrs)) attrs.emplace_back(dot_attribute_name(d->name), v);
    out << "  n" << node.at(f.from) << " -> n" << node.at(f.to);
    attributes(out, attrs);
  }
  out << "}\n";
}

}  // namespace stakemap::interop
