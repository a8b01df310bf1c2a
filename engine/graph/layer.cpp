#include "graph/layer.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::graph {

namespace {
bool accepts(const std::vector<std::string>& allowed, const std::string& v) {
  return allowed.empty() || std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}

// Population 'both' means the flow covers all beneficiaries and the Ukraine scope.
bool population_accepts(const std::vector<std::string>& allowed, const std::string& v) {
  if (accepts(allowed, v)) return true;
  return v == "both" && (accepts(allowed, "all") || accepts(allowed, "ukraine"));
}
}  // namespace

Layer Layer::parse(const std::string& spec) {
  Layer layer;
  bool status_given = false;
  layer.status.clear();
  const auto& tax = model::Taxonomy::builtin();
  struct Facet {
    const char* name;
    const char* taxonomy;
    std::vector<std::string>* list;
  };
  Facet facets[] = {{"status", "flow_status", &layer.status},
                    {"basis", "flow_basis", &layer.basis},
                    {"regularity", "regularity", &layer.regularity},
                    {"population", "population", &layer.population}};
  for (const auto& term : text::split_list(spec, ',')) {
    std::string t = text::lower(term);
    if (t == "any" || t == "status=any") {
      status_given = true;
      continue;
    }
    auto eq = t.find('=');
    std::string facet = eq == std::string::npos ? "" : t.substr(0, eq);
    std::string code = eq == std::string::npos ? t : t.substr(eq + 1);
    bool found = false;
    for (auto& f : facets) {
      if (!facet.empty() && facet != f.name) continue;
      if (!tax.has(f.taxonomy, code)) continue;
      f.list->push_back(code);
      status_given = status_given || f.list == &layer.status;
      found = true;
      break;
    }
    if (!found)
      throw UsageError("unknown layer term '" + term + "' (use codes of status: " + tax.allowed("flow_status") +
                       "; basis: " + tax.allowed("flow_basis") + "; regularity: " + tax.allowed("regularity") +
                       "; population: " + tax.allowed("population") + "; or 'any')");
  }
  if (!status_given) layer.status = {"active"};
  return layer;
}

bool Layer::matches(const model::Flow& f) const {
  return accepts(status, f.status) && accepts(basis, f.basis) && accepts(regularity, f.regularity) &&
         population_accepts(population, f.population);
}

std::string Layer::describe() const {
  std::string s;
  auto add = [&](const char* name, const std::vector<std::string>& v) {
    if (!v.empty()) s += std::string(s.empty() ? "" : " ") + name + "=" + text::join(v, "|");
  };
  add("status", status);
  add("basis", basis);
  add("regularity", regularity);
  add("population", population);
  return s.empty() ? "all flows" : s;
}

}  // namespace stakemap::graph
