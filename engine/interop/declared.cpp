#include "interop/declared.hpp"

#include <cmath>

#include "core/errors.hpp"
#include "core/table.hpp"
#include "interop/fields.hpp"

namespace stakemap::interop {

namespace {

template <class T>
void add_fields(std::vector<Declared>& out, const std::set<std::string>& skip, bool personal) {
  for (const auto& s : model::schema<T>().fields()) {
    if (skip.count(s.name) || (s.personal() && !personal)) continue;
    out.push_back({s.name, s.is_number(), s.is_list(), false});
  }
}

template <class T>
std::string value_of(const T& item, const Declared& d) {
  if (const auto* s = model::schema<T>().find(d.name)) return s->get(item);
  auto it = item.attributes.find(d.name);
  return it == item.attributes.end() ? "" : it->second;
}

}  // namespace

std::vector<Declared> org_declared(const model::Map& map, const ExportOptions& options,
                                   const std::set<std::string>& skip) {
  std::vector<Declared> out;
  add_fields<model::Organisation>(out, skip, options.personal);
  for (const auto& k : attribute_keys(map.organisations)) out.push_back({k, false, false, false});
  for (const auto& m : options.metrics.names) out.push_back({m, true, false, true});
  return out;
}

std::vector<Declared> flow_declared(const model::Map& map, const std::set<std::string>& skip) {
  std::vector<Declared> out;
  add_fields<model::Flow>(out, skip, false);
  for (const auto& k : attribute_keys(map.flows)) out.push_back({k, false, false, false});
  return out;
}

std::vector<std::pair<const Declared*, std::string>> org_values(const model::Map& map, std::size_t i,
                                                                const std::vector<Declared>& declared,
                                                                const ExportOptions& options) {
  std::vector<std::pair<const Declared*, std::string>> out;
  std::size_t m = 0;
  for (const auto& d : declared) {
    std::string v;
    if (d.metric) {
      double x = options.metrics.values[m++][i];
      if (!std::isnan(x)) v = number_text(x);
    } else {
      v = value_of(map.organisations[i], d);
    }
    if (!v.empty()) out.emplace_back(&d, std::move(v));
  }
  return out;
}

std::vector<std::pair<const Declared*, std::string>> flow_values(const model::Flow& flow,
                                                                 const std::vector<Declared>& declared) {
  std::vector<std::pair<const Declared*, std::string>> out;
  for (const auto& d : declared)
    if (auto v = value_of(flow, d); !v.empty()) out.emplace_back(&d, std::move(v));
  return out;
}

void check_metrics(const model::Map& map, const Metrics& metrics) {
  if (metrics.values.size() != metrics.names.size()) throw std::logic_error("metrics: names and values differ in size");
  auto keys = attribute_keys(map.organisations);
  std::set<std::string> taken(keys.begin(), keys.end());
  for (const auto& s : model::schema<model::Organisation>().fields()) taken.insert(s.name);
  for (std::size_t m = 0; m < metrics.names.size(); ++m) {
    if (metrics.values[m].size() != map.organisations.size())
      throw std::logic_error("metrics: one value per organisation expected");
    if (taken.count(metrics.names[m]))
      throw InputError("cannot attach metric '" + metrics.names[m] +
                       "': the map already has an organisation attribute of that name");
  }
}

}  // namespace stakemap::interop
