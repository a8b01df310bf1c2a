#include "io/csv_file.hpp"

namespace stakemap::io {

CsvFile::CsvFile(const std::string& path, CsvStyle style) : file_(path), csv_(file_.stream(), std::move(style)) {}

void CsvFile::row(const std::vector<std::string>& cells) {
  csv_.row(cells);
  ++rows_;
  file_.check();
}

void CsvFile::end_row() {
  csv_.end_row();
  ++rows_;
  file_.check();
}

}  // namespace stakemap::io
