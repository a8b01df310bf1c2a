#pragma once
// Which flows an analysis looks at: a layer chosen by status, basis, regularity and
// population (DESIGN §1: analyses never run on an unexplained mix).
#include <string>
#include <vector>

#include "model/map.hpp"

namespace stakemap::graph {

/// A flow filter. Codes within one facet are alternatives, facets combine with AND; an
/// empty list accepts any value. The default layer is `status=active`.
struct Layer {
  std::vector<std::string> status{"active"}, basis, regularity, population;

  /// Parses "--layer" text: comma-separated terms, each a code (active, voluntary, regular,
  /// ukraine, ...) or facet=code; `any` accepts every status. Throws UsageError when a term is
  /// unknown. Without a status term the layer keeps status=active.
  static Layer parse(const std::string& spec);
  bool matches(const model::Flow& f) const;
  /// "status=active basis=voluntary" for titles and reports.
  std::string describe() const;
};

}  // namespace stakemap::graph
