#pragma once
// `stakemap export xlsx`: the dataset files as one Excel workbook, through libxlsxwriter.
#include <ostream>
#include <string>

#include "interop/export_options.hpp"
#include "model/map.hpp"

namespace stakemap::interop {

/// Writes one sheet per dataset file (territories, organisations, flows, needs; provenance for
/// a synthetic map) in the columns `export csv` writes: numbers as number cells, everything
/// else as text cells (never formulas), a frozen bold header row, an autofilter and column
/// widths fitted to the content. Contacts only with options.personal.
/// `path` is written whole or not at all (io::OutputFile); "-" writes to `stdout_stream`.
/// Throws InputError when the target cannot be written or a sheet exceeds Excel's limits
/// (1,048,576 rows, 32,767 characters a cell).
void write_xlsx(const model::Map& map, const ExportOptions& options, const std::string& path,
                std::ostream& stdout_stream);

}  // namespace stakemap::interop
