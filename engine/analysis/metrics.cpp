#include "analysis/metrics.hpp"

#include <algorithm>

#include "analysis/centrality.hpp"
#include "analysis/structural_holes.hpp"
#include "analysis/structure.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

namespace stakemap::analysis {

std::vector<std::string> metric_names() {
  return {"in_degree", "out_degree",  "degree", "betweenness", "closeness", "out_closeness", "harmonic",
          "pagerank",  "eigenvector", "hub",    "authority",   "core",      "constraint",    "effective_size"};
}

std::vector<double> org_metric(const graph::Digraph& g, const std::string& name, bool weighted) {
  auto names = metric_names();
  if (std::find(names.begin(), names.end(), name) == names.end())
    throw UsageError("unknown metric '" + name + "' (allowed: " + text::join(names, ", ") + ")");
  if (name == "core") {
    auto core = core_numbers(g);
    return {core.begin(), core.end()};
  }
  if (name == "constraint") return structural_holes(g, weighted).constraint;
  if (name == "effective_size") return structural_holes(g, weighted).effective_size;
  CentralityOptions options;
  options.weighted = weighted;
  options.only = {name};
  Centrality c = centrality(g, options);
  if (auto* values = c.values(name)) return std::move(*values);
  return std::vector<double>(g.n, 0.0);
}

}  // namespace stakemap::analysis
