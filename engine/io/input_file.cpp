#include "io/input_file.hpp"

#include <array>
#include <fstream>
#include <iostream>
#include <optional>
#include <streambuf>
#include <string_view>
#include <utility>
#include <vector>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "io/temp_dir.hpp"

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

// Standard input after the bytes stdin_is_zip() read from it: those bytes, then the rest.
class PrefixBuf final : public std::streambuf {
 public:
  PrefixBuf(std::string head, std::streambuf* rest) : head_(std::move(head)), rest_(rest) {
    setg(head_.data(), head_.data(), head_.data() + head_.size());
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    auto n = rest_->sgetn(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    if (n <= 0) return traits_type::eof();
    setg(buf_.data(), buf_.data(), buf_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string head_;
  std::streambuf* rest_;
  std::array<char, 1 << 16> buf_{};
};

class PrefixedStdin final : public std::istream {
 public:
  explicit PrefixedStdin(std::string head) : std::istream(nullptr), buf_(std::move(head), std::cin.rdbuf()) {
    rdbuf(&buf_);
  }

 private:
  PrefixBuf buf_;
};

std::string g_stdin_head;  // what stdin_is_zip() read, not yet handed out
bool g_stdin_peeked = false;

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

bool stdin_is_zip() {
  if (!g_stdin_peeked) {
    g_stdin_peeked = true;
    g_stdin_head.resize(4);
    auto n = std::cin.rdbuf()->sgetn(g_stdin_head.data(), 4);
    g_stdin_head.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  }
  return g_stdin_head == std::string_view("PK\3\4", 4);
}

const std::string& spool_stdin(std::uint64_t max_bytes) {
  static std::optional<TempDir> dir;  // the process's one copy: standard input is read once
  static std::string path;
  if (dir) return path;
  dir.emplace();
  path = (dir->path() / "stdin.xlsx").string();
  auto in = open_input("-");
  std::ofstream out(path, std::ios::binary);
  std::array<char, 1 << 16> buf{};
  std::uint64_t total = 0;
  while (out && in->read(buf.data(), buf.size()).gcount() > 0) {
    total += static_cast<std::uint64_t>(in->gcount());
    if (total > max_bytes)
      throw InputError("-: standard input holds more than " + std::to_string(max_bytes >> 20) +
                       " MiB, the limit of a workbook");
    out.write(buf.data(), in->gcount());
  }
  out.close();
  if (!out || in->bad()) throw InputError("-: cannot copy standard input into a temporary file");
  return path;
}

std::unique_ptr<std::istream> open_input(const std::string& path) {
  if (is_stdin(path) && !g_stdin_head.empty()) {
    auto in = std::make_unique<PrefixedStdin>(std::exchange(g_stdin_head, {}));
    std::istream& source = *in;
    return std::make_unique<Input>(std::move(in), source, g_encoding);
  }
  if (is_stdin(path)) return std::make_unique<Input>(nullptr, std::cin, g_encoding);
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) return nullptr;
  std::istream& source = *file;
  return std::make_unique<Input>(std::move(file), source, g_encoding);
}

}  // namespace stakemap::io
