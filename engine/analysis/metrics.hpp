#pragma once
// Any per-organisation metric by name, for renderers and reports that size or rank
// organisations by a metric the user picks.
#include <string>
#include <vector>

#include "graph/digraph.hpp"

namespace stakemap::analysis {

/// Every name org_metric() accepts: the centralities, core, constraint, effective_size.
std::vector<std::string> metric_names();

/// One value per node of `g` for metric `name`, computed alone (betweenness exact unless
/// the graph is large; see CentralityOptions). Constraint and effective size are NaN for
/// an organisation without ties. Throws UsageError listing the allowed names when unknown.
std::vector<double> org_metric(const graph::Digraph& g, const std::string& name, bool weighted);

}  // namespace stakemap::analysis
