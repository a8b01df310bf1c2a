#pragma once
// GEXF 1.2 (https://gexf.net/, namespace http://www.gexf.net/1.2draft) for Gephi and
// networkx: organisations as nodes (id = org id, label = name), flows as directed edges
// (weight = the flow's weight when given), every other field a declared attribute.
// Territories and needs are not part of GEXF (use GraphML or JSON for the whole map).
#include <ostream>

#include "interop/export_options.hpp"
#include "model/map.hpp"

namespace stakemap::interop {

void write_gexf(const model::Map& map, const ExportOptions& options, std::ostream& out);

}  // namespace stakemap::interop
