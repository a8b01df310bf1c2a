#include "interop/json_reader.hpp"

#include <charconv>
#include <cstdio>
#include <unordered_set>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace stakemap::interop {

const JsonValue* JsonValue::get(const std::string& key) const {
  for (const auto& [k, v] : members)
    if (k == key) return &v;
  return nullptr;
}

const char* JsonValue::type_name() const {
  switch (type) {
    case Type::null: return "null";
    case Type::boolean: return "boolean";
    case Type::number: return "number";
    case Type::string: return "string";
    case Type::array: return "array";
    case Type::object: return "object";
  }
  return "value";
}

namespace {

// Reads the input in chunks of kChunk bytes: only the bytes not yet parsed are held. UTF-8 is
// checked as the chunks come, before the parser sees their bytes.
class Parser {
 public:
  Parser(std::istream& in, std::string file, const JsonLimits& limits)
      : in_(in), file_(std::move(file)), limits_(limits) {}

  JsonValue document() {
    skip_bom();
    JsonValue v = value(0);
    end_of_document();
    return v;
  }

  void stream(JsonStreamHandler& handler) {
    skip_bom();
    skip_space();
    if (at_end()) fail("unexpected end of the document");
    JsonValue root;
    root.line = line_;
    root.column = column_;
    root.type = type_at(peek());
    handler.root(root);
    if (root.type != JsonValue::Type::object) {
      value(0);
      return end_of_document();
    }
    ++values_;
    advance();
    members([&](std::string key) {
      if (peek() != '[' || !handler.streams(key)) return handler.member(key, value(1));
      JsonValue list = open_value(1);
      handler.member(key, list);
      items([&] {
        std::size_t held = values_;
        JsonValue item = value(2);
        if (handler.item(key, item)) values_ = held;
      });
    });
    end_of_document();
  }

 private:
  static constexpr std::size_t kChunk = 1 << 16;

  [[noreturn]] void fail(const std::string& what) const {
    throw InputError(Position(file_, line_, column_).str() + ": " + what);
  }

  // Makes `n` checked bytes available from pos_; false when the input ends before.
  bool has(std::size_t n) {
    while (ready_ - pos_ < n) {
      if (eof_) return false;
      read_chunk();
    }
    return true;
  }

  void read_chunk() {
    buf_.erase(0, pos_);
    ready_ -= pos_;
    pos_ = 0;
    std::size_t old = buf_.size();
    buf_.resize(old + kChunk);
    in_.read(buf_.data() + old, static_cast<std::streamsize>(kChunk));
    auto got = static_cast<std::size_t>(in_.gcount());
    buf_.resize(old + got);
    eof_ = got < kChunk;
    total_ += got;
    if (total_ > limits_.max_bytes)
      throw InputError(file_ + ": larger than " + std::to_string(limits_.max_bytes >> 20) +
                       " MiB, the limit for JSON files (docs/security.md)");
    // A sequence cut by the end of the chunk waits for the next one.
    std::size_t cut = buf_.size();
    for (std::size_t k = 1; !eof_ && k <= 3 && k <= cut - ready_; ++k) {
      auto c = static_cast<unsigned char>(buf_[cut - k]);
      if ((c & 0xC0) == 0x80) continue;
      if (c >= 0xC0 && (c >= 0xF0 ? 4u : c >= 0xE0 ? 3u : 2u) > k) cut -= k;
      break;
    }
    std::string_view fresh(buf_.data() + ready_, cut - ready_);
    if (auto bad = text::invalid_utf8_at(fresh); bad != std::string_view::npos) {
      ready_ += bad + 1;  // the bytes before it and the byte itself, to stand on it
      while (pos_ < ready_ - 1) advance();
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(buf_[pos_]));
      fail(std::string("invalid UTF-8 (byte ") + hex + ")");
    }
    ready_ = cut;
  }

  bool at_end() { return !has(1); }
  char peek() { return has(1) ? buf_[pos_] : '\0'; }
  void advance() {
    char c = buf_[pos_++];
    if (c == '\n') ++line_, column_ = 1;
    else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column_;
  }
  void skip_bom() {
    if (has(3) && buf_.compare(pos_, 3, "\xEF\xBB\xBF") == 0) pos_ += 3;
  }
  void skip_space() {
    for (char c = peek(); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = peek()) advance();
  }
  void expect(char c) {
    if (at_end() || peek() != c) fail(std::string("expected '") + c + "'");
    advance();
  }
  void end_of_document() {
    skip_space();
    if (!at_end()) fail("unexpected text after the JSON document");
  }

  static JsonValue::Type type_at(char c) {
    switch (c) {
      case '{': return JsonValue::Type::object;
      case '[': return JsonValue::Type::array;
      case '"': return JsonValue::Type::string;
      case 't':
      case 'f': return JsonValue::Type::boolean;
      case 'n': return JsonValue::Type::null;
      default: return JsonValue::Type::number;  // or a syntax error, which value() reports
    }
  }

  // Counts a value and, for an array or object, checks its depth and steps over its opening.
  JsonValue open_value(std::size_t depth) {
    if (++values_ > limits_.max_values)
      fail("more than " + std::to_string(limits_.max_values) + " values (the limit for JSON files)");
    JsonValue v;
    v.line = line_;
    v.column = column_;
    char c = peek();
    if (c == '{' || c == '[') {
      if (depth >= limits_.max_depth) fail("nested deeper than " + std::to_string(limits_.max_depth) + " levels");
      v.type = c == '{' ? JsonValue::Type::object : JsonValue::Type::array;
      advance();
    }
    return v;
  }

  // The members of an object whose '{' was read: `on_member(key)` reads each value.
  template <class OnMember>
  void members(OnMember&& on_member) {
    skip_space();
    if (peek() == '}') return advance();
    std::unordered_set<std::string> seen;
    while (true) {
      skip_space();
      if (peek() != '"') fail("expected a member name in double quotes");
      long line = line_, column = column_;
      std::string key = string();
      if (!seen.insert(key).second) {
        line_ = line, column_ = column;
        fail("duplicate member name '" + key + "'");
      }
      skip_space();
      expect(':');
      skip_space();
      on_member(std::move(key));
      skip_space();
      if (peek() == ',') {
        advance();
        continue;
      }
      expect('}');
      return;
    }
  }

  // The items of an array whose '[' was read: `on_item()` reads each.
  template <class OnItem>
  void items(OnItem&& on_item) {
    skip_space();
    if (peek() == ']') return advance();
    while (true) {
      on_item();
      skip_space();
      if (peek() == ',') {
        advance();
        continue;
      }
      expect(']');
      return;
    }
  }

  JsonValue value(std::size_t depth) {
    skip_space();
    if (at_end()) fail("unexpected end of the document");
    char c = peek();
    JsonValue v = open_value(depth);
    if (c == '{') {
      members([&](std::string key) { v.members.push_back(JsonMember{std::move(key), value(depth + 1)}); });
    } else if (c == '[') {
      items([&] { v.items.push_back(value(depth + 1)); });
    } else if (c == '"') {
      v.type = JsonValue::Type::string;
      v.text = string();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      v.type = JsonValue::Type::number;
      v.text = number();
    } else if (word("true") || word("false")) {
      v.type = JsonValue::Type::boolean;
      v.boolean = c == 't';
    } else if (word("null")) {
      v.type = JsonValue::Type::null;
    } else {
      fail(std::string("unexpected character '") + c + "'");
    }
    return v;
  }

  bool word(std::string_view w) {
    if (!has(w.size()) || buf_.compare(pos_, w.size(), w) != 0) return false;
    for (std::size_t k = 0; k < w.size(); ++k) advance();
    return true;
  }

  unsigned hex4() {
    unsigned u = 0;
    for (int k = 0; k < 4; ++k) {
      char c = peek();
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) fail("\\u needs four hexadecimal digits");
      u = u * 16 + static_cast<unsigned>(d);
      advance();
    }
    return u;
  }

  std::string string() {
    advance();  // opening quote
    std::string out;
    while (true) {
      if (at_end()) fail("unterminated string");
      char c = peek();
      if (c == '"') {
        advance();
        return out;
      }
      if (static_cast<unsigned char>(c) < 0x20) fail("control character inside a string (write it as \\u00XX)");
      if (out.size() >= limits_.max_string_bytes)
        fail("string longer than " + std::to_string(limits_.max_string_bytes) + " bytes");
      advance();
      if (c != '\\') {
        out += c;
        continue;
      }
      char e = peek();
      if (!at_end()) advance();
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned u = hex4();
          if (u >= 0xDC00 && u <= 0xDFFF) fail("lone low surrogate in \\u escape");
          if (u >= 0xD800 && u <= 0xDBFF) {
            if (!word("\\u")) fail("high surrogate without its low surrogate");
            unsigned lo = hex4();
            if (lo < 0xDC00 || lo > 0xDFFF) fail("high surrogate without its low surrogate");
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
          }
          text::append_utf8(out, static_cast<char32_t>(u));
          break;
        }
        default: fail("invalid escape in a string");
      }
    }
  }

  std::string number() {
    std::string out;
    auto take = [&] {
      out += peek();
      advance();
    };
    auto digits = [&] {
      std::size_t from = out.size();
      while (peek() >= '0' && peek() <= '9') take();
      return out.size() > from;
    };
    if (peek() == '-') take();
    if (peek() == '0') take();
    else if (!digits()) fail("invalid number");
    if (peek() == '.') {
      take();
      if (!digits()) fail("invalid number: digits expected after '.'");
    }
    if (peek() == 'e' || peek() == 'E') {
      take();
      if (peek() == '+' || peek() == '-') take();
      if (!digits()) fail("invalid number: digits expected in the exponent");
    }
    return out;
  }

  std::istream& in_;
  std::string file_;
  JsonLimits limits_;
  std::string buf_;                     // bytes read and not yet parsed (from pos_)
  std::size_t pos_ = 0, ready_ = 0;     // next byte; end of the bytes checked as UTF-8
  std::size_t total_ = 0, values_ = 0;  // bytes read; values held
  bool eof_ = false;
  long line_ = 1, column_ = 1;
};

}  // namespace

JsonValue read_json(std::istream& in, const std::string& file, const JsonLimits& limits) {
  return Parser(in, file, limits).document();
}

void read_json_streamed(std::istream& in, const std::string& file, JsonStreamHandler& handler,
                        const JsonLimits& limits) {
  Parser(in, file, limits).stream(handler);
}

}  // namespace stakemap::interop
