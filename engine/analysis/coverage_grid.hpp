#pragma once
// The coverage matrix as a grid of classes, for spreadsheets (the xlsx export's coverage
// sheets): each cell's class as its text and as a colour, and a legend of the colours.
#include <array>
#include <cstdint>
#include <string>

#include "analysis/coverage.hpp"
#include "core/table.hpp"
#include "i18n/lang.hpp"

namespace stakemap::analysis {

/// Every class, in the order of CellClass.
inline constexpr std::array<CellClass, 5> kCellClasses{
    CellClass::gap, CellClass::federal_only, CellClass::higher_level_only, CellClass::siloed, CellClass::covered};

/// The fill colour of a class, 0xRRGGBB: light red (gap), orange (only national), yellow
/// (higher level only), lilac (siloed), green (covered); light enough for black text.
std::uint32_t class_colour(CellClass c);

/// territory, territory_name (in `lang`), then one column per code holding the cell's
/// class_code ("gap", "covered"…).
Table coverage_class_table(const model::Map& map, const CoverageMatrix& m, const std::string& lang);

/// One row per class: class (its code), mark (the terminal matrix's), meaning (in `lang`, as
/// the report says it) and cells (how many cells of `m` have it).
Table coverage_legend_table(const model::Map& map, const CoverageMatrix& m, i18n::Lang lang);

}  // namespace stakemap::analysis
