#include "interop/stakemap_json.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "interop/json_history.hpp"
#include "interop/json_reader.hpp"
#include "model/schema.hpp"

namespace stakemap::interop {

namespace {

// The root object, member by member; items handed to the builder one at a time.
class Reader final : public JsonStreamHandler {
 public:
  Reader(MapBuilder& b, StakemapJson& out) : b_(b), out_(out) {}

  void root(const JsonValue& root) override {
    root_ = root;
    if (root.type != JsonValue::Type::object)
      fail(root, std::string("stakemap JSON is an object with \"format\": \"stakemap\", not ") + root.type_name());
  }
  bool streams(const std::string& key) const override { return kind(key) >= 0 || key == "history" || key == "changes"; }
  void member(const std::string& key, JsonValue value) override {
    if (streams(key)) {
      if (value.type != JsonValue::Type::array)
        fail(value, "\"" + key + "\" must be an array, not " + value.type_name());
      if (key == "history") out_.history.emplace();
      if (key == "changes") changes_at_ = value;
      return;
    }
    if (key == "format") {
      format_ = true;
      if (value.type != JsonValue::Type::string || value.text != "stakemap")
        fail(value, "\"format\" is '" + text::excerpt(value.text) +
                        "', not \"stakemap\": not stakemap JSON (a Kumu blueprint: give --kind kumu)");
    } else if (key == "version") {
      version_ = true;
      if (value.type != JsonValue::Type::number || value.text != std::to_string(kStakemapJsonVersion))
        fail(value, "stakemap JSON version " + (value.text.empty() ? std::string(value.type_name()) : value.text) +
                        " cannot be read: this build reads version " + std::to_string(kStakemapJsonVersion) +
                        " (export the map again with this build's stakemap, or update stakemap)");
    } else if (key == "synthetic") {
      if (value.type != JsonValue::Type::boolean) fail(value, "\"synthetic\" must be true or false");
      out_.synthetic = value.boolean;
    } else if (key == "rounds") {
      out_.rounds = read_rounds(value, b_.file());
    } else if (key != "metrics") {  // metrics are computed, never imported
      b_.diagnostics().warning(b_.at(value.line, value.column), "member '" + text::excerpt(key) + "' ignored");
    }
  }
  bool item(const std::string& key, JsonValue& item) override {
    if (key == "history" || key == "changes") {
      if (++history_items_ > kMaxHistoryItems)
        fail(item, "more than " + std::to_string(kMaxHistoryItems) +
                       " batches and changes in the history (the limit for an interchange import; docs/security.md)");
      if (key == "history") {
        out_.batch_places.emplace_back(item.line, item.column);
        out_.history->push_back(read_history_batch(item, b_.file()));
      } else {
        changes_.push_back(read_history_change(item, b_.file()));
        change_places_.emplace_back(item.line, item.column);
      }
      return true;
    }
    int k = kind(key);
    if (item.type != JsonValue::Type::object) {
      b_.diagnostics().error(b_.at(item.line, item.column),
                             "an item of \"" + key + "\" must be an object, not " + item.type_name());
      return true;
    }
    Record r;
    r.line = item.line;
    r.column = item.column;
    std::int64_t flow_id = 0;
    for (const auto& [name, v] : item.members) {
      if (k == 2 && name == "id") {
        flow_id = id_of(v);
        continue;
      }
      if (name == "attributes" && k != 3) {
        if (v.type != JsonValue::Type::object) {
          b_.diagnostics().error(b_.at(v.line, v.column), "\"attributes\" must be an object");
          continue;
        }
        for (const auto& [attr, value] : v.members) {
          if (k == 0   ? model::schema<model::Territory>().find(attr) != nullptr
              : k == 1 ? model::schema<model::Organisation>().find(attr) != nullptr
                       : model::schema<model::Flow>().find(attr) != nullptr)
            error(value, "attribute '" + text::excerpt(attr) + "' is named like a field");
          else add(r, attr, value, true);
        }
        continue;
      }
      if (name == "metrics" && k == 1) continue;  // computed by --with-metrics, never imported
      add(r, name, v, false);
    }
    if (k == 0) b_.territory(r);
    else if (k == 1) b_.organisation(r);
    else if (k == 2) {
      b_.flow(r);
      out_.flow_ids.push_back(flow_id);
    } else b_.need(r);
    return true;
  }
  /// After the document: it was stakemap JSON of a version this build reads; each change goes
  /// to its batch.
  void finish() {
    if (!format_) fail(root_, "not stakemap JSON: no \"format\": \"stakemap\" (a Kumu blueprint: give --kind kumu)");
    if (!version_) fail(root_, "stakemap JSON without a \"version\"");
    if (changes_.empty()) return;
    if (!out_.history) fail(changes_at_, "\"changes\" without the \"history\" of their batches");
    auto& batches = *out_.history;
    std::size_t b = 0;
    for (std::size_t i = 0; i < changes_.size(); ++i) {
      while (b < batches.size() && batches[b].batch.id != changes_[i].batch) ++b;
      if (b == batches.size()) {
        JsonValue at;
        at.line = change_places_[i].first;
        at.column = change_places_[i].second;
        fail(at, "a change of batch " + std::to_string(changes_[i].batch) +
                     ", which \"history\" does not have (or not in this order: changes follow their batches)");
      }
      batches[b].changes.push_back(std::move(changes_[i]));
    }
    out_.change_places = std::move(change_places_);
    changes_ = {};
  }

 private:
  static int kind(const std::string& key) {
    return key == "territories" ? 0 : key == "organisations" ? 1 : key == "flows" ? 2 : key == "needs" ? 3 : -1;
  }
  [[noreturn]] void fail(const JsonValue& v, const std::string& what) const {
    throw InputError(b_.at(v.line, v.column).str() + ": " + what);
  }
  // A flow's stable id: a whole number from 1 to 2^53 (0 when absent or null; an error otherwise).
  std::int64_t id_of(const JsonValue& v) {
    if (v.type == JsonValue::Type::null) return 0;
    auto n = whole_number(v);
    if (!n || *n == 0) {
      b_.diagnostics().error(b_.at(v.line, v.column), "a flow's \"id\" must be a whole number from 1 to 2^53, not " +
                                                          std::string(v.type_name()) + " " + text::excerpt(v.text));
      return 0;
    }
    return *n;
  }
  // One field: text, a number (as written), true/false, null (empty) or a list of texts.
  void add(Record& r, const std::string& name, const JsonValue& v, bool attribute) {
    Value value{"", v.line, v.column};
    switch (v.type) {
      case JsonValue::Type::null: return;
      case JsonValue::Type::boolean: value.text = v.boolean ? "true" : "false"; break;
      case JsonValue::Type::number:
      case JsonValue::Type::string: value.text = v.text; break;
      case JsonValue::Type::array:
        if (attribute) return error(v, "attribute '" + text::excerpt(name) + "' must hold text, not an array");
        for (const auto& item : v.items) {
          if (item.type != JsonValue::Type::string)
            return error(item, "field '" + text::excerpt(name) + "' holds a list of " + item.type_name() +
                                   "s; only lists of text are read");
          if (item.text.find('|') != std::string::npos)
            return error(item, "an item of field '" + text::excerpt(name) + "' holds '|', which separates items");
          value.text += (value.text.empty() ? "" : "|") + item.text;
        }
        break;
      case JsonValue::Type::object:
        return error(v, "field '" + text::excerpt(name) + "' holds an object; only \"attributes\" may");
    }
    if (r.find(name)) return error(v, "field '" + text::excerpt(name) + "' given twice (as a field and an attribute)");
    r.set(name, std::move(value));
  }
  void error(const JsonValue& v, const std::string& what) { b_.diagnostics().error(b_.at(v.line, v.column), what); }

  MapBuilder& b_;
  StakemapJson& out_;
  JsonValue root_, changes_at_;
  bool format_ = false, version_ = false;
  std::size_t history_items_ = 0;
  std::vector<store::LoggedChange> changes_;  // read, until finish() gives each to its batch
  std::vector<std::pair<long, long>> change_places_;
};

}  // namespace

StakemapJson read_stakemap_json(std::istream& in, MapBuilder& builder) {
  StakemapJson out;
  Reader reader(builder, out);
  read_json_streamed(in, builder.file(), reader);
  reader.finish();
  return out;
}

}  // namespace stakemap::interop
