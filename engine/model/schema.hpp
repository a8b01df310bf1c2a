#pragma once
// The field schema: one descriptor table per entity (territory, organisation, flow, need).
// Each entry names a field's dataset column, its member in the model struct, how its text is
// checked, whether it is required, part of the key or personal, and where the store keeps it.
// Reading, validation, lint, CSV export, the store's writer and loader and the interchange
// formats all walk these tables (docs/dataset.md, "Adding a field").
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/map.hpp"

namespace stakemap::model {

/// The four kinds of record a map holds, one dataset file each.
enum class Entity { territory, organisation, flow, need };

/// How a field's text is checked.
enum class Check {
  text,         ///< free text
  code,         ///< one code of the field's facet (empty allowed unless required)
  codes,        ///< '|'-separated codes of the field's facet
  list,         ///< '|'-separated free text
  territory,    ///< id of a territory
  territories,  ///< '|'-separated territory ids
  org,          ///< id of an organisation
  number        ///< a real number >= 0
};

/// True for the checks whose value is a list ('|'-separated in text).
bool is_list(Check check);

/// Field flags, combined with |.
enum Flag : unsigned {
  kRequired = 1u,  ///< a non-empty value is required
  kKey = 2u,       ///< part of the record's key (an update never changes it)
  kPersonal = 4u,  ///< personal data: left out of exports unless asked for
};

/// Where the store keeps a field. `table` is the entity's own table (one column per field),
/// a side table with one row per record (contact), or a child table with one row per value
/// (org_code, flow_code, territory_parent). `column` is the column holding the value;
/// `facet` tells apart the fields sharing one child table ("" when the table holds one field).
struct Storage {
  const char* table;
  const char* column;
  const char* facet = "";
};

/// What every field has, whatever its entity.
struct FieldSpec {
  const char* name;  ///< dataset column name (also the interchange attribute name)
  Check check;
  const char* facet;  ///< taxonomy facet of code/codes fields ("" otherwise)
  unsigned flags;
  Storage storage;
  bool required() const { return flags & kRequired; }
  bool key() const { return flags & kKey; }
  bool personal() const { return flags & kPersonal; }
  bool is_list() const { return model::is_list(check); }
  bool is_number() const { return check == Check::number; }
};

/// A field of T: its spec and the member holding it (exactly one member pointer is set,
/// matching the check: lists for list checks, a number for Check::number, text otherwise).
template <class T>
struct Field : FieldSpec {
  std::string T::*text = nullptr;
  std::vector<std::string> T::*list = nullptr;
  std::optional<double> T::*number = nullptr;

  Field(const char* name, std::string T::*member, Check check, Storage storage, const char* facet = "",
        unsigned flags = 0)
      : FieldSpec{name, check, facet, flags, storage}, text(member) {}
  Field(const char* name, std::vector<std::string> T::*member, Check check, Storage storage, const char* facet = "",
        unsigned flags = 0)
      : FieldSpec{name, check, facet, flags, storage}, list(member) {}
  Field(const char* name, std::optional<double> T::*member, Storage storage, unsigned flags = 0)
      : FieldSpec{name, Check::number, "", flags, storage}, number(member) {}

  /// The value as dataset text: text as is, lists '|'-joined, numbers in shortest
  /// round-trip form ("" when unset).
  std::string get(const T& item) const;
  /// True when the field holds no value.
  bool empty(const T& item) const;
  /// Empties the field (an unset number, an empty text or list).
  void clear(T& item) const;
};

/// The descriptor table of entity T (Territory, Organisation, Flow or Need).
template <class T>
class Schema final {
 public:
  Schema(Entity entity, const char* file, const char* table, std::vector<Field<T>> fields);
  Entity entity() const { return entity_; }
  /// The dataset file holding T ("organisations.csv").
  const char* file() const { return file_; }
  /// The store table with one row per record ("organisation").
  const char* table() const { return table_; }
  /// The fields, in dataset column order (the order exports write them).
  const std::vector<Field<T>>& fields() const { return fields_; }
  /// The same fields without their members, for code that does not know T.
  const std::vector<FieldSpec>& specs() const { return specs_; }
  /// The field of dataset column `name`, or nullptr.
  const Field<T>* find(std::string_view name) const;
  /// A copy with `field` added after the field named `after` (at the end when "").
  Schema with(Field<T> field, std::string_view after = "") const;
  /// A copy without the field named `name`.
  Schema without(std::string_view name) const;

 private:
  Entity entity_;
  const char* file_;
  const char* table_;
  std::vector<Field<T>> fields_;
  std::vector<FieldSpec> specs_;
};

/// The schema of T in use: the built-in table, or the one a SchemaOverride installed.
template <class T>
const Schema<T>& schema();
template <>
const Schema<Territory>& schema<Territory>();
template <>
const Schema<Organisation>& schema<Organisation>();
template <>
const Schema<Flow>& schema<Flow>();
template <>
const Schema<Need>& schema<Need>();
/// The field specs of `entity` (schema<T>().specs() for its T).
const std::vector<FieldSpec>& fields(Entity entity);
/// The spec of field `name` of `entity`, or nullptr.
const FieldSpec* find_field(Entity entity, std::string_view name);
/// "territories.csv", "organisations.csv", "flows.csv", "needs.csv".
const char* file_name(Entity entity);
/// Empties every personal field of `item`.
template <class T>
void clear_personal(T& item);
/// Free attribute keys (columns outside the schema) any of `items` has, sorted.
template <class T>
std::vector<std::string> attribute_keys(const std::vector<T>& items) {
  std::set<std::string> keys;
  for (const auto& i : items)
    for (const auto& [k, v] : i.attributes) keys.insert(k);
  return {keys.begin(), keys.end()};
}

/// For tests: makes schema<T>() return `replacement` until destroyed (not thread-safe; one
/// override per T at a time). It shows that a field added to the table alone is read,
/// checked, stored, loaded, exported and linted.
template <class T>
class SchemaOverride final {
 public:
  explicit SchemaOverride(Schema<T> replacement);
  ~SchemaOverride();
  SchemaOverride(const SchemaOverride&) = delete;
  SchemaOverride& operator=(const SchemaOverride&) = delete;

 private:
  std::unique_ptr<Schema<T>> schema_;
  const Schema<T>* previous_;
};

}  // namespace stakemap::model
