#include "dataset/provenance.hpp"

#include <filesystem>
#include <fstream>
#include <vector>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "io/csv_reader.hpp"

namespace stakemap::dataset {

std::string read_provenance(const std::string& dir) {
  auto path = (std::filesystem::path(dir) / kProvenanceFile).string();
  if (!std::filesystem::exists(path)) return "";
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot read file");
  io::CsvReader csv(in, path);
  std::vector<std::string> fields;
  auto fail = [&](std::size_t i, const std::string& what) { throw InputError(csv.position(i).str() + ": " + what); };
  if (!csv.next(fields)) throw InputError(path + ": empty (expected a header `provenance` and one row `synthetic`)");
  if (fields.size() != 1 || text::lower(text::trim(fields[0])) != "provenance")
    fail(0, "header '" + text::join(fields, ",") + "': expected the one column 'provenance'");
  if (!csv.next(fields)) throw InputError(path + ": no row (expected one row `synthetic`)");
  std::string value = fields.empty() ? "" : text::lower(text::trim(fields[0]));
  if (fields.size() != 1 || value != "synthetic")
    fail(0, "unknown provenance '" + text::join(fields, ",") + "' (allowed: synthetic)");
  if (csv.next(fields)) fail(0, "a second row '" + text::join(fields, ",") + "': provenance.csv holds one row");
  return value;
}

}  // namespace stakemap::dataset
