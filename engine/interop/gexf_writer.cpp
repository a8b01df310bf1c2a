#include "interop/gexf_writer.hpp"

#include <map>

#include "core/table.hpp"
#include "interop/declared.hpp"
#include "interop/xml_writer.hpp"

namespace stakemap::interop {

namespace {

// <attributes class="node|edge"> with ids "0", "1", ...; returns name -> id.
std::map<std::string, std::string> declare(XmlWriter& xml, const char* cls, const std::vector<Declared>& attrs) {
  std::map<std::string, std::string> ids;
  xml.open("attributes", {{"class", cls}, {"mode", "static"}});
  for (const auto& d : attrs) {
    std::string id = std::to_string(ids.size());
    ids[d.name] = id;
    xml.empty("attribute", {{"id", id}, {"title", d.name}, {"type", d.number ? "double" : "string"}});
  }
  xml.close();
  return ids;
}

void attvalues(XmlWriter& xml, const std::map<std::string, std::string>& ids,
               const std::vector<std::pair<const Declared*, std::string>>& values) {
  if (values.empty()) return;
  xml.open("attvalues");
  for (const auto& [d, v] : values) xml.empty("attvalue", {{"for", ids.at(d->name)}, {"value", v}});
  xml.close();
}

}  // namespace

void write_gexf(const model::Map& map, const ExportOptions& options, std::ostream& out) {
  check_metrics(map, options.metrics);
  auto org_attrs = org_declared(map, options, {"id", "name"});     // id and label are GEXF's own
  auto flow_attrs = flow_declared(map, {"from", "to", "weight"});  // weight too

  XmlWriter xml(out);
  xml.open("gexf", {{"xmlns", "http://www.gexf.net/1.2draft"}, {"version", "1.2"}});
  xml.open("meta");
  xml.leaf("creator", {}, "stakemap");
  xml.leaf("description", {}, "Organisations and the data flows between them");
  xml.close();
  xml.open("graph", {{"mode", "static"}, {"defaultedgetype", "directed"}});
  auto node_ids = declare(xml, "node", org_attrs);
  auto edge_ids = declare(xml, "edge", flow_attrs);
  xml.open("nodes");
  for (std::size_t i = 0; i < map.organisations.size(); ++i) {
    const auto& o = map.organisations[i];
    xml.open("node", {{"id", o.id}, {"label", o.name}});
    attvalues(xml, node_ids, org_values(map, i, org_attrs, options));
    xml.close();
  }
  xml.close();
  xml.open("edges");
  for (std::size_t i = 0; i < map.flows.size(); ++i) {
    const auto& f = map.flows[i];
    XmlAttrs attrs{{"id", std::to_string(i)}, {"source", f.from}, {"target", f.to}};
    if (f.weight) attrs.emplace_back("weight", number_text(*f.weight));
    xml.open("edge", attrs);
    attvalues(xml, edge_ids, flow_values(f, flow_attrs));
    xml.close();
  }
  xml.finish();
}

}  // namespace stakemap::interop
