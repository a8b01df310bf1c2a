#pragma once
// Tiny XLSX workbooks written part by part with libzip, for the tests and the fuzz target of
// the XLSX reader (engine/io/xlsx_reader.cpp): no spreadsheet program needed.
#include <zip.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace test {

using Parts = std::vector<std::pair<std::string, std::string>>;

/// Writes a zip archive at `path` holding `parts` (name, bytes), deflated.
inline void write_zip(const std::string& path, const Parts& parts) {
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!z) throw std::runtime_error("cannot create " + path);
  for (const auto& [name, bytes] : parts) {
    zip_source_t* src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
    if (!src || zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE) < 0) {
      if (src) zip_source_free(src);
      zip_discard(z);
      throw std::runtime_error("cannot add " + name);
    }
  }
  if (zip_close(z) != 0) {
    zip_discard(z);
    throw std::runtime_error("cannot write " + path);
  }
}

/// The parts of a workbook: one sheet per (name, <sheetData> content), and when not empty the
/// shared strings (<si> items) and the styles (the content of <styleSheet>).
inline Parts workbook(const std::vector<std::pair<std::string, std::string>>& sheets, const std::string& strings = "",
                      const std::string& styles = "", const std::string& workbook_pr = "") {
  const std::string ns = R"( xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::string book = "<?xml version=\"1.0\"?><workbook" + ns + " xmlns:r=\"" + rel + "\">" + workbook_pr + "<sheets>";
  std::string rels =
      R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  Parts parts;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    auto n = std::to_string(i + 1);
    book += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels +=
        "<Relationship Id=\"rId" + n + "\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    parts.emplace_back("xl/worksheets/sheet" + n + ".xml", "<?xml version=\"1.0\"?><worksheet" + ns + "><sheetData>" +
                                                               sheets[i].second + "</sheetData></worksheet>");
  }
  if (!strings.empty()) {
    rels += "<Relationship Id=\"rIdS\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    parts.emplace_back("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst" + ns + ">" + strings + "</sst>");
  }
  if (!styles.empty()) {
    rels += "<Relationship Id=\"rIdT\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>";
    parts.emplace_back("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet" + ns + ">" + styles + "</styleSheet>");
  }
  parts.emplace_back("xl/workbook.xml", book + "</sheets></workbook>");
  parts.emplace_back("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
  return parts;
}

}  // namespace test
