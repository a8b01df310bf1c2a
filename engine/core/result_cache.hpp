#pragma once
// Results kept between runs: values under keys the caller makes from a digest of everything the
// result depends on, so that a value read back is the one that would be computed. The map file
// keeps them (store/layout_cache.hpp: every write to the map empties it but for the numbers
// below); drawings (render/drawing_cache.hpp) and exact betweenness
// (analysis/kept_betweenness.hpp) use it.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace stakemap {

/// Keys beginning with this name values that hold no text of the map (numbers by node index,
/// such as kept betweenness) under a digest of everything they depend on. Changes of the map
/// keep them: a changed map makes other keys, and a map changed back (by undo, or an edit that
/// leaves the graph as it was) finds its values again. Other values, which may hold names
/// (drawings), are emptied by every change. Only values that are numbers, never text of the map,
/// may be kept under this prefix: they outlive the removal of what they were computed from.
inline constexpr std::string_view kNumbersKeyPrefix = "numbers ";

/// Where results are kept. Either function may be empty (nothing read, nothing kept); neither
/// throws for a cache that cannot be used, and both may be called from several threads at once.
struct ResultCache {
  std::function<std::optional<std::string>(const std::string& key)> get;
  std::function<void(const std::string& key, const std::string& value)> put;
};

}  // namespace stakemap
