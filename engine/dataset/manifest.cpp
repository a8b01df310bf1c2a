#include "dataset/manifest.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>

#include "core/errors.hpp"
#include "io/csv_reader.hpp"
#include "io/output_file.hpp"

namespace stakemap::dataset {

namespace fs = std::filesystem;

std::optional<Manifest> read_manifest(const std::string& dir) {
  Manifest m;
  m.path = (fs::path(dir) / io::kManifestName).string();
  if (!fs::exists(m.path)) return std::nullopt;
  std::ifstream in(m.path, std::ios::binary);
  if (!in) throw InputError(m.path + ": cannot read file");
  io::CsvReader csv(in, m.path, ',');
  std::vector<std::string> cells;
  if (!csv.next(cells) || cells.size() != 2 || cells[0] != "file" || cells[1] != "rows")
    throw InputError(m.path + ": not a stakemap export manifest (its header must be file,rows)");
  while (csv.next(cells)) {
    long rows = -1;
    const auto& n = cells.size() == 2 ? cells[1] : std::string();
    auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), rows);
    if (cells.size() != 2 || ec != std::errc() || end != n.data() + n.size() || rows < 0)
      throw InputError(csv.position(0).str() + ": a manifest line is FILE,ROWS");
    m.files.emplace_back(cells[0], rows);
  }
  return m;
}

void check_manifest(const Manifest& manifest, const std::vector<std::pair<std::string, long>>& read,
                    const std::vector<std::string>& dataset_files, Diagnostics& diags) {
  auto listed = [&](const std::string& name) {
    return std::find_if(manifest.files.begin(), manifest.files.end(), [&](const auto& f) { return f.first == name; });
  };
  const Position where{manifest.path, 0, 0};
  for (const auto& [path, records] : read) {
    auto name = fs::path(path).filename().string();
    auto it = listed(name);
    if (it == manifest.files.end())
      diags.error(where, name + " is not listed: the export that wrote this folder did not finish");
    else if (it->second != records)
      diags.error(where, name + " has " + std::to_string(records) + " records where the export wrote " +
                             std::to_string(it->second) +
                             ": the folder is incomplete or was edited (remove manifest.csv to import it as it is)");
  }
  for (const auto& file : manifest.files) {
    const std::string& name = file.first;
    bool dataset_file = std::find(dataset_files.begin(), dataset_files.end(), name) != dataset_files.end();
    bool was_read = std::any_of(read.begin(), read.end(),
                                [&](const auto& r) { return fs::path(r.first).filename().string() == name; });
    if (dataset_file && !was_read) diags.error(where, name + " is listed but missing: the folder is incomplete");
  }
}

}  // namespace stakemap::dataset
