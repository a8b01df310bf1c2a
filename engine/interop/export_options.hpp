#pragma once
// What every interchange writer takes besides the map: personal data or not, and the
// metrics to attach to organisations.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/csv_writer.hpp"
#include "core/table.hpp"
#include "store/map_history.hpp"
#include "store/rounds.hpp"

namespace stakemap::interop {

/// Per-organisation metrics attached with --with-metrics.
struct Metrics {
  std::vector<std::string> names;
  std::vector<std::vector<double>> values;  ///< values[m][i]: metric names[m] of organisation i (NaN: none)
  std::string layer;                        ///< the layer they were computed on, for the record
  bool weighted = false;
};

/// A result table written as one more sheet of an xlsx export (export xlsx --with-metrics).
struct Sheet {
  std::string name;  ///< at most 31 characters, none of []:*?/\ (Excel's rules)
  Table table;       ///< whole and real numbers become number cells, text string cells
  /// Fill colours (0xRRGGBB) by cell text, for the text cells of the columns from `fill_from` on
  /// (the coverage grid's classes).
  std::vector<std::pair<std::string, std::uint32_t>> fills;
  std::size_t fill_from = 0;
};

struct ExportOptions {
  bool personal = false;  ///< write contact_name / contact_email (privacy internal only)
  Metrics metrics;
  /// The map's saved rounds (names, times, authors, notes), for the formats that keep them
  /// (json); the others leave them out.
  std::vector<store::Round> rounds;
  /// The map's whole change log (json with --with-history); nullopt: left out.
  std::optional<std::vector<store::LoggedBatch>> history;
  /// Layout of the CSV formats (csv, kumu-csv; metrics.csv): CsvStyle::excel() with --excel.
  CsvStyle csv{',', "\r\n", false};
  /// GraphML: only the organisations and flows, one graph (`--graph flows`, for igraph and
  /// graph-tool); otherwise territories and needs follow as two more graphs.
  bool flows_only = false;
  /// Kumu: an element's `type` is the organisation's level (`--kumu-type level`), not its kind.
  bool kumu_type_level = false;
  /// xlsx: result tables written after the dataset's sheets (--with-metrics).
  std::vector<Sheet> sheets;
};

}  // namespace stakemap::interop
