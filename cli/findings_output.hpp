#pragma once
// The key findings printed for people and for programs: `summary` and `demo` share it.
#include <vector>

#include "cli/context.hpp"
#include "report/report.hpp"

namespace stakemap::cli {

/// Prints `findings` in ctx.format: on a terminal (table) one bullet each, wrapped to 96
/// columns with a hanging indent; csv one row per finding (`finding,sentence,figures,names`,
/// figures as `name=value` joined by `|`); json an array of
/// `{"finding", "sentence", "figures": {name: number}, "names": [ids]}`.
void print_findings(const Context& ctx, const std::vector<report::Finding>& findings);

}  // namespace stakemap::cli
