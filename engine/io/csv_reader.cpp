#include "io/csv_reader.hpp"

#include <algorithm>
#include <cstdio>

#include "core/text.hpp"

namespace stakemap::io {

CsvReader::CsvReader(std::istream& in, std::string file, char sep, CsvLimits limits)
    : in_(in), file_(std::move(file)), sep_(sep), limits_(limits), buf_(1 << 16) {}

void CsvReader::fill() {
  in_.read(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  end_ = static_cast<std::size_t>(in_.gcount());
  pos_ = 0;
}

int CsvReader::peek() {
  if (pos_ == end_) fill();
  return pos_ < end_ ? static_cast<unsigned char>(buf_[pos_]) : -1;
}

int CsvReader::get() {
  int c = peek();
  if (c < 0) return c;
  ++pos_;
  ++consumed_;
  if (c == '\n') {
    ++line_;
    column_ = 1;
  } else if ((c & 0xC0) != 0x80) {
    ++column_;  // count code points, not continuation bytes
  }
  return c;
}

void CsvReader::fail(long line, long column, const std::string& what) const {
  throw ValidationError({Diagnostic{Diagnostic::Severity::error, Position{file_, line, column}, what}});
}

void CsvReader::check_text(const std::string& field, long line, long column) const {
  const std::size_t invalid = text::invalid_utf8_at(field), nul = field.find('\0');
  const std::size_t bad = std::min(invalid, nul);
  if (bad == std::string::npos) return;
  // Column of the bad byte: count code points before it, following line breaks.
  long l = line, c = column;
  for (std::size_t i = 0; i < bad;) {
    if (field[i] == '\n') {
      ++l;
      c = 1;
      ++i;
    } else {
      text::decode_utf8(field, i);
      ++c;
    }
  }
  // A NUL byte is valid UTF-8 but no text: it ends strings in C libraries (Graphviz, libxml2),
  // so a name holding one would be cut short in some outputs and not in others.
  if (bad == nul) fail(l, c, "a NUL byte (0x00) in a cell: the file is not plain text");
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(field[bad]));
  // Excel on Windows saves "CSV" in Windows-1252: é is the single byte 0xE9.
  fail(l, c,
       std::string("invalid UTF-8 (byte ") + hex +
           "): the file looks like Windows-1252 or Latin-1, as Excel saves \"CSV (comma delimited)\"; save it "
           "again as \"CSV UTF-8\", or read it with --encoding cp1252 (or latin1)");
}

namespace {
char sniff(const std::vector<char>& buf, std::size_t pos, std::size_t end) {
  std::size_t commas = 0, semis = 0, tabs = 0;
  bool quoted = false;
  for (std::size_t i = pos; i < end; ++i) {
    char c = buf[i];
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semis;
    else if (!quoted && c == '\t') ++tabs;
  }
  if (tabs > commas && tabs > semis) return '\t';
  return semis > commas ? ';' : ',';
}
}  // namespace

void CsvReader::scan(std::string& field, bool quoted) {
  while (true) {
    if (pos_ == end_) {
      fill();
      if (end_ == 0) return;
    }
    std::size_t i = pos_;
    if (quoted) {
      while (i < end_ && buf_[i] != '"') ++i;
    } else {
      for (; i < end_; ++i) {
        char c = buf_[i];
        if (c == sep_ || c == '\n' || c == '\r' || c == '"') break;
      }
    }
    for (std::size_t k = pos_; k < i; ++k) {
      auto b = static_cast<unsigned char>(buf_[k]);
      if (b == '\n') {
        ++line_;
        column_ = 1;
      } else if ((b & 0xC0) != 0x80) {
        ++column_;  // count code points, not continuation bytes
      }
    }
    field.append(buf_.data() + pos_, i - pos_);
    consumed_ += i - pos_;
    pos_ = i;
    if (i < end_ || field.size() > limits_.max_field_bytes) return;
  }
}

void CsvReader::end_of_line(int c) {
  if (c != '\r') return;
  if (peek() == '\n') {
    get();
  } else {  // a lone CR (old Mac line end) still starts a new line
    ++line_;
    column_ = 1;
  }
}

bool CsvReader::next(std::vector<std::string>& fields) {
  starts_.clear();
  if (first_) {
    first_ = false;
    if (peek() == 0xEF && end_ - pos_ >= 3 && buf_[pos_ + 1] == '\xBB' && buf_[pos_ + 2] == '\xBF') {
      pos_ += 3;  // UTF-8 byte order mark
      consumed_ += 3;
    }
    if (sep_ == 0) {
      if (end_ == pos_) fill();
      sep_ = sniff(buf_, pos_, end_);
    }
  }
  // Skip blank lines.
  while (peek() == '\n' || peek() == '\r') end_of_line(get());
  if (peek() < 0) {
    fields.clear();
    return false;
  }
  record_line_ = line_;
  std::size_t n = 0;  // fields filled; strings of `fields` are reused to save allocations
  auto too_long = [&](const std::string& field, long fline, long fcol) {
    if (field.size() > limits_.max_field_bytes)
      fail(fline, fcol, "field longer than " + std::to_string(limits_.max_field_bytes) + " bytes");
  };
  while (true) {
    long fline = line_, fcol = column_;
    if (n == limits_.max_fields)
      fail(fline, fcol, "more than " + std::to_string(limits_.max_fields) + " fields in one record");
    starts_.emplace_back(fline, fcol);
    if (n == fields.size()) fields.emplace_back();
    std::string& field = fields[n++];
    field.clear();
    int c = peek();
    bool quoted = c == '"';
    if (quoted) {
      get();
      while (true) {
        scan(field, true);
        too_long(field, fline, fcol);
        if (get() < 0) fail(fline, fcol, "unterminated quoted field (the closing quote is missing)");
        if (peek() != '"') break;
        get();
        field += '"';  // "" inside quotes is one quote
      }
      c = peek();
      if (c != sep_ && c != '\n' && c != '\r' && c >= 0)
        fail(line_, column_,
             c < 0x80 ? std::string("unexpected character '") + static_cast<char>(c) + "' after a closing quote"
                      : std::string("unexpected text after a closing quote"));
    } else {
      scan(field, false);
      too_long(field, fline, fcol);
      if (peek() == '"')
        fail(line_, column_,
             "quote inside an unquoted field (a quoted field must start right after the separator; "
             "inside it, write a quote as \"\")");
    }
    check_text(field, fline, quoted ? fcol + 1 : fcol);  // a quoted field's text starts after its quote
    c = get();
    if (c == sep_) continue;
    end_of_line(c);
    fields.resize(n);
    return true;  // end of line or of input
  }
}

Position CsvReader::position(std::size_t i) const {
  if (i < starts_.size()) return Position{file_, starts_[i].first, starts_[i].second};
  return Position{file_, record_line_, 0};
}

CsvHeader::CsvHeader(const std::vector<std::string>& names) {
  for (const auto& n : names) names_.push_back(text::lower(text::trim(n)));
}

int CsvHeader::find(const std::string& name) const {
  std::string key = text::lower(name);
  for (std::size_t i = 0; i < names_.size(); ++i)
    if (names_[i] == key) return static_cast<int>(i);
  return -1;
}

}  // namespace stakemap::io
