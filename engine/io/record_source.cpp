#include "io/record_source.hpp"

#include <filesystem>

#include "core/text.hpp"
#include "io/csv_reader.hpp"
#include "io/input_file.hpp"
#include "io/xlsx_reader.hpp"

namespace stakemap::io {

namespace {

// A CSV file with the stream it reads.
class CsvRecords final : public RecordSource {
 public:
  CsvRecords(std::unique_ptr<std::istream> in, const std::string& path) : in_(std::move(in)), csv_(*in_, path) {}
  bool next(std::vector<std::string>& fields) override { return csv_.next(fields); }
  Position position(std::size_t i) const override { return csv_.position(i); }
  long line() const override { return csv_.line(); }
  const std::string& file() const override { return csv_.file(); }
  std::size_t bytes_read() const override { return csv_.bytes_read(); }

 private:
  std::unique_ptr<std::istream> in_;
  CsvReader csv_;
};

}  // namespace

bool is_xlsx(const std::string& path) {
  if (is_stdin(path)) return stdin_is_zip();
  auto ext = text::lower(std::filesystem::path(path).extension().string());
  return ext == ".xlsx" || ext == ".xlsm";
}

std::unique_ptr<RecordSource> open_records(const std::string& path, const std::string& sheet) {
  if (is_xlsx(path)) {
    auto book = XlsxWorkbook::open(path);
    return book->sheet(sheet.empty() ? book->sheets().front() : sheet);
  }
  auto in = open_input(path);
  if (!in) throw InputError(path + ": cannot read file");
  return std::make_unique<CsvRecords>(std::move(in), path);
}

}  // namespace stakemap::io
