#pragma once
// Kumu's predefined element fields that stakemap fills from its own: `type` from the kind (or
// the level, ExportOptions::kumu_type_level) and `tags` from the domains. `description` needs
// nothing: an organisation attribute of that name travels as every attribute does.
#include <string>
#include <utility>
#include <vector>

#include "interop/declared.hpp"
#include "interop/records.hpp"
#include "model/map.hpp"

namespace stakemap::interop {

/// Attributes of Kumu elements: `type` and `tags` first (each unless an organisation attribute
/// already has that name), then org_declared without id and name (which are ID and Label).
std::vector<Declared> kumu_org_declared(const model::Map& map, const ExportOptions& options);
/// Non-empty values of organisation `i` for `declared` (from kumu_org_declared).
std::vector<std::pair<const Declared*, std::string>> kumu_org_values(const model::Map& map, std::size_t i,
                                                                     const std::vector<Declared>& declared,
                                                                     const ExportOptions& options);
/// Reads `type` and `tags` of an element back into the fields they were filled from: `type`
/// into kind, else level, `tags` into domains, when they hold that field's codes and the field
/// is empty or holds the same. Otherwise they stay attributes named type and tags.
void read_kumu_fields(Record& r);

}  // namespace stakemap::interop
