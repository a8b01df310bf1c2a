#pragma once
// The attribute mapping every interchange format shares: each field of a territory,
// organisation, flow or need under its dataset column name (docs/interop.md), read and
// written as text. Lists travel as '|'-joined text, numbers in shortest round-trip form.
#include <optional>
#include <string>
#include <vector>

#include "dataset/columns.hpp"
#include "model/map.hpp"

namespace stakemap::interop {

/// Where one field of T lives: exactly one of the member pointers is set.
template <class T>
struct Slot {
  const char* column;
  std::string T::*text = nullptr;
  std::vector<std::string> T::*list = nullptr;
  std::optional<double> T::*number = nullptr;
};

/// The fields of T (Territory, Organisation, Flow, Need) in dataset column order:
/// the same names and order as dataset::columns(kind_of<T>()).
template <class T>
const std::vector<Slot<T>>& slots();
/// The dataset file kind that holds T.
template <class T>
dataset::FileKind kind_of();

template <> const std::vector<Slot<model::Territory>>& slots<model::Territory>();
template <> const std::vector<Slot<model::Organisation>>& slots<model::Organisation>();
template <> const std::vector<Slot<model::Flow>>& slots<model::Flow>();
template <> const std::vector<Slot<model::Need>>& slots<model::Need>();
template <> dataset::FileKind kind_of<model::Territory>();
template <> dataset::FileKind kind_of<model::Organisation>();
template <> dataset::FileKind kind_of<model::Flow>();
template <> dataset::FileKind kind_of<model::Need>();

/// Text of a field: text as is, lists '|'-joined, numbers via number_text ("" when unset).
template <class T>
std::string get(const T& item, const Slot<T>& slot);
/// Text of field `column` of `item` ("" for an unknown column).
template <class T>
std::string get(const T& item, const std::string& column);

/// True when the field is numeric (written as a double by typed formats).
template <class T>
bool is_number(const Slot<T>& slot) {
  return slot.number != nullptr;
}
/// True for the fields holding personal data (contact_name, contact_email).
bool is_personal(const char* column);

/// Free attribute keys (dataset columns stakemap does not model) used by any item, sorted.
std::vector<std::string> attribute_keys(const std::vector<model::Organisation>& orgs);
std::vector<std::string> attribute_keys(const std::vector<model::Flow>& flows);

/// Canonical field name of a foreign key: trimmed, lower case, spaces and '-' as '_'
/// ("Support Role" -> "support_role").
std::string normalise_key(const std::string& key);

}  // namespace stakemap::interop
