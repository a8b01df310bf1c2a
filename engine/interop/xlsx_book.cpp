#include "interop/xlsx_book.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string_view>
#include <variant>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "io/output_file.hpp"
#include "io/temp_dir.hpp"

namespace stakemap::interop {

namespace {

constexpr double kMinWidth = 6, kMaxWidth = 60;

// Protects text that looks like an OOXML character escape ("_x0041_", which Excel shows as "A"):
// its underscore is itself escaped as "_x005F_". libxlsxwriter escapes control characters this
// way but leaves such text alone.
std::string escape_escapes(const std::string& s) {
  auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && hex(s[i + 2]) && hex(s[i + 3]) && hex(s[i + 4]) &&
        hex(s[i + 5]) && s[i + 6] == '_')
      out += "_x005F";
    out += s[i];
  }
  return out;
}

// One sheet being written row by row (libxlsxwriter's constant-memory mode: rows in order).
class SheetWriter final {
 public:
  SheetWriter(lxw_workbook* book, const std::string& target, std::string name, lxw_format* bold,
              const std::vector<std::string>& header)
      : target_(target), name_(std::move(name)), widths_(header.size(), kMinWidth) {
    sheet_ = workbook_add_worksheet(book, name_.c_str());
    if (!sheet_) fail("cannot add the sheet");
    for (std::size_t c = 0; c < header.size(); ++c) text(c, header[c], bold);
    ++row_;
  }

  // Starts the next record (after the header).
  void next_row() {
    if (row_ >= LXW_ROW_MAX) fail("more rows than a sheet holds (" + std::to_string(LXW_ROW_MAX) + ")");
  }
  void end_row() { ++row_; }

  // Text always as a string cell, so that "=1+1" stays text.
  void text(std::size_t c, const std::string& s, lxw_format* format = nullptr) {
    fit(c, s);
    if (s.empty()) return;
    check(worksheet_write_string(sheet_, row_, static_cast<lxw_col_t>(c), escape_escapes(s).c_str(), format));
  }
  void number(std::size_t c, double v, const std::string& shown) {
    fit(c, shown);
    if (!std::isfinite(v)) return;  // no value: an empty cell (XML has no NaN number)
    check(worksheet_write_number(sheet_, row_, static_cast<lxw_col_t>(c), v, nullptr));
  }

  void finish() {
    auto columns = static_cast<lxw_col_t>(widths_.size());
    if (columns == 0) return;
    worksheet_freeze_panes(sheet_, 1, 0);
    check(worksheet_autofilter(sheet_, 0, 0, row_ - 1, columns - 1));
    for (lxw_col_t c = 0; c < columns; ++c) check(worksheet_set_column(sheet_, c, c, widths_[c], nullptr));
  }

 private:
  void fit(std::size_t c, const std::string& s) {
    widths_[c] = std::min(kMaxWidth, std::max(widths_[c], static_cast<double>(text::display_width(s)) + 2));
  }
  void check(lxw_error error) {
    if (error != LXW_NO_ERROR) fail(lxw_strerror(error));
  }
  [[noreturn]] void fail(const std::string& why) const {
    throw InputError(target_ + ": sheet " + name_ + ", row " + std::to_string(row_ + 1) + ": " + why);
  }

  const std::string& target_;
  std::string name_;
  lxw_worksheet* sheet_ = nullptr;
  std::vector<double> widths_;
  lxw_row_t row_ = 0;
};

// Writes each dataset file handed to it as a sheet of the workbook.
class SheetSink final : public dataset::RowSink {
 public:
  SheetSink(lxw_workbook* book, const std::string& target, lxw_format* bold)
      : book_(book), target_(target), bold_(bold) {}

  void begin(const std::string& name, const std::vector<std::string>& header,
             const std::vector<bool>& numeric) override {
    sheet_.emplace(book_, target_, name.substr(0, name.rfind('.')), bold_, header);
    numeric_ = numeric;
  }
  void row(const std::vector<std::string>& cells) override {
    sheet_->next_row();
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (numeric_[c] && !cells[c].empty()) sheet_->number(c, std::strtod(cells[c].c_str(), nullptr), cells[c]);
      else sheet_->text(c, cells[c]);
    }
    sheet_->end_row();
  }
  void end() override {
    sheet_->finish();
    sheet_.reset();
  }

 private:
  lxw_workbook* book_;
  const std::string& target_;
  lxw_format* bold_;
  std::optional<SheetWriter> sheet_;
  std::vector<bool> numeric_;
};

struct BookCloser {
  void operator()(lxw_workbook* book) const { workbook_close(book); }
};

}  // namespace

std::string sheet_name(std::string name, std::size_t max_chars) {
  for (auto& c : name)
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
  std::size_t chars = 0, end = 0;
  for (std::size_t i = 0; i < name.size(); ++i)
    if ((static_cast<unsigned char>(name[i]) & 0xC0) != 0x80) {  // a character starts here
      if (chars++ == max_chars) break;
      end = i + 1;
      while (end < name.size() && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) ++end;
    }
  return name.substr(0, end);
}

struct XlsxBook::Impl {
  std::string target;
  io::TempDir dir;
  std::string file = (dir.path() / "map.xlsx").string();
  std::string tmpdir = dir.path().string();
  std::unique_ptr<lxw_workbook, BookCloser> book;
  lxw_format* bold = nullptr;
  std::optional<SheetSink> sink;
};

XlsxBook::XlsxBook(std::string target) {
  if (target != "-") io::check_target(target);  // refused before any work, as the other exports
  impl_ = std::make_unique<Impl>();
  impl_->target = std::move(target);
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows go to disk as written: flat memory on big maps
  options.tmpdir = impl_->tmpdir.data();
  impl_->book.reset(workbook_new_opt(impl_->file.c_str(), &options));
  if (!impl_->book) throw InputError(impl_->target + ": cannot start the workbook");
  impl_->bold = workbook_add_format(impl_->book.get());
  format_set_bold(impl_->bold);
}

XlsxBook::~XlsxBook() = default;

dataset::RowSink& XlsxBook::sink() {
  if (!impl_->sink) impl_->sink.emplace(impl_->book.get(), impl_->target, impl_->bold);
  return *impl_->sink;
}

void XlsxBook::add(const Sheet& sheet) {
  std::vector<std::pair<std::string, lxw_format*>> fills;
  for (const auto& [text, rgb] : sheet.fills) {
    auto* format = workbook_add_format(impl_->book.get());
    format_set_bg_color(format, rgb);
    format_set_pattern(format, LXW_PATTERN_SOLID);
    fills.emplace_back(text, format);
  }
  auto fill_of = [&](std::size_t c, const std::string& text) -> lxw_format* {
    if (c < sheet.fill_from) return nullptr;
    auto it = std::find_if(fills.begin(), fills.end(), [&](const auto& f) { return f.first == text; });
    return it == fills.end() ? nullptr : it->second;
  };
  SheetWriter out(impl_->book.get(), impl_->target, sheet.name, impl_->bold, sheet.table.columns);
  for (const auto& row : sheet.table.rows) {
    out.next_row();
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (const auto* s = std::get_if<std::string>(&row[c])) out.text(c, *s, fill_of(c, *s));
      else if (const auto* list = std::get_if<TextList>(&row[c])) out.text(c, joined(*list), nullptr);
      else if (const auto* i = std::get_if<long long>(&row[c]))
        out.number(c, static_cast<double>(*i), std::to_string(*i));
      else if (const auto* d = std::get_if<double>(&row[c])) out.number(c, *d, number_text(*d));
    }
    out.end_row();
  }
  out.finish();
}

void XlsxBook::finish(std::ostream& stdout_stream) {
  const auto& path = impl_->target;
  if (auto error = workbook_close(impl_->book.release()); error != LXW_NO_ERROR)
    throw InputError(path + ": cannot write the workbook: " + lxw_strerror(error));
  std::ifstream in(impl_->file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) throw InputError(path + ": cannot read back the workbook");
  if (path == "-") stdout_stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  else io::write_file(path, bytes);
}

}  // namespace stakemap::interop
