#pragma once
// `stakemap export xlsx` and `export kumu-xlsx`: Excel workbooks, through libxlsxwriter.
#include <ostream>
#include <string>

#include "interop/export_options.hpp"
#include "model/map.hpp"

namespace stakemap::interop {

/// Writes one sheet per dataset file (territories, organisations, flows, needs; provenance for
/// a synthetic map) in the columns `export csv` writes, then one sheet per table of
/// options.sheets (--with-metrics): numbers as number cells, everything else as text cells
/// (never formulas), a frozen bold header row, an autofilter and column widths fitted to the
/// content. Contacts only with options.personal.
/// `path` is written whole or not at all (io::OutputFile); "-" writes to `stdout_stream`.
/// Throws InputError when the target cannot be written or a sheet exceeds Excel's limits
/// (1,048,576 rows, 32,767 characters a cell).
void write_xlsx(const model::Map& map, const ExportOptions& options, const std::string& path,
                std::ostream& stdout_stream);

/// Writes Kumu's workbook: an Elements and a Connections sheet holding what kumu-csv writes
/// (visit_kumu), in the same way and on the same terms as write_xlsx.
void write_kumu_xlsx(const model::Map& map, const ExportOptions& options, const std::string& path,
                     std::ostream& stdout_stream);

}  // namespace stakemap::interop
