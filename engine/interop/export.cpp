#include "interop/export.hpp"

#include <cmath>

#include "core/errors.hpp"
#include "core/table.hpp"
#include "dataset/export_csv.hpp"
#include "interop/declared.hpp"
#include "interop/dot_export.hpp"
#include "interop/gexf_writer.hpp"
#include "interop/graphml_writer.hpp"
#include "interop/json_export.hpp"
#include "interop/kumu.hpp"
#include "interop/xlsx_writer.hpp"
#include "io/output_file.hpp"

namespace stakemap::interop {

namespace {

struct Name {
  const char* text;
  ExportFormat format;
};
constexpr Name kNames[] = {
    {"graphml", ExportFormat::graphml},   {"gexf", ExportFormat::gexf}, {"kumu-json", ExportFormat::kumu_json},
    {"kumu-csv", ExportFormat::kumu_csv}, {"json", ExportFormat::json}, {"dot", ExportFormat::dot},
    {"csv", ExportFormat::csv},           {"xlsx", ExportFormat::xlsx}, {"kumu-xlsx", ExportFormat::kumu_xlsx}};

void write_stream(const model::Map& map, ExportFormat format, const ExportOptions& options, std::ostream& out) {
  switch (format) {
    case ExportFormat::graphml: return write_graphml(map, options, out);
    case ExportFormat::gexf: return write_gexf(map, options, out);
    case ExportFormat::kumu_json: return write_kumu_json(map, options, out);
    case ExportFormat::json: return write_json(map, options, out);
    case ExportFormat::dot: return write_dot(map, options, out);
    default: throw std::logic_error("not a single-file format");
  }
}

// metrics.csv next to a csv export.
void write_metrics_csv(const model::Map& map, const Metrics& metrics, io::OutputFolder& folder, const CsvStyle& style) {
  const auto t = metrics_table(map, metrics);
  io::OutputFile out(folder.file("metrics.csv"));
  print_csv(out.stream(), t, style);
  out.commit();
  folder.add("metrics.csv", static_cast<long>(t.rows.size()));
}

}  // namespace

Table metrics_table(const model::Map& map, const Metrics& metrics) {
  Table t;
  t.columns = {"id", "name"};
  t.columns.insert(t.columns.end(), metrics.names.begin(), metrics.names.end());
  for (std::size_t i = 0; i < map.organisations.size(); ++i) {
    std::vector<Cell> row{map.organisations[i].id, map.organisations[i].name};
    for (const auto& values : metrics.values) {
      if (std::isnan(values[i])) row.emplace_back();  // no value: an empty cell
      else row.emplace_back(values[i]);
    }
    t.add(std::move(row));
  }
  return t;
}

bool parse_format(const std::string& s, ExportFormat& format) {
  for (const auto& n : kNames)
    if (s == n.text) {
      format = n.format;
      return true;
    }
  return false;
}

const char* format_names() { return "graphml, gexf, kumu-json, kumu-csv, kumu-xlsx, json, dot, csv, xlsx"; }

bool writes_folder(ExportFormat format) { return format == ExportFormat::csv || format == ExportFormat::kumu_csv; }

void export_map(const model::Map& map, ExportFormat format, const std::string& path, const ExportOptions& options,
                std::ostream& stdout_stream) {
  if (writes_folder(format)) {
    if (path == "-") throw OptionError({"csv and kumu-csv write a folder: give ", option_field("output"), " DIR"});
    check_metrics(map, options.metrics);
    if (format == ExportFormat::kumu_csv) return write_kumu_csv(map, options, path);
    io::OutputFolder folder(path, dataset::export_file_names());
    dataset::export_csv(map, folder, {options.personal, options.csv});
    if (!options.metrics.names.empty()) write_metrics_csv(map, options.metrics, folder, options.csv);
    folder.commit();
    return;
  }
  if (format == ExportFormat::xlsx) return write_xlsx(map, options, path, stdout_stream);
  if (format == ExportFormat::kumu_xlsx) return write_kumu_xlsx(map, options, path, stdout_stream);
  if (path == "-") return write_stream(map, format, options, stdout_stream);
  io::OutputFile out(path);
  write_stream(map, format, options, out.stream());
  out.commit();
}

}  // namespace stakemap::interop
