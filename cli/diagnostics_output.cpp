#include "cli/diagnostics_output.hpp"

#include <ostream>

#include "cli/common.hpp"
#include "core/escape.hpp"

namespace stakemap::cli {

void print_diagnostics_json(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  auto number = [](long n) { return n > 0 ? std::to_string(n) : std::string("null"); };
  out << "[";
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const auto& d = diagnostics[i];
    out << (i ? ",\n " : "\n ") << "{\"file\": " << (d.where.file.empty() ? "null" : escape::json(d.where.file))
        << ", \"line\": " << number(d.where.line) << ", \"column\": " << number(d.where.line > 0 ? d.where.column : 0);
    if (d.value) out << ", \"value\": " << escape::json(*d.value);
    out << ", \"severity\": " << (d.severity == Diagnostic::Severity::error ? "\"error\"" : "\"warning\"")
        << ", \"message\": " << escape::json(d.message) << "}";
  }
  out << (diagnostics.empty() ? "]\n" : "\n]\n");
}

void report_diagnostics(const Context& ctx, const std::vector<Diagnostic>& diagnostics) {
  if (ctx.format == TableFormat::json) print_diagnostics_json(*ctx.out, diagnostics);
  else print_diagnostics(ctx, diagnostics);
}

std::ostream& summary_stream(const Context& ctx) { return ctx.format == TableFormat::json ? *ctx.err : *ctx.out; }

int with_json_diagnostics(const Context& ctx, const std::function<int()>& work) {
  if (ctx.format != TableFormat::json) return work();
  try {
    return work();
  } catch (const ValidationError& e) {
    print_diagnostics_json(*ctx.out, e.diagnostics());
    std::string summary = e.summary();
    if (auto at = summary.find("listed above"); at != std::string::npos)
      summary.replace(at, 12, "listed on standard output");
    ValidationError bare({}, static_cast<long>(e.errors()), static_cast<long>(e.warnings()));
    bare.set_summary(summary);
    throw bare;
  }
}

}  // namespace stakemap::cli
