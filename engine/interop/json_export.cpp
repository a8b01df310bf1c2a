#include "interop/json_export.hpp"

#include "interop/declared.hpp"
#include "interop/fields.hpp"
#include "interop/json_history.hpp"
#include "interop/json_writer.hpp"

namespace stakemap::interop {

namespace {

template <class T>
void fields(JsonWriter& json, const T& item, bool personal) {
  for (const auto& s : model::schema<T>().fields()) {
    if (s.personal() && !personal) continue;
    json.key(s.name);
    if (s.text) json.string(item.*s.text);
    else if (s.list) json.strings(item.*s.list);
    else if (const auto& n = item.*s.number) json.number(*n);
    else json.null();
  }
}

void attributes(JsonWriter& json, const model::Attributes& attrs) {
  json.key("attributes");
  json.begin_object();
  for (const auto& [k, v] : attrs) {
    json.key(k);
    json.string(v);
  }
  json.end_object();
}

template <class T, class Extra>
void items(JsonWriter& json, const char* name, const std::vector<T>& list, bool personal, Extra extra) {
  json.key(name);
  json.begin_array();
  for (std::size_t i = 0; i < list.size(); ++i) {
    json.begin_object();
    fields(json, list[i], personal);
    extra(list[i], i);
    json.end_object();
  }
  json.end_array();
}

/// The saved rounds, oldest first; their authors (people) only with personal data.
void rounds(JsonWriter& json, const std::vector<store::Round>& list, bool personal) {
  json.key("rounds");
  json.begin_array();
  for (const auto& r : list) {
    json.begin_object();
    json.key("name");
    json.string(r.name);
    json.key("at");
    json.string(r.at);
    if (personal) {
      json.key("author");
      json.string(r.author);
    }
    json.key("note");
    json.string(r.note);
    json.key("batch");
    json.number(static_cast<double>(r.batch));
    json.end_object();
  }
  json.end_array();
}

}  // namespace

void write_json(const model::Map& map, const ExportOptions& options, std::ostream& out) {
  check_metrics(map, options.metrics);
  const auto& metrics = options.metrics;
  JsonWriter json(out);
  json.begin_object();
  json.key("format");
  json.string("stakemap");
  json.key("version");
  json.number(1);
  json.key("synthetic");
  json.boolean(map.synthetic);
  if (!metrics.names.empty()) {
    json.key("metrics");
    json.begin_object();
    json.key("names");
    json.strings(metrics.names);
    json.key("layer");
    json.string(metrics.layer);
    json.key("weighted");
    json.boolean(metrics.weighted);
    json.end_object();
  }
  auto nothing = [](const auto&, std::size_t) {};
  items(json, "territories", map.territories, false,
        [&](const model::Territory& t, std::size_t) { attributes(json, t.attributes); });
  items(json, "organisations", map.organisations, options.personal, [&](const model::Organisation& o, std::size_t i) {
    attributes(json, o.attributes);
    if (metrics.names.empty()) return;
    json.key("metrics");
    json.begin_object();
    for (std::size_t m = 0; m < metrics.names.size(); ++m) {
      json.key(metrics.names[m]);
      json.number(metrics.values[m][i]);
    }
    json.end_object();
  });
  items(json, "flows", map.flows, false, [&](const model::Flow& f, std::size_t) {
    attributes(json, f.attributes);
    json.key("id");  // the stable flow id (docs/history.md), kept by an import into a new map
    json.number(static_cast<double>(f.id));
  });
  items(json, "needs", map.needs, false, nothing);
  rounds(json, options.rounds, options.personal);
  if (options.history) write_history(json, *options.history, options.personal);
  json.end_object();
  json.finish();
}

}  // namespace stakemap::interop
