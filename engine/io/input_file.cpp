#include "io/input_file.hpp"

#include <array>
#include <fstream>
#include <iostream>
#include <streambuf>
#include <vector>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace stakemap::io {

namespace {

Encoding g_encoding = Encoding::utf8;

// Windows-1252's 0x80..0x9F (0: unassigned); the other bytes are Latin-1's code points.
constexpr std::array<char32_t, 32> kCp1252 = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                              0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                              0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                              0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Reads a single-byte encoding from `source` and hands out UTF-8.
class DecodingBuf final : public std::streambuf {
 public:
  DecodingBuf(std::istream& source, Encoding encoding) : source_(source), encoding_(encoding) {}

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    source_.read(raw_.data(), static_cast<std::streamsize>(raw_.size()));
    auto n = static_cast<std::size_t>(source_.gcount());
    if (n == 0) return traits_type::eof();
    out_ = to_utf8(std::string_view(raw_.data(), n), encoding_);
    setg(out_.data(), out_.data(), out_.data() + out_.size());
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::istream& source_;
  Encoding encoding_;
  std::array<char, 1 << 16> raw_{};
  std::string out_;
};

// An input stream that owns its source and, when decoding, the decoding buffer.
class Input final : public std::istream {
 public:
  Input(std::unique_ptr<std::istream> owned, std::istream& source, Encoding encoding)
      : std::istream(nullptr), owned_(std::move(owned)) {
    if (encoding == Encoding::utf8) {
      rdbuf(source.rdbuf());
    } else {
      buf_ = std::make_unique<DecodingBuf>(source, encoding);
      rdbuf(buf_.get());
    }
  }

 private:
  std::unique_ptr<std::istream> owned_;
  std::unique_ptr<DecodingBuf> buf_;
};

}  // namespace

Encoding parse_encoding(const std::string& name) {
  if (name == "utf8" || name == "utf-8") return Encoding::utf8;
  if (name == "cp1252" || name == "windows-1252") return Encoding::cp1252;
  if (name == "latin1" || name == "iso-8859-1") return Encoding::latin1;
  throw UsageError("unknown --encoding '" + name + "' (allowed: utf8, cp1252, latin1)");
}

void set_input_encoding(Encoding encoding) { g_encoding = encoding; }

Encoding input_encoding() { return g_encoding; }

std::string to_utf8(std::string_view bytes, Encoding encoding) {
  if (encoding == Encoding::utf8) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    auto b = static_cast<unsigned char>(c);
    char32_t cp = b;
    if (encoding == Encoding::cp1252 && b >= 0x80 && b < 0xA0) cp = kCp1252[b - 0x80] ? kCp1252[b - 0x80] : 0xFFFD;
    text::append_utf8(out, cp);
  }
  return out;
}

std::unique_ptr<std::istream> open_input(const std::string& path) {
  if (is_stdin(path)) return std::make_unique<Input>(nullptr, std::cin, g_encoding);
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) return nullptr;
  std::istream& source = *file;
  return std::make_unique<Input>(std::move(file), source, g_encoding);
}

}  // namespace stakemap::io
