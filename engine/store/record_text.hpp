#pragma once
// A record as the change log keeps it (columns change_log.before and .after): one line
// `field<TAB>value` per value, in schema order — a list field one line per item, a free
// attribute `@key<TAB>value` — with backslash, tab, newline and carriage return escaped
// (\\, \t, \n, \r). An empty field has no line. The text reads back into the same record
// (record_from_text), which is what lets an undo put a record back exactly as it was.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stakemap::store {

/// One named value of a record as text (lists one line per item).
using TextField = std::pair<std::string, std::string>;

/// `item` (a model::Territory, Organisation, Flow or Need) as change-log text.
template <class T>
std::string record_text(const T& item);
/// The record `text` holds (fields it lacks are empty; a flow's id is not part of it).
/// Throws std::logic_error on a line without a tab or an unknown field (a corrupt log).
template <class T>
T record_from_text(std::string_view text);

/// Lines of `fields` in the same encoding (for records outside the schema: survey answers).
std::string fields_text(const std::vector<TextField>& fields);
/// The lines of `text` decoded, in order, one per line.
std::vector<TextField> text_lines(std::string_view text);
/// The record's values as dataset text, one per field or attribute in order: list items
/// '|'-joined, attributes named `@key`.
std::vector<TextField> text_fields(std::string_view text);

/// One field that differs between two texts of a record.
struct FieldChange {
  std::string field, before, after;
};
/// The fields (as text_fields gives them) whose values differ between `before` and `after`
/// ("" for a missing text or field), in the order they appear, those of `before` first.
std::vector<FieldChange> field_changes(std::string_view before, std::string_view after);

}  // namespace stakemap::store
