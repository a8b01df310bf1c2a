#include "interop/graphml_writer.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/errors.hpp"
#include "interop/declared.hpp"
#include "interop/fields.hpp"
#include "interop/xml_writer.hpp"

namespace stakemap::interop {

namespace {

// GraphML keys of one domain (node or edge): name -> id and type. A name used both as
// text and as a number is declared as text.
class Keys {
 public:
  Keys(const char* domain, const char* prefix) : domain_(domain), prefix_(prefix) {}
  void add(const std::string& name, bool number) {
    auto [it, fresh] = index_.emplace(name, entries_.size());
    if (fresh) entries_.push_back({name, prefix_ + std::to_string(entries_.size()), number});
    else entries_[it->second].number = entries_[it->second].number && number;
  }
  const std::string& id(const std::string& name) const { return entries_[index_.at(name)].id; }
  void declare(XmlWriter& xml) const {
    for (const auto& e : entries_)
      xml.empty("key",
                {{"id", e.id}, {"for", domain_}, {"attr.name", e.name}, {"attr.type", e.number ? "double" : "string"}});
  }

 private:
  struct Entry {
    std::string name, id;
    bool number;
  };
  std::string domain_, prefix_;
  std::vector<Entry> entries_;
  std::map<std::string, std::size_t> index_;
};

template <class T>
void add_slots(Keys& keys, const std::set<std::string>& skip) {
  for (const auto& s : model::schema<T>().fields())
    if (!skip.count(s.name)) keys.add(s.name, s.is_number());
}

template <class T>
void write_slots(XmlWriter& xml, const Keys& keys, const T& item, const std::set<std::string>& skip) {
  for (const auto& s : model::schema<T>().fields())
    if (!skip.count(s.name))
      if (auto v = s.get(item); !v.empty()) xml.leaf("data", {{"key", keys.id(s.name)}}, v);
}

void check_node_ids(const model::Map& map) {
  std::set<std::string> other;
  for (const auto& t : map.territories) other.insert(kTerritoryNodePrefix + t.id);
  for (std::size_t i = 0; i < map.needs.size(); ++i) other.insert(kNeedNodePrefix + std::to_string(i + 1));
  for (const auto& o : map.organisations)
    if (other.count(o.id))
      throw InputError("organisation id '" + o.id + "' is also the GraphML node id of a territory or need; rename it");
}

}  // namespace

void write_graphml(const model::Map& map, const ExportOptions& options, std::ostream& out) {
  check_metrics(map, options.metrics);
  check_node_ids(map);
  const std::set<std::string> no_id{"id"}, territory_skip{"id", "part_of"};
  auto org_attrs = org_declared(map, options, no_id);
  // No weight key on a map without weights: igraph would give every edge a NaN weight.
  bool weights = std::any_of(map.flows.begin(), map.flows.end(), [](const auto& f) { return f.weight.has_value(); });
  auto flow_attrs =
      flow_declared(map, weights ? std::set<std::string>{"from", "to"} : std::set<std::string>{"from", "to", "weight"});
  Keys node_keys("node", "n"), edge_keys("edge", "e");
  for (const auto& d : org_attrs) node_keys.add(d.name, d.number);
  if (!options.flows_only) {
    add_slots<model::Territory>(node_keys, territory_skip);
    add_slots<model::Need>(node_keys, {});
  }
  for (const auto& d : flow_attrs) edge_keys.add(d.name, d.number);

  XmlWriter xml(out);
  xml.open("graphml", {{"xmlns", "http://graphml.graphdrawing.org/xmlns"},
                       {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"},
                       {"xsi:schemaLocation",
                        "http://graphml.graphdrawing.org/xmlns "
                        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"}});
  node_keys.declare(xml);
  edge_keys.declare(xml);

  xml.open("graph", {{"id", "flows"}, {"edgedefault", "directed"}});
  for (std::size_t i = 0; i < map.organisations.size(); ++i) {
    xml.open("node", {{"id", map.organisations[i].id}});
    for (const auto& [d, v] : org_values(map, i, org_attrs, options))
      xml.leaf("data", {{"key", node_keys.id(d->name)}}, v);
    xml.close();
  }
  for (const auto& f : map.flows) {
    xml.open("edge", {{"source", f.from}, {"target", f.to}});
    for (const auto& [d, v] : flow_values(f, flow_attrs)) xml.leaf("data", {{"key", edge_keys.id(d->name)}}, v);
    xml.close();
  }
  xml.close();
  if (options.flows_only) return xml.finish();

  xml.open("graph", {{"id", "territories"}, {"edgedefault", "directed"}});
  for (const auto& t : map.territories) {
    xml.open("node", {{"id", kTerritoryNodePrefix + t.id}});
    write_slots(xml, node_keys, t, territory_skip);
    xml.close();
  }
  for (const auto& t : map.territories)
    for (const auto& p : t.parents)
      xml.empty("edge", {{"source", kTerritoryNodePrefix + t.id}, {"target", kTerritoryNodePrefix + p}});
  xml.close();

  xml.open("graph", {{"id", "needs"}, {"edgedefault", "directed"}});
  for (std::size_t i = 0; i < map.needs.size(); ++i) {
    xml.open("node", {{"id", kNeedNodePrefix + std::to_string(i + 1)}});
    write_slots(xml, node_keys, map.needs[i], {});
    xml.close();
  }
  xml.finish();
}

}  // namespace stakemap::interop
