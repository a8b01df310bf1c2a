#pragma once
// What every interchange reader produces: items as field name -> text value, each value
// with the line and column it was read at, handed to a MapBuilder one at a time.
#include <string>
#include <utility>
#include <vector>

namespace stakemap::interop {

/// One value read from a file and where it starts (1-based; 0 when unknown).
struct Value {
  std::string text;
  long line = 0, column = 0;
};

/// One territory, organisation, flow or need as read: fields by canonical name
/// (see normalise_key), in file order.
struct Record {
  long line = 0, column = 0;  ///< where the item starts
  std::vector<std::pair<std::string, Value>> fields;

  /// The value of `key`, or nullptr.
  const Value* find(const std::string& key) const {
    for (const auto& [k, v] : fields)
      if (k == key) return &v;
    return nullptr;
  }
  /// Sets `key` (replacing an earlier value of the same key).
  void set(const std::string& key, Value v) {
    for (auto& [k, old] : fields)
      if (k == key) {
        old = std::move(v);
        return;
      }
    fields.emplace_back(key, std::move(v));
  }
};

}  // namespace stakemap::interop
