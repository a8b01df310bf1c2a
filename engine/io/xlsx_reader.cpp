#include "io/xlsx_reader.hpp"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>

#include "core/text.hpp"
#include "io/input_file.hpp"
#include "io/xml_reader.hpp"

namespace stakemap::io {

namespace {

constexpr long kMaxRows = 1'048'576;  // Excel's last row
constexpr std::size_t kChunk = 1 << 16;

[[noreturn]] void fail_at(const std::string& file, long row, long column, const std::string& what) {
  throw ValidationError({Diagnostic{Diagnostic::Severity::error, Position{file, row, column}, what}});
}

std::string zip_message(int code) {
  zip_error_t e;
  zip_error_init_with_code(&e, code);
  std::string message = zip_error_strerror(&e);
  zip_error_fini(&e);
  return message;
}

struct ZipDiscard {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileClose {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// "_x000D_" is how OOXML writes a character XML cannot hold; "_x005F_" escapes an underscore.
std::string decode_escapes(const std::string& s, bool& nul) {
  if (s.find("_x") == std::string::npos) return s;
  auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && hex(s[i + 2]) && hex(s[i + 3]) && hex(s[i + 4]) &&
        hex(s[i + 5]) && s[i + 6] == '_') {
      unsigned cp = 0;
      std::from_chars(s.data() + i + 2, s.data() + i + 6, cp, 16);
      if (cp == 0) nul = true;
      text::append_utf8(out, static_cast<char32_t>(cp));
      i += 6;
      continue;
    }
    out += s[i];
  }
  return out;
}

// Whether a number format shows a date, a time or both.
struct DateStyle {
  bool date = false, time = false;
  bool any() const { return date || time; }
};

DateStyle builtin_style(int id) {
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return {true, false};
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return {false, true};
  if (id == 22) return {true, true};
  return {};
}

DateStyle custom_style(const std::string& code) {
  std::string bare;  // without quoted text, escaped characters and [colours], [$-locales], [h]
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') {
      std::size_t end = code.find('"', i + 1);
      if (end == std::string::npos) break;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      std::size_t end = code.find(']', i + 1);
      if (end == std::string::npos) break;
      i = end;
    } else if (c == ';') {
      break;  // the first section (positive numbers) decides
    } else {
      bare += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  DateStyle s;
  s.time = bare.find_first_of("hs") != std::string::npos;
  s.date = bare.find_first_of("yd") != std::string::npos || (!s.time && bare.find('m') != std::string::npos);
  return s;
}

// Days since 1970-01-01 -> civil date (H. Hinnant's algorithm).
void civil(long long z, long long& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<long long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

}  // namespace

std::string xlsx_number_text(const std::string& v) {
  std::string_view s = text::trim(v);
  double x = 0;
  auto res = std::from_chars(s.data(), s.data() + s.size(), x);
  if (s.empty() || res.ec != std::errc() || res.ptr != s.data() + s.size() || !std::isfinite(x)) return "";
  char buf[40];
  if (x == std::trunc(x) && std::fabs(x) < 1e15) {
    auto end = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(x)).ptr;
    return std::string(buf, end);
  }
  auto end = std::to_chars(buf, buf + sizeof buf, x).ptr;
  return std::string(buf, end);
}

std::string xlsx_date_text(double serial, bool date1904, bool date, bool time) {
  if (!std::isfinite(serial) || serial < 0 || serial > 2958466) return "";  // 9999-12-31
  if (date1904) serial += 1462;
  auto seconds = static_cast<long long>(std::llround(serial * 86400.0));
  long long days = seconds / 86400, secs = seconds % 86400;
  // Serial 1 is 1900-01-01; Excel counts a 1900-02-29 (serial 60) that never was.
  long long unix_days = days - (days < 61 ? 25568 : 25569);
  if (days == 60) unix_days = days - 25569;  // the missing day shows as 1900-02-28
  char buf[32];
  std::string out;
  if (date) {
    long long y = 0;
    unsigned m = 0, d = 0;
    civil(unix_days, y, m, d);
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", y, m, d);
    out = buf;
  }
  if (time) {
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", secs / 3600, secs / 60 % 60, secs % 60);
    out += (date ? "T" : "") + std::string(buf);
  }
  return out;
}

struct XlsxWorkbook::Impl {
  std::string path;
  XlsxLimits limits;
  std::unique_ptr<zip_t, ZipDiscard> zip;
  std::vector<std::pair<std::string, std::string>> sheets;  // name, part
  std::vector<std::string> strings;                         // the shared strings
  std::vector<DateStyle> styles;                            // per cell style (cellXfs index)
  bool date1904 = false;

  // A part unpacked a chunk at a time, never beyond the size its entry declares.
  class Part {
   public:
    Part(const Impl& book, const std::string& name) : book_(book), name_(name) {
      zip_int64_t index = zip_name_locate(book.zip.get(), name.c_str(), 0);
      if (index < 0) throw InputError(book.path + ": not an XLSX workbook (no " + name + ")");
      zip_stat_t st;
      zip_stat_init(&st);
      if (zip_stat_index(book.zip.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0)
        throw InputError(book.path + ": damaged (" + name + ")");
      declared_ = st.size;
      file_.reset(zip_fopen_index(book.zip.get(), static_cast<zip_uint64_t>(index), 0));
      if (!file_) throw InputError(book.path + ": cannot unpack " + name + " (" + zip_strerror(book.zip.get()) + ")");
    }
    /// Up to `n` bytes into `buf`; 0 at the end.
    std::size_t read(char* buf, std::size_t n) {
      zip_int64_t got = zip_fread(file_.get(), buf, n);
      if (got < 0)
        throw InputError(book_.path + ": damaged part " + name_ + " (" + zip_file_strerror(file_.get()) + ")");
      read_ += static_cast<std::uint64_t>(got);
      if (read_ > declared_)
        throw InputError(book_.path + ": part " + name_ + " unpacks to more than the " + std::to_string(declared_) +
                         " bytes its entry declares (a damaged or hostile archive)");
      return static_cast<std::size_t>(got);
    }
    std::uint64_t bytes() const { return read_; }

   private:
    const Impl& book_;
    std::string name_;
    std::unique_ptr<zip_file_t, ZipFileClose> file_;
    std::uint64_t declared_ = 0, read_ = 0;
  };

  std::string part_file(const std::string& part) const { return path + " (" + part + ")"; }
  bool has(const std::string& part) const { return zip_name_locate(zip.get(), part.c_str(), 0) >= 0; }

  XmlLimits xml_limits() const {
    XmlLimits l;
    l.max_bytes = limits.max_part_bytes;
    return l;
  }

  // Parses the whole part `name` with `handler`.
  void parse(const std::string& name, XmlHandler& handler) const {
    Part part(*this, name);
    XmlPushParser parser(part_file(name), handler, xml_limits());
    std::vector<char> buf(kChunk);
    while (std::size_t n = part.read(buf.data(), buf.size())) parser.feed(buf.data(), n);
    parser.finish();
  }

  void check_archive() const;
  void read_workbook();
  void read_shared_strings(const std::string& part);
  void read_styles(const std::string& part);
};

void XlsxWorkbook::Impl::check_archive() const {
  auto limit = [&](const std::string& what) {
    throw InputError(path + ": " + what + ", over the limits for XLSX workbooks (docs/security.md)");
  };
  zip_int64_t n = zip_get_num_entries(zip.get(), 0);
  if (n < 0 || static_cast<std::uint64_t>(n) > limits.max_entries)
    limit(std::to_string(n) + " files in the archive (at most " + std::to_string(limits.max_entries) + ")");
  std::uint64_t total = 0;
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0 ||
        (st.valid & (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) != (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE))
      throw InputError(path + ": damaged archive (entry " + std::to_string(i) + ")");
    std::string name = (st.valid & ZIP_STAT_NAME) && st.name ? st.name : "entry " + std::to_string(i);
    if (st.size > limits.max_part_bytes)
      limit(name + " unpacks to " + std::to_string(st.size) + " bytes (at most " +
            std::to_string(limits.max_part_bytes) + ")");
    if (st.size > limits.ratio_floor && st.size / std::max<std::uint64_t>(st.comp_size, 1) > limits.max_ratio)
      limit(name + " unpacks " + std::to_string(st.comp_size) + " bytes to " + std::to_string(st.size) +
            " (more than " + std::to_string(limits.max_ratio) + " to 1: a zip bomb?)");
    total += st.size;
    if (total > limits.max_total_bytes)
      limit("the parts unpack to more than " + std::to_string(limits.max_total_bytes) + " bytes");
  }
}

namespace {

// xl/workbook.xml: the sheets (name, relationship id) and the date system.
struct WorkbookHandler final : XmlHandler {
  std::vector<std::pair<std::string, std::string>> sheets;
  bool date1904 = false;
  void start(const XmlElement& e) override {
    if (e.name == "sheet") {
      const std::string *name = e.attribute("name"), *id = e.attribute("id");
      if (name && id) sheets.emplace_back(*name, *id);
    } else if (e.name == "workbookPr") {
      const std::string* d = e.attribute("date1904");
      date1904 = d && (*d == "1" || *d == "true");
    }
  }
  void end(const XmlElement&, const std::string&) override {}
};

// xl/_rels/workbook.xml.rels: relationship id -> part, and the parts of the shared strings and styles.
struct RelsHandler final : XmlHandler {
  std::map<std::string, std::string> targets;
  std::string shared_strings, styles;
  static std::string part(const std::string& target) {
    return !target.empty() && target[0] == '/' ? target.substr(1) : "xl/" + target;
  }
  void start(const XmlElement& e) override {
    if (e.name != "Relationship") return;
    const std::string *id = e.attribute("Id"), *target = e.attribute("Target"), *type = e.attribute("Type");
    if (!id || !target) return;
    targets[*id] = part(*target);
    auto ends = [&](const char* suffix) {
      std::string s(suffix);
      return type && type->size() >= s.size() && type->compare(type->size() - s.size(), s.size(), s) == 0;
    };
    if (ends("/sharedStrings")) shared_strings = part(*target);
    if (ends("/styles")) styles = part(*target);
  }
  void end(const XmlElement&, const std::string&) override {}
};

// The text of a string item (<si> or <is>): its <t>, or the <t> of its runs; phonetic runs left out.
struct StringItem {
  std::string text;
  int phonetic = 0;
  void start(const XmlElement& e) {
    if (e.name == "rPh") ++phonetic;
  }
  void end(const XmlElement& e, const std::string& t) {
    if (e.name == "rPh") --phonetic;
    else if (e.name == "t" && phonetic == 0) text += t;
  }
};

struct SharedStringsHandler final : XmlHandler {
  SharedStringsHandler(const std::string& file, const XlsxLimits& limits, std::vector<std::string>& out)
      : file_(file), limits_(limits), out_(out) {}
  void start(const XmlElement& e) override {
    if (e.name == "sst") {  // refused before anything is held when the table says it is too big
      const std::string* unique = e.attribute("uniqueCount");
      std::uint64_t n = 0;
      if (unique && std::from_chars(unique->data(), unique->data() + unique->size(), n).ec == std::errc()) check(n, 0);
    } else if (e.name == "si") {
      in_ = true;
      item_ = {};
    } else if (in_) {
      item_.start(e);
    }
  }
  void end(const XmlElement& e, const std::string& t) override {
    if (!in_) return;
    if (e.name != "si") return item_.end(e, t);
    in_ = false;
    bytes_ += item_.text.size();
    check(out_.size() + 1, bytes_);
    out_.push_back(std::move(item_.text));
  }

 private:
  void check(std::uint64_t count, std::uint64_t bytes) const {
    if (count > limits_.max_shared_strings)
      throw InputError(file_ + ": more than " + std::to_string(limits_.max_shared_strings) +
                       " shared strings, the limit for XLSX workbooks (docs/security.md)");
    if (bytes > limits_.max_shared_bytes)
      throw InputError(file_ + ": shared strings longer than " + std::to_string(limits_.max_shared_bytes) +
                       " bytes in all, the limit for XLSX workbooks (docs/security.md)");
  }
  const std::string& file_;
  const XlsxLimits& limits_;
  std::vector<std::string>& out_;
  StringItem item_;
  bool in_ = false;
  std::uint64_t bytes_ = 0;
};

// xl/styles.xml: which cell styles show numbers as dates or times.
struct StylesHandler final : XmlHandler {
  std::map<int, std::string> formats;  // custom number formats
  std::vector<int> xfs;                // number format of each cell style
  bool in_xfs = false;
  static int number(const std::string* s) {
    int v = 0;
    if (s) std::from_chars(s->data(), s->data() + s->size(), v);
    return v;
  }
  void start(const XmlElement& e) override {
    if (e.name == "numFmt") {
      if (const std::string* code = e.attribute("formatCode")) formats[number(e.attribute("numFmtId"))] = *code;
    } else if (e.name == "cellXfs") {
      in_xfs = true;
    } else if (e.name == "xf" && in_xfs) {
      xfs.push_back(number(e.attribute("numFmtId")));
    }
  }
  void end(const XmlElement& e, const std::string&) override {
    if (e.name == "cellXfs") in_xfs = false;
  }
};

}  // namespace

void XlsxWorkbook::Impl::read_workbook() {
  WorkbookHandler book;
  parse("xl/workbook.xml", book);
  RelsHandler rels;
  if (has("xl/_rels/workbook.xml.rels")) parse("xl/_rels/workbook.xml.rels", rels);
  date1904 = book.date1904;
  for (std::size_t i = 0; i < book.sheets.size(); ++i) {
    const auto& [name, id] = book.sheets[i];
    auto it = rels.targets.find(id);
    sheets.emplace_back(name,
                        it != rels.targets.end() ? it->second : "xl/worksheets/sheet" + std::to_string(i + 1) + ".xml");
  }
  if (sheets.empty()) throw InputError(path + ": the workbook has no sheet");
  std::string strings_part = rels.shared_strings.empty() ? "xl/sharedStrings.xml" : rels.shared_strings;
  if (has(strings_part)) read_shared_strings(strings_part);
  std::string styles_part = rels.styles.empty() ? "xl/styles.xml" : rels.styles;
  if (has(styles_part)) read_styles(styles_part);
}

void XlsxWorkbook::Impl::read_shared_strings(const std::string& part) {
  SharedStringsHandler handler(path, limits, strings);
  parse(part, handler);
}

void XlsxWorkbook::Impl::read_styles(const std::string& part) {
  StylesHandler handler;
  parse(part, handler);
  for (int id : handler.xfs) {
    auto it = handler.formats.find(id);
    styles.push_back(it != handler.formats.end() ? custom_style(it->second) : builtin_style(id));
  }
}

namespace {

// One sheet's rows, parsed as they are pulled: the handler queues each finished row.
class SheetHandler final : public XmlHandler {
 public:
  struct Row {
    long number = 0;
    std::vector<std::string> cells;
  };

  SheetHandler(const XlsxWorkbook::Impl& book, std::string file) : book_(book), file_(std::move(file)) {}

  std::deque<Row>& rows() { return rows_; }
  const std::string& file() const { return file_; }

  void start(const XmlElement& e) override {
    if (e.name == "row") return start_row(e);
    if (!in_row_) return;
    if (e.name == "c") return start_cell(e);
    if (e.name == "is") in_inline_ = true, item_ = {};
    else if (e.name == "f") formula_ = true;
    else if (in_inline_) item_.start(e);
  }

  void end(const XmlElement& e, const std::string& text) override {
    if (!in_row_) return;
    if (e.name == "v") value_ = text, has_value_ = true;
    else if (e.name == "is") in_inline_ = false;
    else if (in_inline_) item_.end(e, text);
    else if (e.name == "c") end_cell();
    else if (e.name == "row") end_row();
  }

 private:
  [[noreturn]] void fail(long column, const std::string& what) const { fail_at(file_, row_.number, column, what); }

  void start_row(const XmlElement& e) {
    long number = last_row_ + 1;
    if (const std::string* r = e.attribute("r")) {
      auto res = std::from_chars(r->data(), r->data() + r->size(), number);
      if (res.ec != std::errc() || res.ptr != r->data() + r->size())
        fail_at(file_, last_row_ + 1, 0, "row number '" + *r + "' is not a number");
    }
    if (number <= last_row_ || number > kMaxRows)
      fail_at(file_, number, 0,
              "row " + std::to_string(number) + " after row " + std::to_string(last_row_) +
                  " (rows go down from 1 to " + std::to_string(kMaxRows) + ")");
    in_row_ = true;
    row_ = {number, {}};
    last_row_ = number;
  }

  // Column of a reference such as "C5" (3); 0 when it has no letters.
  static long column_of(const std::string& ref) {
    long col = 0;
    for (char c : ref) {
      if (c < 'A' || c > 'Z') break;
      col = col * 26 + (c - 'A' + 1);
      if (col > 1'000'000) break;
    }
    return col;
  }

  void start_cell(const XmlElement& e) {
    long col = static_cast<long>(row_.cells.size()) + 1;
    if (const std::string* r = e.attribute("r"))
      if (long c = column_of(*r); c > 0) col = c;
    if (col < static_cast<long>(row_.cells.size()) + 1)
      fail(col, "cell " + std::to_string(col) + " comes after cell " + std::to_string(row_.cells.size()) +
                    " of the same row (cells go left to right)");
    if (static_cast<std::size_t>(col) > book_.limits.max_columns)
      fail(col, "a cell in column " + std::to_string(col) + ", beyond " + std::to_string(book_.limits.max_columns) +
                    " columns (the limit for XLSX sheets, docs/security.md)");
    cells_ += static_cast<std::uint64_t>(col) - row_.cells.size();
    if (cells_ > book_.limits.max_cells)
      fail(col, "more than " + std::to_string(book_.limits.max_cells) +
                    " cells in the sheet (the limit for XLSX sheets, docs/security.md)");
    row_.cells.resize(static_cast<std::size_t>(col) - 1);
    column_ = col;
    const std::string* t = e.attribute("t");
    type_ = t ? *t : "n";
    const std::string* s = e.attribute("s");
    style_ = 0;
    if (s) std::from_chars(s->data(), s->data() + s->size(), style_);
    value_.clear();
    has_value_ = formula_ = in_inline_ = false;
    item_ = {};
  }

  std::string text(const std::string& raw) const {
    bool nul = false;
    std::string out = decode_escapes(raw, nul);
    if (nul) fail(column_, "a NUL character (_x0000_) in a cell: C libraries would cut the text there");
    return out;
  }

  std::string cell_text() const {
    if (type_ == "inlineStr") return text(item_.text);
    if (formula_ && !has_value_)
      fail(column_, "a formula with no saved value (save the workbook in a spreadsheet program, or paste the values)");
    if (!has_value_) return "";
    if (type_ == "s") {
      std::size_t i = 0;
      auto res = std::from_chars(value_.data(), value_.data() + value_.size(), i);
      if (res.ec != std::errc() || i >= book_.strings.size())
        fail(column_, "shared string '" + value_ + "' does not exist (the workbook has " +
                          std::to_string(book_.strings.size()) + ")");
      return text(book_.strings[i]);
    }
    if (type_ == "b") return text::trim(value_) == "1" ? "TRUE" : "FALSE";
    if (type_ == "str" || type_ == "e" || type_ == "d") return text(value_);
    std::string number = xlsx_number_text(value_);
    if (number.empty()) fail(column_, "'" + value_ + "' in a number cell is not a number");
    if (style_ >= 0 && static_cast<std::size_t>(style_) < book_.styles.size()) {
      auto style = book_.styles[static_cast<std::size_t>(style_)];
      if (style.any()) {
        std::string date = xlsx_date_text(std::strtod(value_.c_str(), nullptr), book_.date1904, style.date, style.time);
        if (!date.empty()) return date;
      }
    }
    return number;
  }

  void end_cell() {
    row_.cells.push_back(cell_text());
    in_inline_ = false;
  }

  void end_row() {
    in_row_ = false;
    // Formatted but empty cells at the end of a row are not fields (CSV would not have them).
    while (!row_.cells.empty() && row_.cells.back().empty()) row_.cells.pop_back();
    if (!row_.cells.empty()) rows_.push_back(std::move(row_));  // an empty row is a blank line
  }

  const XlsxWorkbook::Impl& book_;
  std::string file_;
  std::deque<Row> rows_;
  Row row_;
  long last_row_ = 0, column_ = 0;
  bool in_row_ = false, in_inline_ = false, formula_ = false, has_value_ = false;
  std::string type_, value_;
  int style_ = 0;
  StringItem item_;
  std::uint64_t cells_ = 0;
};

class SheetRecords final : public RecordSource {
 public:
  SheetRecords(std::shared_ptr<const XlsxWorkbook> owner, const XlsxWorkbook::Impl& book, const std::string& name,
               const std::string& part)
      : owner_(std::move(owner)),
        part_(book, part),
        handler_(book, book.path + "[" + name + "]"),
        parser_(book.part_file(part), handler_, book.xml_limits()),
        buf_(kChunk) {}

  bool next(std::vector<std::string>& fields) override {
    auto& rows = handler_.rows();
    while (rows.empty()) {
      if (done_) return false;
      if (std::size_t n = part_.read(buf_.data(), buf_.size())) {
        parser_.feed(buf_.data(), n);
      } else {
        parser_.finish();
        done_ = true;
      }
    }
    line_ = rows.front().number;
    fields.swap(rows.front().cells);
    rows.pop_front();
    return true;
  }
  Position position(std::size_t i) const override { return Position{handler_.file(), line_, static_cast<long>(i) + 1}; }
  long line() const override { return line_; }
  const std::string& file() const override { return handler_.file(); }
  std::size_t bytes_read() const override { return static_cast<std::size_t>(part_.bytes()); }

 private:
  std::shared_ptr<const XlsxWorkbook> owner_;  // keeps the archive open
  XlsxWorkbook::Impl::Part part_;
  SheetHandler handler_;
  XmlPushParser parser_;
  std::vector<char> buf_;
  long line_ = 0;
  bool done_ = false;
};

}  // namespace

XlsxWorkbook::XlsxWorkbook(std::string path, std::unique_ptr<Impl> impl)
    : path_(std::move(path)), impl_(std::move(impl)) {}

XlsxWorkbook::~XlsxWorkbook() = default;

std::shared_ptr<const XlsxWorkbook> XlsxWorkbook::open(const std::string& path, const XlsxLimits& limits) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->limits = limits;
  int error = 0;
  // Standard input is copied into a private file first: libzip reads an archive by name.
  const std::string& file = is_stdin(path) ? spool_stdin(limits.max_total_bytes) : path;
  impl->zip.reset(zip_open(file.c_str(), ZIP_RDONLY, &error));
  if (!impl->zip) {
    if (error == ZIP_ER_NOENT || error == ZIP_ER_OPEN || error == ZIP_ER_READ)
      throw InputError(path + ": cannot read file (" + zip_message(error) + ")");
    throw InputError(path + ": not an XLSX workbook (" + zip_message(error) +
                     "); save it from the spreadsheet program as \"Excel Workbook (.xlsx)\"");
  }
  impl->check_archive();
  impl->read_workbook();
  return std::shared_ptr<const XlsxWorkbook>(new XlsxWorkbook(path, std::move(impl)));
}

std::vector<std::string> XlsxWorkbook::sheets() const {
  std::vector<std::string> names;
  for (const auto& s : impl_->sheets) names.push_back(s.first);
  return names;
}

bool XlsxWorkbook::has_sheet(const std::string& name) const {
  for (const auto& s : impl_->sheets)
    if (text::lower(s.first) == text::lower(name)) return true;
  return false;
}

std::unique_ptr<RecordSource> XlsxWorkbook::sheet(const std::string& name) const {
  for (const auto& [sheet, part] : impl_->sheets)
    if (sheet == name || text::lower(sheet) == text::lower(name))
      return std::make_unique<SheetRecords>(shared_from_this(), *impl_, sheet, part);
  throw InputError(path_ + ": no sheet '" + name + "' (the workbook has: " + text::join(sheets(), ", ") + ")");
}

}  // namespace stakemap::io
