#pragma once
// What `stakemap demo` produces after the import: maps, report, key findings.
#include <filesystem>

#include "cli/context.hpp"
#include "report/report.hpp"
#include "store/store.hpp"

namespace stakemap::cli {

/// Writes map.svg, map.png, gaps.svg, report.html and explore.html into `out` and prints the key findings.
void demo_story(const Context& ctx, const std::filesystem::path& out, store::Store& store);
/// Provenance of the map behind `store` for reports (last batch, today's date, version).
report::Provenance provenance(const Context& ctx, const store::Store& store);

}  // namespace stakemap::cli
