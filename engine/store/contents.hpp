#pragma once
// The raw contents of a map file, for comparing two maps (tests, debugging).
#include <string>

#include "store/store.hpp"

namespace stakemap::store {

/// Every row of every table of the map (schema and schema version included), tables by name and
/// rows in storage order, columns separated by U+001F and NULL written as "NULL": two dumps are
/// equal exactly when the maps hold the same rows.
std::string dump(const Store& store);

}  // namespace stakemap::store
