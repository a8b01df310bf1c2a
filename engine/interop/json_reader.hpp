#pragma once
// A strict JSON reader (RFC 8259) that keeps where every value starts, for messages that
// name file:line:column. Limits protect memory against hostile files (docs/security.md).
#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace stakemap::interop {

struct JsonLimits {
  std::size_t max_bytes = std::size_t(64) << 20;  ///< whole document: 64 MiB
  std::size_t max_values = 2'000'000;             ///< values in the document
  std::size_t max_depth = 64;                     ///< nesting of arrays and objects
  std::size_t max_string_bytes = 1 << 20;         ///< one string: 1 MiB
};

struct JsonMember;

/// One JSON value with its position (1-based line, column in code points).
struct JsonValue {
  enum class Type { null, boolean, number, string, array, object };
  Type type = Type::null;
  bool boolean = false;
  std::string text;                 ///< a string's value, or a number as written
  std::vector<JsonValue> items;     ///< array elements
  std::vector<JsonMember> members;  ///< object members, in order
  long line = 0, column = 0;

  /// Member `key` of an object, or nullptr.
  const JsonValue* get(const std::string& key) const;
  /// "string", "number", ... for messages.
  const char* type_name() const;
};

/// One member of an object.
struct JsonMember {
  std::string key;
  JsonValue value;
};

/// Parses one JSON document (UTF-8, optional BOM). Throws InputError "file:line:column:
/// message" on a syntax error, invalid UTF-8, a duplicate object key or a limit exceeded.
JsonValue read_json(std::istream& in, const std::string& file, const JsonLimits& limits = {});

}  // namespace stakemap::interop
