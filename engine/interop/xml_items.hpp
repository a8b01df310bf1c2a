#pragma once
// What the GraphML and GEXF readers share: an XmlHandler that hands items to a MapBuilder and
// reports problems at the element they were found at.
#include <string>

#include "interop/map_builder.hpp"
#include "io/xml_reader.hpp"

namespace stakemap::interop {

class XmlItemHandler : public io::XmlHandler {
 protected:
  explicit XmlItemHandler(MapBuilder& builder) : builder_(builder) {}

  /// A problem that stops reading: throws InputError at `e`.
  [[noreturn]] void fail(const io::XmlElement& e, const std::string& what) const {
    io::xml_fail(builder_.file(), e, what);
  }
  /// Attribute `name` of `e`; a missing one stops reading.
  const std::string& required(const io::XmlElement& e, const char* name) const {
    return io::xml_required(builder_.file(), e, name);
  }
  /// A bad value or item: an error at `e`, and reading goes on (every error of the file is
  /// reported; the caller skips the value or the item).
  void error(const io::XmlElement& e, const std::string& what) const {
    builder_.diagnostics().error(Position(builder_.file(), e.line, e.column), what);
  }
  /// Attribute `name` of `e`, or nullptr with an error reported.
  const std::string* expected(const io::XmlElement& e, const char* name) const {
    const std::string* v = e.attribute(name);
    if (!v) error(e, io::xml_missing_attribute(e, name));
    return v;
  }

 private:
  MapBuilder& builder_;
};

}  // namespace stakemap::interop
