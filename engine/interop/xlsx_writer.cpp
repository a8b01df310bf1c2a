#include "interop/xlsx_writer.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>

#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/text.hpp"
#include "dataset/export_csv.hpp"
#include "dataset/provenance.hpp"
#include "io/output_file.hpp"

namespace stakemap::interop {

namespace fs = std::filesystem;

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

// A private folder (mkdtemp: mode 0700, a fresh name) for libxlsxwriter, which writes only to a
// file name; removed with everything in it when done, or when the process is interrupted.
class TempDir final {
 public:
  TempDir() {
    std::string templ = (fs::temp_directory_path() / "stakemap-xlsx-XXXXXX").string();
    if (!::mkdtemp(templ.data())) throw InputError(templ + ": cannot create a temporary folder");
    path_ = templ;
    removed_if_interrupted_.emplace(templ, true);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
  std::optional<interrupt::Temporary> removed_if_interrupted_;
};

// Writes each dataset file handed to it as a sheet of the workbook.
class SheetSink final : public dataset::RowSink {
 public:
  SheetSink(lxw_workbook* book, std::string target) : book_(book), target_(std::move(target)) {
    header_ = workbook_add_format(book_);
    format_set_bold(header_);
  }

  void begin(const std::string& name, const std::vector<std::string>& header,
             const std::vector<bool>& numeric) override {
    name_ = name.substr(0, name.rfind('.'));
    sheet_ = workbook_add_worksheet(book_, name_.c_str());
    if (!sheet_) fail("cannot add the sheet");
    numeric_ = numeric;
    widths_.assign(header.size(), kMinWidth);
    row_ = 0;
    put(header, header_);
  }

  void row(const std::vector<std::string>& cells) override {
    if (row_ >= LXW_ROW_MAX) fail("more rows than a sheet holds (" + std::to_string(LXW_ROW_MAX) + ")");
    put(cells, nullptr);
  }

  void end() override {
    auto columns = static_cast<lxw_col_t>(widths_.size());
    if (columns == 0) return;
    worksheet_freeze_panes(sheet_, 1, 0);
    check(worksheet_autofilter(sheet_, 0, 0, row_ - 1, columns - 1));
    for (lxw_col_t c = 0; c < columns; ++c) check(worksheet_set_column(sheet_, c, c, widths_[c], nullptr));
  }

 private:
  void put(const std::vector<std::string>& cells, lxw_format* format) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const auto& cell = cells[c];
      widths_[c] = std::min(kMaxWidth, std::max(widths_[c], static_cast<double>(text::display_width(cell)) + 2));
      if (cell.empty()) continue;
      auto col = static_cast<lxw_col_t>(c);
      // Numbers as number cells; text always as a string cell, so "=1+1" stays text.
      if (format == nullptr && numeric_[c])
        check(worksheet_write_number(sheet_, row_, col, std::strtod(cell.c_str(), nullptr), nullptr));
      else check(worksheet_write_string(sheet_, row_, col, escape_escapes(cell).c_str(), format));
    }
    ++row_;
  }
  void check(lxw_error error) {
    if (error != LXW_NO_ERROR) fail(lxw_strerror(error));
  }
  [[noreturn]] void fail(const std::string& why) {
    throw InputError(target_ + ": sheet " + name_ + ", row " + std::to_string(row_ + 1) + ": " + why);
  }

  lxw_workbook* book_;
  std::string target_, name_;
  lxw_worksheet* sheet_ = nullptr;
  lxw_format* header_ = nullptr;
  std::vector<bool> numeric_;
  std::vector<double> widths_;
  lxw_row_t row_ = 0;
};

struct BookCloser {
  void operator()(lxw_workbook* book) const { workbook_close(book); }
};

}  // namespace

void write_xlsx(const model::Map& map, const ExportOptions& options, const std::string& path,
                std::ostream& stdout_stream) {
  if (path != "-") io::check_target(path);  // refused before any work, as the other exports
  TempDir dir;
  const auto file = (dir.path() / "map.xlsx").string();
  lxw_workbook_options book_options{};
  book_options.constant_memory = LXW_TRUE;  // rows go to disk as written: flat memory on big maps
  auto tmpdir = dir.path().string();
  book_options.tmpdir = tmpdir.data();
  std::unique_ptr<lxw_workbook, BookCloser> book(workbook_new_opt(file.c_str(), &book_options));
  if (!book) throw InputError(path + ": cannot start the workbook");
  SheetSink sink(book.get(), path);
  dataset::visit_dataset(map, options.personal, sink);
  if (map.synthetic) {  // so that the workbook says it holds invented records, as the csv export
    sink.begin(dataset::kProvenanceFile, {"provenance"}, {false});
    sink.row({"synthetic"});
    sink.end();
  }
  if (auto error = workbook_close(book.release()); error != LXW_NO_ERROR)
    throw InputError(path + ": cannot write the workbook: " + lxw_strerror(error));
  std::ifstream in(file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) throw InputError(path + ": cannot read back the workbook");
  if (path == "-") stdout_stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  else io::write_file(path, bytes);
}

}  // namespace stakemap::interop
