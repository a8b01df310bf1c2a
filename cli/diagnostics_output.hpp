#pragma once
// Validation findings (errors, warnings) for people and for programs: `check` and `import`
// share it. With --format json they are one JSON array on stdout; else lines on stderr.
#include <functional>
#include <iosfwd>
#include <vector>

#include "cli/context.hpp"
#include "core/errors.hpp"

namespace stakemap::cli {

/// `diagnostics` as a JSON array, one object per finding:
/// `{"file", "line", "column", "value"?, "severity", "message"}`. A part of the position that
/// does not apply (no file, line or column: 0 or empty) is null; `value` is there only when one
/// field's value is at fault. Every string goes through escape::json.
void print_diagnostics_json(std::ostream& out, const std::vector<Diagnostic>& diagnostics);

/// Prints `diagnostics`: as print_diagnostics_json on ctx.out with --format json, else one
/// line each on ctx.err (print_diagnostics).
void report_diagnostics(const Context& ctx, const std::vector<Diagnostic>& diagnostics);

/// The stream of a command's summary line ("imported: …", "dir: ok …"): ctx.out, but ctx.err
/// with --format json, whose stdout holds the JSON array only.
std::ostream& summary_stream(const Context& ctx);

/// Runs `work` (a check or an import). With --format json, a ValidationError it throws is
/// printed as print_diagnostics_json on ctx.out and thrown again without its diagnostics
/// (exit code 1, the summary on stderr saying they are on standard output).
int with_json_diagnostics(const Context& ctx, const std::function<int()>& work);

}  // namespace stakemap::cli
