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

class Parser {
 public:
  Parser(std::string text, std::string file, const JsonLimits& limits)
      : s_(std::move(text)), file_(std::move(file)), limits_(limits) {}

  JsonValue document() {
    if (s_.compare(0, 3, "\xEF\xBB\xBF") == 0) i_ = 3;
    if (auto bad = text::invalid_utf8_at(s_); bad != std::string::npos) {
      while (i_ < bad) advance();
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(s_[bad]));
      fail(std::string("invalid UTF-8 (byte ") + hex + ")");
    }
    JsonValue v = value(0);
    skip_space();
    if (i_ < s_.size()) fail("unexpected text after the JSON document");
    return v;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw InputError(Position(file_, line_, column_).str() + ": " + what);
  }
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  void advance() {
    char c = s_[i_++];
    if (c == '\n') ++line_, column_ = 1;
    else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column_;
  }
  void skip_space() {
    while (i_ < s_.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) advance();
  }
  void expect(char c) {
    if (i_ >= s_.size() || peek() != c) fail(std::string("expected '") + c + "'");
    advance();
  }

  JsonValue value(std::size_t depth) {
    skip_space();
    if (i_ >= s_.size()) fail("unexpected end of the document");
    if (++values_ > limits_.max_values)
      fail("more than " + std::to_string(limits_.max_values) + " values (the limit for JSON files)");
    JsonValue v;
    v.line = line_;
    v.column = column_;
    char c = peek();
    if (c == '{' || c == '[') {
      if (depth >= limits_.max_depth) fail("nested deeper than " + std::to_string(limits_.max_depth) + " levels");
      advance();
      c == '{' ? object(v, depth) : array(v, depth);
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

  bool word(const char* w) {
    std::string_view sv(w);
    if (s_.compare(i_, sv.size(), sv) != 0) return false;
    for (std::size_t k = 0; k < sv.size(); ++k) advance();
    return true;
  }

  void object(JsonValue& v, std::size_t depth) {
    v.type = JsonValue::Type::object;
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
      v.members.push_back(JsonMember{std::move(key), value(depth + 1)});
      skip_space();
      if (peek() == ',') {
        advance();
        continue;
      }
      expect('}');
      return;
    }
  }

  void array(JsonValue& v, std::size_t depth) {
    v.type = JsonValue::Type::array;
    skip_space();
    if (peek() == ']') return advance();
    while (true) {
      v.items.push_back(value(depth + 1));
      skip_space();
      if (peek() == ',') {
        advance();
        continue;
      }
      expect(']');
      return;
    }
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
      if (i_ >= s_.size()) fail("unterminated string");
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
      if (i_ < s_.size()) advance();
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
    std::size_t start = i_;
    auto digits = [&] {
      std::size_t from = i_;
      while (peek() >= '0' && peek() <= '9') advance();
      return i_ > from;
    };
    if (peek() == '-') advance();
    if (peek() == '0') advance();
    else if (!digits()) fail("invalid number");
    if (peek() == '.') {
      advance();
      if (!digits()) fail("invalid number: digits expected after '.'");
    }
    if (peek() == 'e' || peek() == 'E') {
      advance();
      if (peek() == '+' || peek() == '-') advance();
      if (!digits()) fail("invalid number: digits expected in the exponent");
    }
    return s_.substr(start, i_ - start);
  }

  std::string s_, file_;
  JsonLimits limits_;
  std::size_t i_ = 0, values_ = 0;
  long line_ = 1, column_ = 1;
};

}  // namespace

JsonValue read_json(std::istream& in, const std::string& file, const JsonLimits& limits) {
  std::string text;
  std::vector<char> buf(1 << 16);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    text.append(buf.data(), static_cast<std::size_t>(in.gcount()));
    if (text.size() > limits.max_bytes)
      throw InputError(file + ": larger than " + std::to_string(limits.max_bytes >> 20) +
                       " MiB, the limit for JSON files (docs/security.md)");
  }
  return Parser(std::move(text), file, limits).document();
}

}  // namespace stakemap::interop
