#pragma once
// The 3W "who does what where" matrix joined to the network: territories at a level ×
// codes of a facet, each cell counting the organisations that cover it and classified
// gap / federal-only / higher-level-only / siloed / covered (definitions: docs/gaps.md).
#include <cstddef>
#include <string>
#include <vector>

#include "analysis/presence.hpp"
#include "core/table.hpp"
#include "graph/layer.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// Class of one cell, checked in this order (the first that applies wins).
enum class CellClass {
  gap,                ///< no organisation covers the cell
  federal_only,       ///< every covering organisation is national (Presence::national)
  higher_level_only,  ///< none is present locally (every one acts from a wider territory)
  siloed,             ///< local ones exist, but none has a flow of the silo layer with another
                      ///< organisation reaching the territory
  covered,            ///< otherwise
};
/// "gap", "federal-only", "higher-level-only", "siloed", "covered".
const char* class_code(CellClass c);
/// One-character mark for the terminal matrix: "!", "F", "H", "S", "" (covered).
const char* class_mark(CellClass c);

/// Options of coverage(); defaults give `stakemap gaps coverage`.
struct CoverageOptions {
  std::string facet = "domain";    ///< domain, public or service
  std::string at = "leaf";         ///< see rows_at()
  std::string within;              ///< a territory id: rows at or below it only ("" = all)
  std::vector<std::string> codes;  ///< columns; empty = every taxonomy code of the facet
  ActorFilter actors;              ///< who counts as covering (--role, --population)
  /// Flows that take a cell out of silo: active voluntary by default. Disputed flows never
  /// count; with actors.population == "ukraine" only ukraine/both flows count.
  graph::Layer silo_layer = [] {
    graph::Layer l;
    l.basis = {"voluntary"};
    return l;
  }();
};

/// One cell of the matrix.
struct CoverageCell {
  int count = 0;      ///< covering organisations (each once, however many paths)
  int local = 0;      ///< of which present locally
  int national = 0;   ///< of which national
  int connected = 0;  ///< local ones with a silo-layer flow to another org of the territory
  CellClass cls = CellClass::gap;
  std::vector<int> orgs;  ///< covering organisation indexes, ascending
};

/// Rows × codes, row-major.
struct CoverageMatrix {
  std::string facet, at;
  std::vector<int> rows;            ///< territory indexes
  std::vector<std::string> codes;   ///< facet codes (columns)
  std::vector<CoverageCell> cells;  ///< rows.size() * codes.size()

  const CoverageCell& cell(std::size_t row, std::size_t code) const { return cells[row * codes.size() + code]; }
  /// Number of cells of class `c` (e.g. uncovered cells for a what-if).
  std::size_t count(CellClass c) const;
};

/// Computes the matrix. Throws UsageError for an unknown facet, code, level or filter
/// value, InputError for an unknown `within` territory. The map must be indexed.
/// O(P·c + L) where P = organisation-row presences, c = codes per organisation, L = flows.
CoverageMatrix coverage(const model::Map& map, const CoverageOptions& options = {});

/// One record per cell: territory, territory_name, code, label, count, class, local,
/// national (plus orgs, the covering ids joined by |, when `with_orgs`).
Table coverage_cells_table(const model::Map& map, const CoverageMatrix& m, const std::string& lang,
                           bool with_orgs = false);
/// The matrix for a terminal: territory, name, then one column per code holding the count
/// followed by the class mark.
Table coverage_matrix_table(const model::Map& map, const CoverageMatrix& m, const std::string& lang);

}  // namespace stakemap::analysis
