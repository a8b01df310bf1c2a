#pragma once
// A loaded map as one compact binary image (docs/storage.md, "The map image"): what
// Store::load reads from the tables, kept in the map file (table map_image) so that the next
// load reads one blob instead of every row. Pure functions, no SQL: the image's storage and
// invalidation are in store/image_cache.hpp.
//
// Layout (integers little-endian, "varint" LEB128): magic "SKMI", format version (u32), schema
// fingerprint (u64), payload length (u64), payload checksum (u64), then the payload: a string
// table (varint count, then each string as varint length and bytes) and, for territories,
// organisations, flows and needs in turn, a varint count and each record: its storage row
// (zigzag varint), its fields in schema order (text: a string table index; list: a count then
// indexes; number: 0, or 1 and the double's 8 bytes) and, but for needs, its attributes (a
// count then key and value indexes).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/map.hpp"
#include "store/store.hpp"

namespace stakemap::store {

/// The records of a loaded map and their storage rows (flows' ids set from their rows).
struct LoadedRecords {
  model::Map map;
  Store::Rows rows;
};

/// The image of the records of `map`, whose storage rows are `rows` (as Store::load gives
/// them). Only the records and rows: the vocabulary and provenance marks are read apart.
/// O(size of the map).
std::string encode_map_image(const model::Map& map, const Store::Rows& rows);

/// `payload` behind the header this build writes (its format, schema fingerprint, length and
/// checksum): encode_map_image's last step, and how tests and the fuzz target reach the parser.
std::string seal_map_image(std::string_view payload);

/// The records an image holds, or nullopt when `image` is not one this build wrote for the
/// schema in use (another format or schema, wrong length or checksum, damaged content). Never
/// throws for bad bytes; std::bad_alloc only when memory runs out. The map is not reindexed.
std::optional<LoadedRecords> decode_map_image(std::string_view image);

}  // namespace stakemap::store
