#include "interop/gexf_reader.hpp"

#include <map>
#include <optional>

#include "core/text.hpp"
#include "interop/fields.hpp"
#include "interop/xml_items.hpp"

namespace stakemap::interop {

namespace {

struct Attribute {
  std::string title, type;
  std::optional<Value> fallback;
};

class GexfHandler final : public XmlItemHandler {
 public:
  explicit GexfHandler(MapBuilder& b) : XmlItemHandler(b), b_(b) {}

  void start(const io::XmlElement& e) override {
    const auto& n = e.name;
    if (n == "graph") return start_graph(e);
    if (n == "attributes") {
      class_ = e.attribute("class") ? *e.attribute("class") : "";
      if (class_ != "node" && class_ != "edge") fail(e, "<attributes> class must be 'node' or 'edge'");
      return;
    }
    if (n == "attribute") return start_attribute(e);
    if (n == "node") return start_node(e);
    if (n == "edge") return start_edge(e);
    if (n == "attvalue" && !kind_.empty()) return attvalue(e);
    if (n == "spells" || n == "spell")
      fail(e, "<" + n + ">: the times a node or edge exists (a dynamic graph) are not supported; export a static one");
  }

  void end(const io::XmlElement& e, const std::string& text) override {
    const auto& n = e.name;
    if (n == "default" && attribute_) attribute_->fallback = Value{text, e.line, e.column};
    else if (n == "attribute") attribute_ = nullptr;
    else if ((n == "node" || n == "edge") && kind_ == n) end_item();
  }

 private:
  void start_graph(const io::XmlElement& e) {
    if (const std::string* t = e.attribute("defaultedgetype"); t && *t != "directed")
      fail(e,
           "defaultedgetype='" + *t + "': stakemap flows go from one organisation to another; write a directed graph");
  }

  void start_attribute(const io::XmlElement& e) {
    Attribute a;
    a.title = normalise_key(e.attribute("title") ? *e.attribute("title") : required(e, "id"));
    a.type = e.attribute("type") ? *e.attribute("type") : "string";
    auto& table = class_ == "node" ? node_attrs_ : edge_attrs_;
    auto [it, fresh] = table.emplace(required(e, "id"), a);
    if (!fresh) fail(e, class_ + " attribute id '" + it->first + "' declared twice");
    attribute_ = &it->second;
    if (class_ == "node") b_.declare_org_field(a.title);
    else b_.declare_flow_field(a.title);
  }

  // stakemap keeps one state of the map: a time on a node, edge or value (GEXF's dynamic mode) is
  // refused rather than dropped.
  void refuse_times(const io::XmlElement& e, const std::string& what) const {
    for (const char* a : {"start", "end", "startopen", "endopen"})
      if (e.attribute(a)) fail(e, what + " with '" + a + "' (a dynamic graph) are not supported; export a static one");
  }

  void begin(const io::XmlElement& e, const char* kind) {
    if (!kind_.empty()) fail(e, "<" + e.name + "> inside a <" + kind_ + "> (nested nodes are not supported)");
    kind_ = kind;
    skip_ = false;
    record_ = Record{};
    record_.line = e.line;
    record_.column = e.column;
  }

  void start_node(const io::XmlElement& e) {
    refuse_times(e, "nodes");
    begin(e, "node");
    const std::string* id = expected(e, "id");
    skip_ = !id;  // reported: the node is skipped
    if (!id) return;
    record_.set("id", {*id, e.line, e.column});
    if (const std::string* label = e.attribute("label")) record_.set("name", {*label, e.line, e.column});
  }

  void start_edge(const io::XmlElement& e) {
    if (const std::string* t = e.attribute("type"); t && *t != "directed")
      fail(e, "edge of type '" + *t + "': stakemap flows have a direction");
    refuse_times(e, "edges");
    begin(e, "edge");
    const std::string* source = expected(e, "source");
    const std::string* target = expected(e, "target");
    skip_ = !source || !target;  // reported: the edge is skipped
    if (skip_) return;
    record_.set("from", {*source, e.line, e.column});
    record_.set("to", {*target, e.line, e.column});
    if (const std::string* w = e.attribute("weight")) record_.set("weight", {*w, e.line, e.column});
    if (const std::string* label = e.attribute("label")) record_.set("label", {*label, e.line, e.column});
  }

  // Each problem of a value is reported and the value skipped.
  void attvalue(const io::XmlElement& e) {
    refuse_times(e, "attribute values");
    if (skip_) return;
    const std::string* id = e.attribute("for") ? e.attribute("for") : e.attribute("id");  // "id" in GEXF 1.1
    if (!id) return error(e, "<attvalue> without the required attribute 'for'");
    const auto& table = kind_ == "node" ? node_attrs_ : edge_attrs_;
    auto it = table.find(*id);
    if (it == table.end())
      return error(e, "value for " + kind_ + " attribute '" + *id + "', which no <attribute> declares");
    const Attribute& a = it->second;
    const std::string* value = expected(e, "value");
    if (!value) return;
    if (!io::valid_typed_value(a.type, *value))
      return error(e, "'" + text::excerpt(*value) + "' is not a valid " + a.type + " (attribute '" + a.title + "')");
    // A "name" attribute wins over the node's label without complaint.
    if (record_.find(a.title) && a.title != "name") return error(e, "two values for '" + a.title + "' on one " + kind_);
    record_.set(a.title, {*value, e.line, e.column});
  }

  void end_item() {
    std::string kind = std::move(kind_);
    kind_.clear();
    if (skip_) return;  // reported when it began
    for (const auto& [id, a] : kind == "node" ? node_attrs_ : edge_attrs_)
      if (a.fallback && !record_.find(a.title)) record_.set(a.title, *a.fallback);
    if (kind == "node") b_.organisation(record_);
    else b_.flow(record_);
  }

  MapBuilder& b_;
  std::string class_, kind_;
  std::map<std::string, Attribute> node_attrs_, edge_attrs_;
  Attribute* attribute_ = nullptr;
  Record record_;
  bool skip_ = false;  // the item being read had an error that leaves nothing to check
};

}  // namespace

void read_gexf(std::istream& in, MapBuilder& builder) {
  GexfHandler handler(builder);
  io::read_xml(in, builder.file(), handler);
}

}  // namespace stakemap::interop
