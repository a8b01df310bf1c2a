#pragma once
// `stakemap export FORMAT -o PATH`: one entry point over every writer.
#include <ostream>
#include <string>

#include "interop/export_options.hpp"
#include "model/map.hpp"

namespace stakemap::interop {

enum class ExportFormat { graphml, gexf, kumu_json, kumu_csv, kumu_xlsx, json, dot, csv, xlsx };

/// Parses graphml, gexf, kumu-json, kumu-csv, kumu-xlsx, json, dot, csv or xlsx; false when unknown.
bool parse_format(const std::string& s, ExportFormat& format);
/// "graphml, gexf, kumu-json, kumu-csv, kumu-xlsx, json, dot, csv, xlsx", for messages.
const char* format_names();
/// True for the formats written as a folder of CSV files (csv, kumu-csv).
bool writes_folder(ExportFormat format);

/// The attached metrics as a table: id, name, one column per metric (NaN: an empty cell), as
/// metrics.csv and the xlsx centrality sheet hold them.
Table metrics_table(const model::Map& map, const Metrics& metrics);

/// Writes `map` (privacy already applied) in `format` to `path`: a folder for csv and
/// kumu-csv, else a file, written whole or not at all (a temporary file renamed into
/// place), or `stdout` when path is "-". With metrics, csv adds metrics.csv to the folder;
/// xlsx adds options.sheets.
/// Throws InputError when the path cannot be written or a metric name is taken.
void export_map(const model::Map& map, ExportFormat format, const std::string& path, const ExportOptions& options,
                std::ostream& stdout_stream);

}  // namespace stakemap::interop
