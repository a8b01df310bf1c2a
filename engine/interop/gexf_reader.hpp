#pragma once
// Reads GEXF 1.1, 1.2 and 1.3 (Gephi, networkx): nodes are organisations (id, label as
// name), directed edges are flows (weight kept), attributes matched by their title.
#include <istream>

#include "interop/map_builder.hpp"

namespace stakemap::interop {

/// Streams `in` into `builder`, reporting bad values there with file:line:column. Throws
/// InputError for malformed XML and for what stakemap cannot hold (undirected edges,
/// nested nodes, dynamic attribute values).
void read_gexf(std::istream& in, MapBuilder& builder);

}  // namespace stakemap::interop
