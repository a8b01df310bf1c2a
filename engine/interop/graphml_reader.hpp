#pragma once
// Reads GraphML: stakemap's own files (graphs "flows", "territories", "needs"; see
// graphml_writer.hpp) and GraphML from other tools (one directed graph: nodes are
// organisations, edges are flows; keys matched by attr.name, "label" read as the name).
#include <istream>

#include "interop/map_builder.hpp"

namespace stakemap::interop {

/// Streams `in` into `builder`, reporting bad values there with file:line:column. Throws
/// InputError for malformed XML and for structures stakemap cannot hold (undirected
/// graphs, hyperedges, nested graphs).
void read_graphml(std::istream& in, MapBuilder& builder);

}  // namespace stakemap::interop
