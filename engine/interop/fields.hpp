#pragma once
// The attribute mapping every interchange format shares: each field of a territory,
// organisation, flow or need under its dataset column name (docs/interop.md), read and
// written through the field schema (model/schema.hpp). Lists travel as '|'-joined text,
// numbers in shortest round-trip form.
#include <string>
#include <vector>

#include "model/map.hpp"
#include "model/schema.hpp"

namespace stakemap::interop {

/// Text of field `column` of `item` ("" for an unknown column).
template <class T>
std::string get(const T& item, const std::string& column) {
  const auto* field = model::schema<T>().find(column);
  return field ? field->get(item) : "";
}

/// Free attribute keys (dataset columns stakemap does not model) used by any item, sorted.
std::vector<std::string> attribute_keys(const std::vector<model::Organisation>& orgs);
std::vector<std::string> attribute_keys(const std::vector<model::Flow>& flows);

/// Canonical field name of a foreign key: trimmed, lower case, spaces and '-' as '_'
/// ("Support Role" -> "support_role").
std::string normalise_key(const std::string& key);

}  // namespace stakemap::interop
