#include "interop/json_history.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "dataset/personal_attributes.hpp"
#include "model/schema.hpp"
#include "store/record_text.hpp"

namespace stakemap::interop {

namespace {

// A record's text as an object: one member per field, a field of several lines (a list) an array.
void record(JsonWriter& json, const std::optional<std::string>& text) {
  if (!text) return json.null();
  std::vector<std::pair<std::string, std::vector<std::string>>> fields;
  for (auto& line : store::text_lines(*text)) {
    auto it = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == line.first; });
    if (it == fields.end()) fields.push_back({line.first, {std::move(line.second)}});
    else it->second.push_back(std::move(line.second));
  }
  json.begin_object();
  for (const auto& [name, values] : fields) {
    json.key(name);
    if (values.size() == 1) json.string(values[0]);
    else json.strings(values);
  }
  json.end_object();
}

}  // namespace

void write_history(JsonWriter& json, const std::vector<store::LoggedBatch>& batches, bool personal) {
  json.key("history");
  json.begin_array();
  for (const auto& [b, changes] : batches) {
    json.begin_object();
    json.key("batch");
    json.number(static_cast<double>(b.id));
    json.key("at");
    json.string(b.at);
    if (personal) {
      json.key("author");
      json.string(b.author);
    }
    for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"command", &b.command},
                                      {"source", &b.source},
                                      {"summary", &b.summary},
                                      {"note", &b.note}}) {
      json.key(name);
      json.string(*value);
    }
    json.key("changes");
    json.number(static_cast<double>(changes.size()));
    json.end_object();
  }
  json.end_array();
  // Every change in one flat list, so that a reader takes them one at a time (a batch of an
  // import of 1 000 000 flows holds 1 000 000 of them).
  json.key("changes");
  json.begin_array();
  for (const auto& [b, changes] : batches)
    for (const auto& c : changes) {
      json.begin_object();
      json.key("batch");
      json.number(static_cast<double>(b.id));
      json.key("action");
      json.string(c.action);
      json.key("entity");
      json.string(c.entity);
      json.key("key");
      json.string(c.key);
      json.key("row");
      json.number(static_cast<double>(c.row));
      json.key("before");
      record(json, c.before);
      json.key("after");
      record(json, c.after);
      json.end_object();
    }
  json.end_array();
}

namespace {

// Applies `edit` to every logged text of `entity` (a model record type T).
template <class T, class Edit>
void edit_logged(std::vector<store::LoggedBatch>& batches, const char* entity, const Edit& edit) {
  for (auto& b : batches)
    for (auto& c : b.changes)
      if (c.entity == entity)
        for (auto* text : {&c.before, &c.after})
          if (*text) {
            auto item = store::record_from_text<T>(**text);
            edit(item);
            **text = store::record_text(item);
          }
}

// The attribute keys personal by rule among the map's `items` and the logged records of `entity`.
template <class T>
std::set<std::string> personal_keys(const std::vector<T>& items, const std::vector<store::LoggedBatch>& batches,
                                    const char* entity) {
  std::vector<T> logged;
  for (const auto& b : batches)
    for (const auto& c : b.changes)
      if (c.entity == entity)
        for (const auto* text : {&c.before, &c.after})
          if (*text) logged.push_back(store::record_from_text<T>(**text));
  std::vector<const model::Attributes*> all;
  for (const auto& i : items) all.push_back(&i.attributes);
  for (const auto& i : logged) all.push_back(&i.attributes);
  return dataset::personal_attribute_keys(all);
}

template <class T>
void erase_keys(T& item, const std::set<std::string>& keys) {
  for (const auto& k : keys) item.attributes.erase(k);
}

}  // namespace

void remove_personal_history(model::Map& map, std::vector<store::LoggedBatch>& batches) {
  auto org_keys = personal_keys(map.organisations, batches, "organisation");
  auto flow_keys = personal_keys(map.flows, batches, "flow");
  for (auto& o : map.organisations) erase_keys(o, org_keys);
  for (auto& f : map.flows) erase_keys(f, flow_keys);
  edit_logged<model::Organisation>(batches, "organisation", [&](model::Organisation& o) {
    model::clear_personal(o);
    erase_keys(o, org_keys);
  });
  edit_logged<model::Flow>(batches, "flow", [&](model::Flow& f) { erase_keys(f, flow_keys); });
  for (auto& b : batches) {
    // Command lines and summaries repeat the values set (a contact) and name files: the
    // command's name alone travels.
    b.batch.author.clear();
    b.batch.command = b.batch.command.substr(0, b.batch.command.find(' '));
    b.batch.source.clear();
    b.batch.summary.clear();
    for (auto& c : b.changes)
      if (c.entity == "answer")
        for (auto* text : {&c.before, &c.after})
          if (*text) {
            auto lines = store::text_lines(**text);
            std::erase_if(lines, [](const store::TextField& f) { return f.first == "other_text"; });
            **text = store::fields_text(lines);
          }
  }
}

namespace {

[[noreturn]] void fail(const std::string& file, const JsonValue& v, const std::string& what) {
  throw InputError(Position(file, v.line, v.column).str() + ": " + what);
}

const JsonValue& member(const JsonValue& object, const char* key, JsonValue::Type type, const std::string& file) {
  const JsonValue* v = object.get(key);
  if (!v) fail(file, object, std::string("missing \"") + key + "\"");
  if (v->type != type)
    fail(file, *v,
         std::string("\"") + key + "\" must be " +
             (type == JsonValue::Type::string   ? "a string"
              : type == JsonValue::Type::number ? "a number"
                                                : "an array") +
             ", not " + v->type_name() + " " + text::excerpt(v->text));
  return *v;
}

std::string text_member(const JsonValue& object, const char* key, const std::string& file, bool optional = false) {
  if (optional && !object.get(key)) return "";
  return member(object, key, JsonValue::Type::string, file).text;
}

// A whole number from 0 to 2^53 (whole_number).
std::int64_t whole_member(const JsonValue& object, const char* key, const std::string& file) {
  const auto& v = member(object, key, JsonValue::Type::number, file);
  auto n = whole_number(v);
  if (!n)
    fail(file, v, std::string("\"") + key + "\" must be a whole number from 0 to 2^53, not " + text::excerpt(v.text));
  return *n;
}

// "2026-12-05T13:43:58Z", as batches and rounds record times.
void check_time(const JsonValue& object, const char* key, const std::string& at, const std::string& file) {
  static const std::string shape = "dddd-dd-ddTdd:dd:ddZ";
  bool ok = at.size() == shape.size();
  for (std::size_t i = 0; ok && i < at.size(); ++i)
    ok = shape[i] == 'd' ? (at[i] >= '0' && at[i] <= '9') : at[i] == shape[i];
  if (!ok)
    fail(file, *object.get(key),
         std::string("\"") + key + "\" must be a UTC time like 2026-12-05T13:43:58Z, not '" + text::excerpt(at) + "'");
}

// A logged record: an object of text fields (a list field an array of texts), or null.
std::optional<std::string> read_record(const JsonValue& object, const char* key, const std::string& file) {
  const JsonValue* v = object.get(key);
  if (!v) fail(file, object, std::string("missing \"") + key + "\"");
  if (v->type == JsonValue::Type::null) return std::nullopt;
  if (v->type != JsonValue::Type::object)
    fail(file, *v, std::string("\"") + key + "\" must be an object of fields or null, not " + v->type_name());
  std::vector<store::TextField> lines;
  for (const auto& member : v->members) {
    const std::string& name = member.key;
    const JsonValue& value = member.value;
    if (name.empty() || name.find_first_of("\t\n\r") != std::string::npos)
      fail(file, value, "field name '" + text::excerpt(name) + "' is empty or holds a tab or line break");
    auto add = [&](const JsonValue& item) {
      if (item.type != JsonValue::Type::string)
        fail(file, item, "field '" + name + "' must hold text, not " + item.type_name());
      if (item.text.empty()) fail(file, item, "field '" + name + "' holds an empty text (empty fields are left out)");
      lines.emplace_back(name, item.text);
    };
    if (value.type == JsonValue::Type::array) {
      if (value.items.empty()) fail(file, value, "field '" + name + "' holds an empty list (left out when empty)");
      for (const auto& item : value.items) add(item);
    } else {
      add(value);
    }
  }
  if (lines.empty()) fail(file, *v, std::string("\"") + key + "\" is an empty record");
  return store::fields_text(lines);
}

}  // namespace

std::optional<std::int64_t> whole_number(const JsonValue& v) {
  if (v.type != JsonValue::Type::number) return std::nullopt;
  constexpr std::int64_t kMax = std::int64_t(1) << 53;
  const char* begin = v.text.data();
  const char* end = begin + v.text.size();
  std::int64_t n = -1;
  if (auto [at, ec] = std::from_chars(begin, end, n); ec == std::errc() && at == end)
    return n >= 0 && n <= kMax ? std::optional(n) : std::nullopt;
  double d = -1;  // an exponent: 1e+05
  if (auto [at, ec] = std::from_chars(begin, end, d); ec != std::errc() || at != end) return std::nullopt;
  if (!(d >= 0 && d <= static_cast<double>(kMax)) || d != std::floor(d)) return std::nullopt;
  return static_cast<std::int64_t>(d);
}

store::LoggedBatch read_history_batch(const JsonValue& item, const std::string& file) {
  if (item.type != JsonValue::Type::object)
    fail(file, item, std::string("a batch must be an object, not ") + item.type_name());
  store::LoggedBatch out;
  auto& b = out.batch;
  b.id = whole_member(item, "batch", file);
  if (b.id == 0) fail(file, *item.get("batch"), "batch ids start at 1");
  b.at = text_member(item, "at", file);
  check_time(item, "at", b.at, file);
  b.author = text_member(item, "author", file, true);
  b.command = text_member(item, "command", file);
  b.source = text_member(item, "source", file, true);
  b.summary = text_member(item, "summary", file, true);
  b.note = text_member(item, "note", file, true);
  whole_member(item, "changes", file);  // the count, for scripts; the changes come in "changes"
  return out;
}

store::LoggedChange read_history_change(const JsonValue& item, const std::string& file) {
  if (item.type != JsonValue::Type::object)
    fail(file, item, std::string("a change must be an object, not ") + item.type_name());
  store::LoggedChange change;
  change.batch = whole_member(item, "batch", file);
  change.action = text_member(item, "action", file);
  change.entity = text_member(item, "entity", file);
  change.key = text_member(item, "key", file);
  change.row = whole_member(item, "row", file);
  change.before = read_record(item, "before", file);
  change.after = read_record(item, "after", file);
  return change;
}

std::vector<store::Round> read_rounds(const JsonValue& list, const std::string& file) {
  if (list.type != JsonValue::Type::array)
    fail(file, list, std::string("\"rounds\" must be an array, not ") + list.type_name());
  std::vector<store::Round> out;
  std::set<std::string> names;
  for (const auto& item : list.items) {
    if (item.type != JsonValue::Type::object)
      fail(file, item, std::string("a round must be an object, not ") + item.type_name());
    store::Round r;
    r.id = static_cast<std::int64_t>(out.size()) + 1;
    r.name = text_member(item, "name", file);
    if (r.name.empty()) fail(file, *item.get("name"), "a round needs a name");
    if (!names.insert(r.name).second) fail(file, *item.get("name"), "two rounds named '" + text::excerpt(r.name) + "'");
    r.at = text_member(item, "at", file);
    check_time(item, "at", r.at, file);
    r.author = text_member(item, "author", file, true);
    r.note = text_member(item, "note", file, true);
    r.batch = whole_member(item, "batch", file);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace stakemap::interop
