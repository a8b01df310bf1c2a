#pragma once
// GraphML (http://graphml.graphdrawing.org/) for networkx, igraph, yEd and Gephi.
// Three graphs in one file: "flows" first (organisations as nodes with the org id as node
// id, flows as directed edges; what tools read by default), then "territories" (the
// part_of DAG, edges from a territory to each territory it is part of) and "needs"
// (one node per need). Every key is declared with its type; see docs/interop.md.
#include <ostream>

#include "interop/export_options.hpp"
#include "model/map.hpp"

namespace stakemap::interop {

/// Node id prefixes of the territory and need graphs (GraphML ids are document-wide).
inline constexpr const char* kTerritoryNodePrefix = "territory:";
inline constexpr const char* kNeedNodePrefix = "need:";

/// Writes `map` as GraphML. Throws InputError when an organisation id collides with a
/// territory or need node id.
void write_graphml(const model::Map& map, const ExportOptions& options, std::ostream& out);

}  // namespace stakemap::interop
