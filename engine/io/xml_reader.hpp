#pragma once
// A streaming XML reader (libxml2's SAX2 push parser behind a small interface): element
// starts and ends with their attributes, text and positions. Refuses DOCTYPE declarations
// (so no entity expansion, no external entities, no network) and enforces size limits.
#include <cstddef>
#include <istream>
#include <memory>
#include <string>
#include <vector>

namespace stakemap::io {

/// Limits that protect memory against hostile files (docs/security.md).
struct XmlLimits {
  /// Whole input: 1 GiB (interchange files; the GraphML of 1 000 000 flows is 450 MiB, its
  /// GEXF 600 MiB). The input is streamed: memory is bounded by the items it makes.
  std::size_t max_bytes = std::size_t(1) << 30;
  std::size_t max_text_bytes = 1 << 20;  ///< text inside one element: 1 MiB
  std::size_t max_depth = 32;            ///< element nesting
  /// Attributes in one start tag: 256. Counted before libxml2 parses the tag, whose
  /// duplicate-attribute check is quadratic (500 000 attributes: 158 s in libxml2 2.9.14).
  std::size_t max_attributes = 256;
};

/// One attribute of an element (local name, namespace prefix dropped).
struct XmlAttribute {
  std::string name, value;
};

/// One element as the handler sees it. `line`/`column` is where its start tag ends (where
/// its content begins), as libxml2 reports it.
struct XmlElement {
  std::string name;  ///< local name
  std::string ns;    ///< namespace URI ("" when none)
  std::vector<XmlAttribute> attributes;
  long line = 0, column = 0;
  /// Value of attribute `name`, or nullptr.
  const std::string* attribute(const std::string& name) const;
};

/// Receives the events of one parse, in document order. Exceptions thrown here stop the
/// parse and are rethrown by read_xml.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(const XmlElement& element) = 0;
  /// `text` is the character data directly inside the element (children's text excluded).
  virtual void end(const XmlElement& element, const std::string& text) = 0;
};

/// Throws InputError "file:line:column: what" at element `e`.
[[noreturn]] void xml_fail(const std::string& file, const XmlElement& e, const std::string& what);
/// Attribute `name` of `e`; throws InputError when it is missing.
const std::string& xml_required(const std::string& file, const XmlElement& e, const char* name);

/// "<node> without the required attribute 'id'": what xml_required throws, for readers that
/// report it and read on (interop/xml_items.hpp).
std::string xml_missing_attribute(const XmlElement& e, const char* name);

/// True when `text` is a valid value of the XML Schema type `type` as GraphML and GEXF use
/// them (boolean, int, integer, long, float, double); any text is valid for other types.
bool valid_typed_value(const std::string& type, const std::string& text);

/// A parse fed chunk by chunk, for readers that pull (an XLSX sheet's rows): the same
/// parser, settings and limits as read_xml. Events reach the handler during feed().
class XmlPushParser final {
 public:
  XmlPushParser(const std::string& file, XmlHandler& handler, const XmlLimits& limits = {});
  ~XmlPushParser();
  XmlPushParser(const XmlPushParser&) = delete;
  XmlPushParser& operator=(const XmlPushParser&) = delete;
  /// Parses the next `n` bytes; throws InputError as read_xml does.
  void feed(const char* data, std::size_t n);
  /// Ends the input; throws InputError when the document is incomplete or malformed.
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Parses `in` calling `handler`. `file` names the input in messages. Throws InputError
/// "file:line:column: message" when the XML is malformed, holds a DOCTYPE, or exceeds a limit.
void read_xml(std::istream& in, const std::string& file, XmlHandler& handler, const XmlLimits& limits = {});

}  // namespace stakemap::io
