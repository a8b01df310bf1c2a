#pragma once
// A minimal indented XML writer for GraphML and GEXF. Every attribute value and every
// text goes through escape::xml; line breaks and tabs are written as character
// references where XML parsers would otherwise normalise them away.
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stakemap::interop {

/// Attributes of one element: name (ours, never data) and value (escaped).
using XmlAttrs = std::vector<std::pair<std::string_view, std::string>>;

class XmlWriter final {
 public:
  /// Writes the XML declaration (UTF-8).
  explicit XmlWriter(std::ostream& out);
  /// Opens <tag attrs> and indents what follows.
  void open(std::string_view tag, const XmlAttrs& attrs = {});
  /// Closes the innermost open element.
  void close();
  /// <tag attrs/>
  void empty(std::string_view tag, const XmlAttrs& attrs = {});
  /// <tag attrs>text</tag>
  void leaf(std::string_view tag, const XmlAttrs& attrs, std::string_view text);
  /// Closes everything still open.
  void finish();

 private:
  void start(std::string_view tag, const XmlAttrs& attrs);
  std::ostream& out_;
  std::vector<std::string> open_;
};

/// Escaped text for element content (CR kept as &#13;).
std::string xml_text(std::string_view s);
/// Escaped attribute value (tab, LF and CR kept as character references).
std::string xml_attribute(std::string_view s);

}  // namespace stakemap::interop
