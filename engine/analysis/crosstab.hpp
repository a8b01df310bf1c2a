#pragma once
// How communities cut across the map's own divisions: a cross-tabulation of communities
// against territory, level or language, and Krackhardt–Stern E-I indexes.
#include <string>
#include <vector>

#include "graph/digraph.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// E-I index of the undirected ties: (external - internal) / (external + internal), from -1
/// (every tie inside a group) to +1 (every tie across groups); 0 when there is no tie.
struct EIIndex {
  long internal = 0, external = 0;
  double value = 0;
};

/// E-I index where a tie is internal when its ends share a value (`values` per node); ties
/// with an end without any value are left out.
EIIndex ei_index(const graph::Digraph& g, const std::vector<std::vector<std::string>>& values);

/// E-I index of a partition (`group` per node; -1 = unknown, left out).
EIIndex ei_index(const graph::Digraph& g, const std::vector<int>& group);

/// Members of each community having each value of attribute `by` (an organisation with two
/// languages counts under both; "(none)" for none).
struct CrossTab {
  std::string by;
  std::vector<std::string> values;       ///< columns
  std::vector<std::vector<int>> counts;  ///< [community][value]
  EIIndex ei;                            ///< of the ties with respect to `by`
};

/// `membership` numbers communities 0..count-1. Throws UsageError for an unknown `by`.
CrossTab cross_tab(const model::Map& map, const graph::Digraph& g, const std::vector<int>& membership, int count,
                   const std::string& by);

}  // namespace stakemap::analysis
