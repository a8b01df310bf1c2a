// Kumu JSON blueprints: writing, and reading into a MapBuilder.
#include <algorithm>
#include <cstdlib>
#include <functional>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "interop/declared.hpp"
#include "interop/fields.hpp"
#include "interop/json_reader.hpp"
#include "interop/json_writer.hpp"
#include "interop/kumu.hpp"
#include "interop/kumu_fields.hpp"

namespace stakemap::interop {

namespace {

void write_values(JsonWriter& json, const std::vector<std::pair<const Declared*, std::string>>& values) {
  for (const auto& [d, v] : values) {
    json.key(d->name);
    if (d->list) json.strings(text::split_list(v));
    else if (d->number) json.number(std::strtod(v.c_str(), nullptr));
    else json.string(v);
  }
}

}  // namespace

std::string connection_id(const model::Flow& f) {
  return f.from + ">" + f.to + "/" + f.status + "/" + f.basis + "/" + f.population;
}

void write_kumu_json(const model::Map& map, const ExportOptions& options, std::ostream& out) {
  check_metrics(map, options.metrics);
  auto org_attrs = kumu_org_declared(map, options);
  auto flow_attrs = flow_declared(map, {"from", "to"});
  JsonWriter json(out);
  json.begin_object();
  json.key("elements");
  json.begin_array();
  for (std::size_t i = 0; i < map.organisations.size(); ++i) {
    json.begin_object();
    json.key("id");
    json.string(map.organisations[i].id);
    json.key("label");
    json.string(map.organisations[i].name);
    write_values(json, kumu_org_values(map, i, org_attrs, options));
    json.end_object();
  }
  json.end_array();
  json.key("connections");
  json.begin_array();
  for (const auto& f : map.flows) {
    json.begin_object();
    json.key("id");
    json.string(connection_id(f));
    json.key("from");
    json.string(f.from);
    json.key("to");
    json.string(f.to);
    json.key("direction");
    json.string("directed");
    write_values(json, flow_values(f, flow_attrs));
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.finish();
}

namespace {

// Adds the members of `object` to `r`; "attributes" (Kumu's project export) is opened.
void add_members(MapBuilder& b, Record& r, const JsonValue& object, dataset::Diagnostics& diags) {
  for (const auto& [name, v] : object.members) {
    if (name == "attributes" && v.type == JsonValue::Type::object) {
      add_members(b, r, v, diags);
      continue;
    }
    std::string key = name == "_id" ? name : normalise_key(name);
    Value value{"", v.line, v.column};
    switch (v.type) {
      case JsonValue::Type::null: continue;
      case JsonValue::Type::boolean: value.text = v.boolean ? "true" : "false"; break;
      case JsonValue::Type::number:
      case JsonValue::Type::string: value.text = v.text; break;
      case JsonValue::Type::array: {
        auto bad = std::find_if(v.items.begin(), v.items.end(), [](const JsonValue& item) {
          return item.type != JsonValue::Type::string && item.type != JsonValue::Type::number;
        });
        if (bad != v.items.end()) {  // reported, the field skipped
          diags.error(b.at(bad->line, bad->column), "field '" + name + "' holds a list of " + bad->type_name() +
                                                        "s; only lists of text or numbers are read");
          continue;
        }
        for (const auto& item : v.items) value.text += (value.text.empty() ? "" : "|") + item.text;
        break;
      }
      case JsonValue::Type::object:
        diags.warning(b.at(v.line, v.column), "field '" + name + "' holds an object; ignored");
        continue;
    }
    if (r.find(key)) {
      diags.error(b.at(v.line, v.column),
                  "field '" + name + "' given twice (names are compared ignoring case, spaces and hyphens)");
      continue;
    }
    r.set(key, std::move(value));
  }
}

}  // namespace

namespace {

// A blueprint read as it streams: elements and connections handed to the reader one at a
// time. Connections that come before the elements wait for them (they may name labels).
class Blueprint final : public JsonStreamHandler {
 public:
  Blueprint(MapBuilder& b, std::function<void(bool, Record)> take) : b_(b), take_(std::move(take)) {}

  void root(const JsonValue& root) override {
    root_ = root;
    if (root.type != JsonValue::Type::object)
      fail(root, "a Kumu blueprint is an object with \"elements\" and \"connections\"");
  }
  bool streams(const std::string& key) const override { return key == "elements" || key == "connections"; }
  void member(const std::string& key, JsonValue value) override {
    if (!streams(key)) return;
    if (value.type != JsonValue::Type::array) fail(value, "\"elements\" and \"connections\" must be arrays");
    if (key == "elements") elements_ = true;
  }
  bool item(const std::string& key, JsonValue& item) override {
    if (key == "connections" && !elements_) {
      held_.push_back(std::move(item));
      return false;
    }
    take(key == "elements", item);
    return true;
  }
  /// After the document: the connections that waited.
  void finish() {
    if (!elements_) fail(root_, "no \"elements\" in this Kumu blueprint");
    for (const auto& item : held_) take(false, item);
  }

 private:
  // The shape of the blueprint stops reading; bad elements and connections are all reported.
  [[noreturn]] void fail(const JsonValue& v, const std::string& what) const {
    throw InputError(b_.at(v.line, v.column).str() + ": " + what);
  }
  void take(bool element, const JsonValue& item) {
    if (item.type != JsonValue::Type::object) {
      b_.diagnostics().error(b_.at(item.line, item.column), std::string("an ") + (element ? "element" : "connection") +
                                                                " must be an object, not a " + item.type_name());
      return;
    }
    Record r;
    r.line = item.line;
    r.column = item.column;
    add_members(b_, r, item, b_.diagnostics());
    take_(element, std::move(r));
  }

  MapBuilder& b_;
  std::function<void(bool, Record)> take_;
  JsonValue root_;
  bool elements_ = false;
  std::vector<JsonValue> held_;
};

}  // namespace

void KumuReader::read_json(std::istream& in) {
  Blueprint blueprint(
      b_, [this](bool element, Record r) { element ? this->element(std::move(r)) : connection(std::move(r)); });
  read_json_streamed(in, b_.file(), blueprint);
  blueprint.finish();
}

}  // namespace stakemap::interop
