#pragma once
// Kumu (https://kumu.io): the JSON blueprint ({"elements": [...], "connections": [...]})
// and the spreadsheet layout (CSV files or one XLSX workbook: an Elements sheet with ID, Label and fields; a
// Connections sheet with From, To, Direction and fields; multiple values separated by '|'). Elements are organisations
// (Label = name), connections are flows.
#include <istream>
#include <map>
#include <ostream>
#include <set>
#include <string>

#include "dataset/export_csv.hpp"
#include "interop/export_options.hpp"
#include "interop/map_builder.hpp"
#include "io/record_source.hpp"
#include "model/map.hpp"

namespace stakemap::interop {

/// Writes the JSON blueprint: elements with id, label and every field (lists as arrays,
/// numbers as numbers), connections with a stable id, from, to, direction and fields.
void write_kumu_json(const model::Map& map, const ExportOptions& options, std::ostream& out);
/// Writes elements.csv and connections.csv into `dir` (created if missing). Text cells
/// carry the formula guard of escape::csv_text, which the reader removes again.
void write_kumu_csv(const model::Map& map, const ExportOptions& options, const std::string& dir);

/// The names visit_kumu gives its two sheets.
struct KumuSheets {
  std::string elements, connections;
};
/// Hands Kumu's spreadsheet layout to `sink`: the sheet `names.elements` (ID, Label, then type,
/// tags and the organisation's fields: kumu_org_declared) and the sheet `names.connections`
/// (ID, From, To, Direction, then the flow's fields); columns of numbers flagged numeric.
/// kumu-csv and kumu-xlsx both write it.
void visit_kumu(const model::Map& map, const ExportOptions& options, const KumuSheets& names, dataset::RowSink& sink);

/// Reads Kumu data into a MapBuilder. An element's id is its "id" field, else a slug of
/// its label; connections refer to elements by id, by Kumu's internal "_id" or by label.
/// Flows one connection row may make ('|'-joined From × To, twice when mutual): bounds the
/// memory of a small hostile sheet (docs/security.md, Limits).
inline constexpr std::size_t kMaxFlowsPerConnection = 1000;

class KumuReader final {
 public:
  explicit KumuReader(MapBuilder& builder) : b_(builder) {}
  /// A whole blueprint (also Kumu's own project export, with "_id" and "attributes").
  void read_json(std::istream& in);
  /// One sheet as CSV: Elements (has a Label or ID column) or Connections (From and To).
  /// Read the Elements sheet first so that connections can refer to labels.
  void read_csv(std::istream& in);
  /// The same, from any record source (a sheet of Kumu's XLSX workbook); positions are the
  /// builder's file (set it to the sheet's name first).
  void read_records(io::RecordSource& sheet);

 private:
  void element(Record r);
  void connection(Record r);
  std::string resolve(const std::string& ref) const;

  MapBuilder& b_;
  std::set<std::string> ids_;
  std::map<std::string, std::string> internal_ids_,
      labels_;  ///< "_id" / folded label (text::fold) -> id ("" when ambiguous)
};

/// The id a flow's connection gets: "from>to/status/basis/population" (stable across exports).
std::string connection_id(const model::Flow& f);
/// The element id Kumu data without ids gets: "Croix-Rouge de Belgique" -> "croix-rouge-de-belgique".
std::string slug(const std::string& label);

}  // namespace stakemap::interop
