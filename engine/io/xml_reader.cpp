#include "io/xml_reader.hpp"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <charconv>
#include <exception>
#include <memory>
#include <mutex>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace stakemap::io {

const std::string* XmlElement::attribute(const std::string& n) const {
  for (const auto& a : attributes)
    if (a.name == n) return &a.value;
  return nullptr;
}

void xml_fail(const std::string& file, const XmlElement& e, const std::string& what) {
  throw InputError(Position(file, e.line, e.column).str() + ": " + what);
}

std::string xml_missing_attribute(const XmlElement& e, const char* name) {
  return "<" + e.name + "> without the required attribute '" + name + "'";
}

const std::string& xml_required(const std::string& file, const XmlElement& e, const char* name) {
  const std::string* v = e.attribute(name);
  if (!v) xml_fail(file, e, xml_missing_attribute(e, name));
  return *v;
}

bool valid_typed_value(const std::string& type, const std::string& text) {
  std::string v(text::trim(text));
  if (type == "boolean") {  // networkx writes Python's True and False
    auto b = text::lower(v);
    return b == "true" || b == "false" || b == "1" || b == "0";
  }
  if (type == "int" || type == "integer" || type == "long") {
    long long x = 0;
    auto res = std::from_chars(v.data() + (!v.empty() && v[0] == '+'), v.data() + v.size(), x);
    return !v.empty() && res.ec == std::errc() && res.ptr == v.data() + v.size();
  }
  if (type == "float" || type == "double") {
    if (v == "NaN" || v == "INF" || v == "-INF") return true;
    double x = 0;
    auto res = std::from_chars(v.data() + (!v.empty() && v[0] == '+'), v.data() + v.size(), x);
    return !v.empty() && res.ec == std::errc() && res.ptr == v.data() + v.size();
  }
  return true;
}

namespace {

struct Frame {
  XmlElement element;
  std::string text;
  bool blank = true;          // `text` is only white space (so far)
  std::size_t uncounted = 0;  // bytes of white space before the first other character
};

// Everything the C callbacks need; they never let an exception cross into libxml2.
struct State {
  xmlParserCtxtPtr ctxt = nullptr;
  XmlHandler* handler = nullptr;
  std::string file;
  XmlLimits limits;
  std::vector<Frame> stack;
  std::exception_ptr error;

  long line() const { return ctxt ? xmlSAX2GetLineNumber(ctxt) : 0; }
  long column() const { return ctxt ? xmlSAX2GetColumnNumber(ctxt) : 0; }
  void fail(const std::string& what) {
    if (!error) error = std::make_exception_ptr(InputError(Position(file, line(), column()).str() + ": " + what));
    xmlStopParser(ctxt);
  }
  template <class F>
  void guarded(F&& f) {
    if (error) return;
    try {
      f();
    } catch (...) {
      error = std::current_exception();
      xmlStopParser(ctxt);
    }
  }
};

std::string str(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

void on_start(void* ctx, const xmlChar* localname, const xmlChar*, const xmlChar* uri, int, const xmlChar**,
              int nb_attributes, int, const xmlChar** attributes) {
  auto* s = static_cast<State*>(ctx);
  s->guarded([&] {
    if (s->stack.size() >= s->limits.max_depth)
      return s->fail("elements nested deeper than " + std::to_string(s->limits.max_depth) + " levels");
    Frame f;
    f.element.name = str(localname);
    f.element.ns = str(uri);
    f.element.line = s->line();
    // libxml2 stands on the '>' (or '/>') that ends the start tag: content begins after it.
    f.element.column = s->column() + (s->ctxt->input && s->ctxt->input->cur && *s->ctxt->input->cur == '>' ? 1 : 0);
    // libxml2 gives five pointers per attribute: local name, prefix, URI, value begin, value end.
    for (int i = 0; i < nb_attributes; ++i) {
      const xmlChar** a = attributes + 5 * i;
      f.element.attributes.push_back(
          {str(a[0]), std::string(reinterpret_cast<const char*>(a[3]), static_cast<std::size_t>(a[4] - a[3]))});
    }
    s->stack.push_back(std::move(f));
    s->handler->start(s->stack.back().element);
  });
}

void on_end(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  auto* s = static_cast<State*>(ctx);
  s->guarded([&] {
    if (s->stack.empty()) return;
    Frame f = std::move(s->stack.back());
    s->stack.pop_back();
    s->handler->end(f.element, f.text);
  });
}

void on_text(void* ctx, const xmlChar* ch, int len) {
  auto* s = static_cast<State*>(ctx);
  s->guarded([&] {
    if (s->stack.empty()) return;
    auto& frame = s->stack.back();
    std::string_view chunk(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
    // White space between elements (the indentation of 150 000 edges) is not text, and white
    // space before the first other character does not count against the limit (readers trim
    // values): only a limit's worth of it is held. Whether the text so far is blank is kept,
    // not scanned again: each byte is looked at once.
    std::size_t first = chunk.find_first_not_of(" \t\r\n");
    bool blank = first == std::string_view::npos;
    if (frame.blank && blank) {
      if (frame.text.size() + chunk.size() <= s->limits.max_text_bytes) frame.text.append(chunk);
      return;
    }
    if (frame.blank) frame.uncounted = frame.text.size() + first, frame.blank = false;
    if (frame.text.size() - frame.uncounted + chunk.size() > s->limits.max_text_bytes)
      return s->fail("text inside <" + frame.element.name + "> longer than " +
                     std::to_string(s->limits.max_text_bytes) + " bytes");
    frame.text.append(chunk);
  });
}

void on_doctype(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  static_cast<State*>(ctx)->fail("DOCTYPE declarations are not accepted (no DTDs, no entities)");
}

void on_error(void* ctx, xmlErrorPtr e) {
  auto* s = static_cast<State*>(ctx);
  if (s->error || !e || e->level < XML_ERR_ERROR) return;
  std::string msg = e->message ? e->message : "malformed XML";
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  s->error = std::make_exception_ptr(InputError(Position(s->file, e->line, e->int2).str() + ": malformed XML: " + msg));
}

// Counts the attributes of every start tag in the raw bytes, before libxml2 sees them, and
// stops at the first tag with more than the limit. Chunks may split anything anywhere, so it
// is a state machine over single bytes: linear, constant memory. Comments, CDATA sections,
// processing instructions and declarations are skipped; an attribute is an '=' outside quotes
// inside a start tag (a malformed tag is libxml2's to report).
class AttributeCounter {
 public:
  explicit AttributeCounter(std::size_t limit) : limit_(limit) {}

  /// Scans `n` bytes; returns false, with line() set, at a tag over the limit.
  bool scan(const char* p, std::size_t n) {
    for (std::size_t k = 0; k < n; ++k) {
      char c = p[k];
      if (c == '\n') ++line_;
      switch (state_) {
        case State::text:
          if (c == '<') state_ = State::open;
          break;
        case State::open:  // just after '<'
          if (c == '!') state_ = State::bang, matched_ = 0;
          else if (c == '?') state_ = State::skip, end_ = "?>", matched_ = 0;
          else if (c == '/') state_ = State::skip, end_ = ">", matched_ = 0;
          else state_ = State::tag, attributes_ = 0, tag_line_ = line_;
          break;
        case State::bang:  // "<!": a comment, a CDATA section or a declaration
          if (matched_ == 0 && c == '-') matched_ = 1;
          else if (matched_ == 1 && c == '-') state_ = State::skip, end_ = "-->", matched_ = 0;
          else if (matched_ == 0 && c == '[') state_ = State::skip, end_ = "]]>", matched_ = 0;
          else state_ = State::skip, end_ = ">", matched_ = 0, skip(c);
          break;
        case State::skip: skip(c); break;
        case State::tag:
          if (c == '"' || c == '\'') quote_ = c, state_ = State::quoted;
          else if (c == '>') state_ = State::text;
          else if (c == '=' && ++attributes_ > limit_) return false;
          break;
        case State::quoted:
          if (c == quote_) state_ = State::tag;
          break;
      }
    }
    return true;
  }
  /// Line of the start tag that went over the limit.
  long line() const { return tag_line_; }

 private:
  enum class State { text, open, bang, skip, tag, quoted };
  // One byte of a comment, CDATA section, processing instruction or end tag, looking for `end_`.
  void skip(char c) {
    if (c == end_[matched_]) {
      if (end_[++matched_] == '\0') state_ = State::text;
      return;
    }
    if (matched_ == 2 && c == end_[0] && end_[1] == end_[0]) return;  // "--->", "]]]>"
    matched_ = c == end_[0] ? 1 : 0;
  }

  std::size_t limit_, attributes_ = 0, matched_ = 0;
  State state_ = State::text;
  const char* end_ = ">";
  char quote_ = '"';
  long line_ = 1, tag_line_ = 1;
};

struct CtxtDeleter {
  void operator()(xmlParserCtxt* c) const {
    if (c->myDoc) xmlFreeDoc(c->myDoc);
    xmlFreeParserCtxt(c);
  }
};

}  // namespace

struct XmlPushParser::Impl {
  State state;
  std::unique_ptr<xmlParserCtxt, CtxtDeleter> ctxt;
  AttributeCounter attributes;
  std::size_t total = 0;
  explicit Impl(std::size_t max_attributes) : attributes(max_attributes) {}
  void rethrow() const {
    if (state.error) std::rethrow_exception(state.error);
  }
};

XmlPushParser::XmlPushParser(const std::string& file, XmlHandler& handler, const XmlLimits& limits)
    : impl_(std::make_unique<Impl>(limits.max_attributes)) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  xmlSAXHandler sax{};
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = on_start;
  sax.endElementNs = on_end;
  sax.characters = on_text;
  sax.cdataBlock = on_text;
  sax.internalSubset = on_doctype;
  sax.externalSubset = on_doctype;
  sax.serror = on_error;

  auto& state = impl_->state;
  state.handler = &handler;
  state.file = file;
  state.limits = limits;
  impl_->ctxt.reset(xmlCreatePushParserCtxt(&sax, &state, nullptr, 0, file.c_str()));
  if (!impl_->ctxt) throw std::runtime_error("cannot create an XML parser");
  state.ctxt = impl_->ctxt.get();
  // NOENT decodes &amp; in attribute values; no other entity can exist since DOCTYPE is refused.
  xmlCtxtUseOptions(state.ctxt, XML_PARSE_NOENT | XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
}

XmlPushParser::~XmlPushParser() = default;

void XmlPushParser::feed(const char* data, std::size_t n) {
  auto& s = impl_->state;
  impl_->rethrow();
  impl_->total += n;
  if (impl_->total > s.limits.max_bytes)
    throw InputError(s.file + ": larger than " + std::to_string(s.limits.max_bytes >> 20) +
                     " MiB, the limit for interchange files (docs/security.md)");
  if (!impl_->attributes.scan(data, n))
    throw InputError(Position(s.file, impl_->attributes.line(), 0).str() + ": an element with more than " +
                     std::to_string(s.limits.max_attributes) +
                     " attributes (the limit for interchange files, docs/security.md)");
  if (n > 0) xmlParseChunk(s.ctxt, data, static_cast<int>(n), 0);
  impl_->rethrow();
}

void XmlPushParser::finish() {
  auto& s = impl_->state;
  impl_->rethrow();
  xmlParseChunk(s.ctxt, nullptr, 0, 1);
  impl_->rethrow();
  if (!s.ctxt->wellFormed) throw InputError(Position(s.file, s.line(), s.column()).str() + ": malformed XML");
}

void read_xml(std::istream& in, const std::string& file, XmlHandler& handler, const XmlLimits& limits) {
  XmlPushParser parser(file, handler, limits);
  std::vector<char> buf(1 << 16);
  while (true) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    auto n = static_cast<std::size_t>(in.gcount());
    if (n == 0) break;
    parser.feed(buf.data(), n);
  }
  parser.finish();
}

}  // namespace stakemap::io
