#include "interop/graphml_reader.hpp"

#include <map>
#include <optional>
#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "interop/fields.hpp"
#include "interop/graphml_writer.hpp"
#include "interop/node_ids.hpp"
#include "interop/xml_items.hpp"

namespace stakemap::interop {

namespace {

struct Key {
  std::string domain, name, type;  // domain: node, edge, graph, all; name "" = not an attribute
  bool has_default = false;
  Value fallback;
};

enum class Role { none, flows, territories, needs };

class GraphmlHandler final : public XmlItemHandler {
 public:
  explicit GraphmlHandler(MapBuilder& b) : XmlItemHandler(b), b_(b) {}

  void start(const io::XmlElement& e) override {
    const auto& n = e.name;
    if (n == "key") return start_key(e);
    if (n == "graph") return start_graph(e);
    if (n == "node") return start_node(e);
    if (n == "edge") return start_edge(e);
    if (n == "hyperedge" || n == "port" || n == "endpoint" || n == "locator")
      fail(e, "GraphML <" + n + "> is not supported (stakemap reads plain nodes and edges)");
    if (n == "data" && item_ && !ignore_item_ && ++data_nesting_ == 1) data_ = e;
  }

  void end(const io::XmlElement& e, const std::string& text) override {
    const auto& n = e.name;
    if (n == "default" && !key_id_.empty())
      keys_[key_id_].fallback = {text, e.line, e.column}, keys_[key_id_].has_default = true;
    else if (n == "key") key_id_.clear();
    else if (n == "data" && data_nesting_ > 0 && --data_nesting_ == 0) end_data(text);
    else if (n == "node" || n == "edge") end_item(n);
    else if (n == "graph") end_graph(e.line, e.column);
  }

 private:
  void start_key(const io::XmlElement& e) {
    key_id_ = required(e, "id");
    Key k;
    k.domain = e.attribute("for") ? *e.attribute("for") : "all";
    k.name = e.attribute("attr.name") ? normalise_key(*e.attribute("attr.name")) : "";
    k.type = e.attribute("attr.type") ? *e.attribute("attr.type") : "string";
    static const std::set<std::string> types{"boolean", "int", "long", "float", "double", "string"};
    if (!types.count(k.type))
      fail(e, "unknown attr.type '" + k.type + "' (GraphML allows boolean, int, long, float, double, string)");
    if (!keys_.emplace(key_id_, k).second) fail(e, "key id '" + key_id_ + "' declared twice");
    if (k.domain == "node" && !k.name.empty()) b_.declare_org_field(k.name);
    if (k.domain == "edge" && !k.name.empty()) b_.declare_flow_field(k.name);
  }

  void start_graph(const io::XmlElement& e) {
    if (role_ != Role::none) fail(e, "nested graphs are not supported");
    const std::string* id = e.attribute("id");
    role_ = id && *id == "territories" ? Role::territories : id && *id == "needs" ? Role::needs : Role::flows;
    if (role_ == Role::flows) {
      if (seen_flows_)
        fail(e,
             "more than one graph of organisations (stakemap reads one; the others must be "
             "'territories' and 'needs')");
      seen_flows_ = true;
      const std::string* dir = e.attribute("edgedefault");
      if (dir && *dir == "undirected")
        fail(e, "edgedefault='undirected': stakemap flows go from one organisation to another; write a directed graph");
    }
  }

  void start_node(const io::XmlElement& e) {
    if (role_ == Role::none) fail(e, "<node> outside a <graph>");
    if (item_) fail(e, "nested graphs are not supported");
    const std::string* given = expected(e, "id");
    begin_item(e, "node");
    ignore_item_ = !given;  // reported: the node is skipped
    if (!given) return;
    std::string id = *given;
    if (role_ == Role::flows) record_.set("id", {id, e.line, e.column});
    if (role_ == Role::territories) {
      node_id_ = id;
      if (id.rfind(kTerritoryNodePrefix, 0) == 0) id = id.substr(std::string(kTerritoryNodePrefix).size());
      record_.set("id", {id, e.line, e.column});
    }
  }

  void start_edge(const io::XmlElement& e) {
    if (role_ == Role::none) fail(e, "<edge> outside a <graph>");
    if (item_) fail(e, "<edge> inside a <" + item_kind_ + ">");
    const std::string* directed = e.attribute("directed");
    if (directed && *directed == "false") fail(e, "undirected edge: stakemap flows have a direction");
    if (role_ == Role::needs) fail(e, "the 'needs' graph has no edges");
    const std::string* source = expected(e, "source");
    const std::string* target = expected(e, "target");
    if (!source || !target) {  // reported: the edge is skipped
      begin_item(e, "edge");
      ignore_item_ = true;
      return;
    }
    if (role_ == Role::territories) {
      parents_[*source].push_back({*target, e.line, e.column});
      item_ = true;  // whatever the edge holds is ignored
      item_kind_ = "edge";
      ignore_item_ = true;
      return;
    }
    release_nodes(e.line, e.column);
    begin_item(e, "edge");
    record_.set("from", {nodes_.id_of(*source), e.line, e.column});
    record_.set("to", {nodes_.id_of(*target), e.line, e.column});
  }

  void begin_item(const io::XmlElement& e, const std::string& kind) {
    record_ = Record{};
    record_.line = e.line;
    record_.column = e.column;
    item_ = true;
    item_kind_ = kind;
    ignore_item_ = false;
  }

  void end_data(const std::string& text) {
    const io::XmlElement e = std::move(*data_);
    data_.reset();
    // Each problem is reported and the value skipped.
    const std::string* id = expected(e, "key");
    if (!id) return;
    auto it = keys_.find(*id);
    if (it == keys_.end()) return error(e, "data for key '" + *id + "', which no <key> declares");
    const Key& k = it->second;
    if (k.domain != "all" && k.domain != item_kind_)
      return error(e, "key '" + *id + "' is declared for " + k.domain + "s but used on an " + item_kind_);
    if (k.name.empty()) return;  // tool-specific data without a name (e.g. yEd graphics)
    if (!io::valid_typed_value(k.type, text))
      return error(e, "'" + text::excerpt(text) + "' is not a valid " + k.type + " (key '" + k.name + "')");
    if (record_.find(k.name) && k.name != "id") return error(e, "two values for '" + k.name + "' on one " + item_kind_);
    record_.set(k.name, {text, e.line, e.column});
  }

  void end_item(const std::string& kind) {
    if (kind != item_kind_) return;
    item_ = false;
    if (ignore_item_) return;
    for (const auto& [id, k] : keys_)
      if (k.has_default && !k.name.empty() && (k.domain == kind || k.domain == "all") && !record_.find(k.name))
        record_.set(k.name, k.fallback);
    if (role_ == Role::flows && kind == "edge") return b_.flow(record_);
    if (role_ == Role::needs) return b_.need(record_);
    // A node after the first edge: the held ones are gone to the builder, so it goes too (it
    // was held and never released, dropped without a word).
    if (role_ == Role::flows && nodes_.released()) return b_.organisation(record_);
    // Organisations and territories are held until their graph ends: counted as they are held.
    b_.expect_items((role_ == Role::flows ? nodes_.held() : territories_.size()) + 1, record_);
    if (role_ == Role::flows) nodes_.hold(std::move(record_));
    else territories_.emplace_back(node_id_, std::move(record_));
  }

  // The organisations held so far go to the builder, with igraph's ids replaced (NodeIds).
  void release_nodes(long line, long column) {
    if (nodes_.released()) return;
    std::string note;
    for (const auto& r : nodes_.release(note)) b_.organisation(r);
    if (!note.empty()) b_.diagnostics().warning(b_.at(line, column), note);
  }

  void end_graph(long line, long column) {
    if (role_ == Role::flows) release_nodes(line, column);
    if (role_ == Role::territories) {
      std::set<std::string> nodes;
      for (const auto& [node, r] : territories_) nodes.insert(node);
      for (const auto& [source, targets] : parents_)
        if (!nodes.count(source))
          throw InputError(b_.at(targets.front().line, targets.front().column).str() + ": part_of edge from '" +
                           source + "', which is not a node of the territories graph");
      for (auto& [node, r] : territories_) {
        auto it = parents_.find(node);
        if (it != parents_.end()) {
          Value v = it->second.front();
          v.text.clear();
          for (const auto& t : it->second) {
            std::string id = t.text.rfind(kTerritoryNodePrefix, 0) == 0
                                 ? t.text.substr(std::string(kTerritoryNodePrefix).size())
                                 : t.text;
            v.text += (v.text.empty() ? "" : "|") + id;
          }
          r.set("part_of", v);
        }
        b_.territory(r);
      }
      territories_.clear();
      parents_.clear();
    }
    role_ = Role::none;
  }

  MapBuilder& b_;
  std::map<std::string, Key> keys_;
  std::string key_id_;
  Role role_ = Role::none;
  bool seen_flows_ = false;
  bool item_ = false, ignore_item_ = false;
  int data_nesting_ = 0;
  std::string item_kind_, node_id_;
  Record record_;
  NodeIds nodes_;
  std::optional<io::XmlElement> data_;
  std::vector<std::pair<std::string, Record>> territories_;
  std::map<std::string, std::vector<Value>> parents_;
};

}  // namespace

void read_graphml(std::istream& in, MapBuilder& builder) {
  GraphmlHandler handler(builder);
  io::read_xml(in, builder.file(), handler);
}

}  // namespace stakemap::interop
