#include "interop/kumu_fields.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "interop/fields.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::interop {

namespace {

struct Predefined {
  const char* kumu;
  std::vector<const char*> fields;  ///< the organisation fields it may come from, in order
};
const std::vector<Predefined>& predefined() {
  static const std::vector<Predefined> all{{"type", {"kind", "level"}}, {"tags", {"domains"}}};
  return all;
}

// True when every '|'-item of `value` is a code of organisation field `field`, and a field of
// one code gets one.
bool codes_of(const std::string& field, const std::string& value) {
  const auto* f = model::schema<model::Organisation>().find(field);
  auto items = text::split_list(value);
  if (!f || items.empty() || (!f->is_list() && items.size() != 1)) return false;
  return std::all_of(items.begin(), items.end(),
                     [&](const std::string& c) { return model::Taxonomy::builtin().has(f->facet, c); });
}

}  // namespace

std::vector<Declared> kumu_org_declared(const model::Map& map, const ExportOptions& options) {
  std::vector<Declared> out;
  auto keys = attribute_keys(map.organisations);
  for (const auto& p : predefined())
    if (std::find(keys.begin(), keys.end(), p.kumu) == keys.end())
      out.push_back({p.kumu, false, std::string(p.kumu) == "tags", false});
  auto rest = org_declared(map, options, {"id", "name"});
  out.insert(out.end(), rest.begin(), rest.end());
  return out;
}

std::vector<std::pair<const Declared*, std::string>> kumu_org_values(const model::Map& map, std::size_t i,
                                                                     const std::vector<Declared>& declared,
                                                                     const ExportOptions& options) {
  // The predefined fields lead `declared`; org_values finds no value for them.
  std::vector<std::pair<const Declared*, std::string>> out;
  const auto& org = map.organisations[i];
  for (const auto& d : declared) {
    std::string v;
    if (d.name == "type") v = options.kumu_type_level ? org.level : org.kind;
    else if (d.name == "tags") v = get(org, "domains");
    else break;
    if (!v.empty()) out.emplace_back(&d, std::move(v));
  }
  auto rest = org_values(map, i, declared, options);
  out.insert(out.end(), rest.begin(), rest.end());
  return out;
}

void read_kumu_fields(Record& r) {
  for (const auto& p : predefined()) {
    const Value* kumu = r.find(p.kumu);
    if (!kumu) continue;
    Value value = *kumu;
    value.text = std::string(text::trim(value.text));
    if (value.text.empty()) {
      r.erase(p.kumu);
      continue;
    }
    for (const char* field : p.fields) {
      const Value* own = r.find(field);
      if (!codes_of(field, value.text) || (own && !text::trim(own->text).empty() && own->text != value.text)) continue;
      r.set(field, value);  // the field was empty or held the same
      r.erase(p.kumu);
      break;
    }
  }
}

}  // namespace stakemap::interop
