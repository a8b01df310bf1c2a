#pragma once
// What the GraphML and GEXF readers share: an XmlHandler that hands items to a MapBuilder and
// reports problems at the element they were found at.
#include <string>

#include "interop/map_builder.hpp"
#include "interop/xml_reader.hpp"

namespace stakemap::interop {

class XmlItemHandler : public XmlHandler {
 protected:
  explicit XmlItemHandler(MapBuilder& builder) : builder_(builder) {}

  /// A problem that stops reading: throws InputError at `e`.
  [[noreturn]] void fail(const XmlElement& e, const std::string& what) const { xml_fail(builder_.file(), e, what); }
  /// Attribute `name` of `e`; a missing one stops reading.
  const std::string& required(const XmlElement& e, const char* name) const {
    return xml_required(builder_.file(), e, name);
  }
  /// A bad value or item: an error at `e`, and reading goes on (every error of the file is
  /// reported; the caller skips the value or the item).
  void error(const XmlElement& e, const std::string& what) const {
    xml_error(builder_.diagnostics(), builder_.file(), e, what);
  }
  /// Attribute `name` of `e`, or nullptr with an error reported.
  const std::string* expected(const XmlElement& e, const char* name) const {
    return xml_expected(builder_.diagnostics(), builder_.file(), e, name);
  }

 private:
  MapBuilder& builder_;
};

}  // namespace stakemap::interop
