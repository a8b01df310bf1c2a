#include "interop/xml_writer.hpp"

#include "core/escape.hpp"

namespace stakemap::interop {

namespace {
std::string with_references(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\r') out += "&#13;";
    else if (attribute && c == '\n') out += "&#10;";
    else if (attribute && c == '\t') out += "&#9;";
    else out += c;
  }
  return out;
}
}  // namespace

std::string xml_text(std::string_view s) { return with_references(escape::xml(s), false); }
std::string xml_attribute(std::string_view s) { return with_references(escape::xml(s), true); }

XmlWriter::XmlWriter(std::ostream& out) : out_(out) { out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; }

void XmlWriter::start(std::string_view tag, const XmlAttrs& attrs) {
  out_ << std::string(2 * open_.size(), ' ') << '<' << tag;
  for (const auto& [name, value] : attrs) out_ << ' ' << name << "=\"" << xml_attribute(value) << '"';
}

void XmlWriter::open(std::string_view tag, const XmlAttrs& attrs) {
  start(tag, attrs);
  out_ << ">\n";
  open_.emplace_back(tag);
}

void XmlWriter::close() {
  std::string tag = std::move(open_.back());
  open_.pop_back();
  out_ << std::string(2 * open_.size(), ' ') << "</" << tag << ">\n";
}

void XmlWriter::empty(std::string_view tag, const XmlAttrs& attrs) {
  start(tag, attrs);
  out_ << "/>\n";
}

void XmlWriter::leaf(std::string_view tag, const XmlAttrs& attrs, std::string_view text) {
  start(tag, attrs);
  out_ << '>' << xml_text(text) << "</" << tag << ">\n";
}

void XmlWriter::finish() {
  while (!open_.empty()) close();
}

}  // namespace stakemap::interop
