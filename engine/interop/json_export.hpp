#pragma once
// stakemap's own JSON: the whole map (territories, organisations, flows, needs) with every
// field always present (text "", lists [], numbers null when unset), free attributes as
// an "attributes" object and, with --with-metrics, a "metrics" object per organisation.
// For scripts (jq, Python, JavaScript); see docs/interop.md for the layout.
#include <ostream>

#include "interop/export_options.hpp"
#include "model/map.hpp"

namespace stakemap::interop {

void write_json(const model::Map& map, const ExportOptions& options, std::ostream& out);

}  // namespace stakemap::interop
