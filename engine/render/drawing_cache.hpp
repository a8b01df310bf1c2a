#pragma once
// Graphviz's work kept between runs. What Graphviz draws depends only on the DOT text it reads,
// the engine, the output format and Graphviz itself, so a drawing is kept under a digest of all
// of them and read back instead of laid out again while the map is unchanged (docs/maps.md,
// "Drawings kept in the map"; the map file keeps them: store/layout_cache.hpp).
#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "core/result_cache.hpp"
#include "render/layout.hpp"

namespace stakemap::render {

/// Where drawings are kept (core/result_cache.hpp).
using DrawingCache = ResultCache;

/// The key of what `engine` makes of `dot` as `what` (an output format, or "positions"): a hex
/// SHA-256 of those, Graphviz's version and the cache's format version.
std::string drawing_key(const std::string& what, const std::string& engine, const std::string& dot);

/// A drawing as kept, and back (nullopt when `kept` is not one, or not of `count` nodes).
std::string encode_drawing(const Drawing& drawing);
std::optional<Drawing> decode_drawing(const std::string& kept, std::size_t count);

/// `make()`, or the drawing kept in `cache` (may be null) under `key`; a drawing made is kept.
Drawing cached_drawing(const DrawingCache* cache, const std::string& key, std::size_t count,
                       const std::function<Drawing()>& make);

}  // namespace stakemap::render
