#pragma once
// Changes of records as table rows, one per field changed (history and diff), with the values
// of personal fields (contacts) hidden unless --privacy internal.
#include <optional>
#include <string>
#include <vector>

#include "core/table.hpp"
#include "store/record_text.hpp"

namespace stakemap::cli {

/// The fields that differ between a record's texts (nullopt: absent), each personal field's
/// values replaced by "(personal)" unless `personal`.
std::vector<store::FieldChange> changed_fields(const std::optional<std::string>& before,
                                               const std::optional<std::string>& after, bool personal);
/// Parses --privacy for history and diff: true for internal (show personal values), false for
/// partners (the default); throws UsageError otherwise.
bool show_personal(const std::string& privacy);

}  // namespace stakemap::cli
