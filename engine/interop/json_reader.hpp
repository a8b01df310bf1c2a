#pragma once
// A strict JSON reader (RFC 8259) that keeps where every value starts, for messages that
// name file:line:column. It reads its input in chunks, and can hand over the items of the
// root object's arrays one at a time (a Kumu blueprint of 1 000 000 connections is never
// held whole). Limits protect memory against hostile files (docs/security.md).
#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace stakemap::interop {

struct JsonLimits {
  std::size_t max_bytes = std::size_t(1) << 30;  ///< whole document: 1 GiB (the interchange file limit)
  /// Values held at once: the whole document, or, when streamed, the root's members and
  /// the items a handler keeps (streamed items are released once handed over).
  std::size_t max_values = 2'000'000;
  std::size_t max_depth = 64;              ///< nesting of arrays and objects
  std::size_t max_string_bytes = 1 << 20;  ///< one string: 1 MiB
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

/// Receives a document whose root is read member by member (read_json_streamed).
class JsonStreamHandler {
 public:
  virtual ~JsonStreamHandler() = default;
  /// The root value begins: `root` has its type and position, nothing else. Throw to refuse
  /// it (a root that is not an object is then never read).
  virtual void root(const JsonValue& root) = 0;
  /// Whether the root member `key`, when it is an array, comes item by item.
  virtual bool streams(const std::string& key) const = 0;
  /// One item of a streamed array. Return true when done with it (its values no longer count
  /// against JsonLimits::max_values), false after moving it away to keep it (they still count).
  virtual bool item(const std::string& key, JsonValue& item) = 0;
  /// A root member read whole (not streamed, or not an array). Called before the items of a
  /// streamed array with an empty array carrying the member's position.
  virtual void member(const std::string& key, JsonValue value) = 0;
};

/// Parses one JSON document as read_json does; when the root is an object, its members go to
/// `handler` as they are read, the items of the arrays it streams one at a time. Memory
/// stays that of the values held at once, whatever the size of the file.
void read_json_streamed(std::istream& in, const std::string& file, JsonStreamHandler& handler,
                        const JsonLimits& limits = {});

}  // namespace stakemap::interop
