#include "dataset/provenance.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "io/csv_reader.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::dataset {

namespace {

// The one value of a one-column file or sheet `name` whose header is `column`; throws InputError
// naming file, line, column and value for anything else.
std::string read_declaration(io::RecordSource& csv, const char* name, const std::string& column,
                             const std::vector<std::string>& allowed) {
  std::vector<std::string> fields;
  auto fail = [&](std::size_t i, const std::string& what) { throw InputError(csv.position(i).str() + ": " + what); };
  const std::string expected = "a header `" + column + "` and one row (" + text::join(allowed, ", ") + ")";
  if (!csv.next(fields)) throw InputError(csv.file() + ": empty (expected " + expected + ")");
  if (fields.size() != 1 || text::lower(text::trim(fields[0])) != column)
    fail(0, "header '" + text::join(fields, ",") + "': expected the one column '" + column + "'");
  if (!csv.next(fields)) throw InputError(csv.file() + ": no row (expected " + expected + ")");
  std::string value = fields.empty() ? "" : text::lower(text::trim(fields[0]));
  if (fields.size() != 1 || std::find(allowed.begin(), allowed.end(), value) == allowed.end())
    fail(0, "unknown " + column + " '" + text::join(fields, ",") + "' (allowed: " + text::join(allowed, ", ") + ")");
  if (csv.next(fields)) fail(0, "a second row '" + text::join(fields, ",") + "': " + name + " holds one row");
  return value;
}

// The same, of the file `name` of `dir` ("" when there is no such file).
std::string read_declaration(const std::string& dir, const char* name, const std::string& column,
                             const std::vector<std::string>& allowed) {
  auto path = (std::filesystem::path(dir) / name).string();
  if (!std::filesystem::exists(path)) return "";
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot read file");
  io::CsvReader csv(in, path);
  return read_declaration(csv, name, column, allowed);
}

}  // namespace

std::string read_provenance(const std::string& dir) {
  return read_declaration(dir, kProvenanceFile, "provenance", {"synthetic"});
}

std::string read_provenance(io::RecordSource& sheet) {
  return read_declaration(sheet, kProvenanceFile, "provenance", {"synthetic"});
}

std::string read_profile(io::RecordSource& sheet) {
  return read_declaration(sheet, kProfileFile, "profile", model::Taxonomy::profile_names());
}

std::string read_profile(const std::string& dir) {
  return read_declaration(dir, kProfileFile, "profile", model::Taxonomy::profile_names());
}

}  // namespace stakemap::dataset
