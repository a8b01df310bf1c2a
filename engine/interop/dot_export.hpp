#pragma once
// Graphviz DOT for Graphviz itself, pydot/networkx and other DOT readers: a digraph with
// synthetic node names (n0, n1, ...), the organisation id in attribute "org", its name as
// "label", and every other field as an attribute. A field whose name Graphviz itself uses
// (e.g. "weight", or a free attribute called "URL") is written as "data_<name>" so that
// data never steers rendering. Every name and value goes through escape::dot.
#include <ostream>
#include <string>

#include "interop/export_options.hpp"
#include "model/map.hpp"

namespace stakemap::interop {

void write_dot(const model::Map& map, const ExportOptions& options, std::ostream& out);

/// The DOT attribute name of field `name` ("weight" -> "data_weight").
std::string dot_attribute_name(const std::string& name);

}  // namespace stakemap::interop
