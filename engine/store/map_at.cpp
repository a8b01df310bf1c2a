#include "store/map_at.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/changes.hpp"
#include "store/record_text.hpp"

namespace stakemap::store {

namespace {

/// The earlier text of each record of `kind` that changed (nullopt: it did not exist then).
using Earlier = std::unordered_map<std::string, const std::optional<std::string>*>;

Earlier earlier_of(const std::vector<RecordChange>& changes, Kind kind) {
  Earlier out;
  for (const auto& c : changes)
    if (c.kind == kind) out.emplace(c.key, &c.before);
  return out;
}

std::string key_of(const model::Territory& t) { return t.id; }
std::string key_of(const model::Organisation& o) { return o.id; }
std::string key_of(const model::Flow& f) { return std::to_string(f.id); }
std::string key_of(const model::Need& n) { return record_key(n); }

/// Removes the records of `items` that changed since, then appends their earlier versions.
template <class T>
void put_back(std::vector<T>& items, const std::vector<RecordChange>& changes, Kind kind) {
  auto earlier = earlier_of(changes, kind);
  if (earlier.empty()) return;
  std::erase_if(items, [&](const T& item) { return earlier.count(key_of(item)) > 0; });
  for (const auto& c : changes) {
    if (c.kind != kind || !c.before) continue;
    T item = record_from_text<T>(*c.before);
    if constexpr (std::is_same_v<T, model::Flow>) item.id = std::stoll(c.key);
    items.push_back(std::move(item));
  }
}

}  // namespace

model::Map map_at(const Store& store, std::int64_t batch) {
  auto map = store.load();
  const auto last = last_batch(store);
  if (batch >= last) return map;
  const auto changes = changes_between(store, batch, last);
  put_back(map.territories, changes, Kind::territory);
  put_back(map.organisations, changes, Kind::organisation);
  put_back(map.flows, changes, Kind::flow);
  put_back(map.needs, changes, Kind::need);
  for (const auto& c : changes)
    if (c.kind == Kind::provenance) map.synthetic = c.before.has_value();
  map.reindex();
  return map;
}

}  // namespace stakemap::store
