#pragma once
// What every interchange reader produces: items as field name -> text value, each value
// with the line and column it was read at, handed to a MapBuilder one at a time.
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace stakemap::interop {

/// One value read from a file and where it starts (1-based; 0 when unknown).
struct Value {
  std::string text;
  long line = 0, column = 0;
};

/// One territory, organisation, flow or need as read: fields by canonical name
/// (see normalise_key), in file order. Fields are changed only through set, erase and
/// rename. A record of more than kIndexed fields keeps a hashed index, so that one of n
/// fields is built in O(n), never O(n^2) (an object of 500 000 keys, docs/security.md);
/// smaller ones (nearly all) are searched in place and cost no index.
struct Record {
  static constexpr std::size_t kIndexed = 16;
  long line = 0, column = 0;  ///< where the item starts
  std::vector<std::pair<std::string, Value>> fields;

  /// The value of `key`, or nullptr. O(1).
  const Value* find(const std::string& key) const {
    std::size_t i = position(key);
    return i == fields.size() ? nullptr : &fields[i].second;
  }
  /// Sets `key` (replacing an earlier value of the same key). O(1).
  void set(const std::string& key, Value v) {
    if (std::size_t i = position(key); i < fields.size()) {
      fields[i].second = std::move(v);
      return;
    }
    fields.emplace_back(key, std::move(v));
    if (!index_.empty()) index_.emplace(key, fields.size() - 1);
    else if (fields.size() > kIndexed) reindex();
  }
  /// Removes `key` if present. O(n).
  void erase(const std::string& key) {
    std::size_t i = position(key);
    if (i == fields.size()) return;
    fields.erase(fields.begin() + static_cast<std::ptrdiff_t>(i));
    reindex();
  }
  /// Renames field `from` to `to`, in place, when `from` is present and `to` is not.
  void rename(const std::string& from, const std::string& to) {
    std::size_t i = position(from);
    if (i == fields.size() || position(to) < fields.size()) return;
    fields[i].first = to;
    if (!index_.empty()) index_.erase(from), index_.emplace(to, i);
  }

 private:
  // Index of `key` in fields, or fields.size().
  std::size_t position(const std::string& key) const {
    if (!index_.empty()) {
      auto it = index_.find(key);
      return it == index_.end() ? fields.size() : it->second;
    }
    for (std::size_t i = 0; i < fields.size(); ++i)
      if (fields[i].first == key) return i;
    return fields.size();
  }
  void reindex() {
    index_.clear();
    if (fields.size() > kIndexed)
      for (std::size_t i = 0; i < fields.size(); ++i) index_.emplace(fields[i].first, i);
  }
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace stakemap::interop
