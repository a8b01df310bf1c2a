#pragma once
// The explicit list of commands; `stakemap --help` is generated from it.
#include <string>
#include <vector>

#include "cli/context.hpp"

namespace stakemap::cli {

/// Runs a command with its own arguments; returns the exit code.
using RunFn = int (*)(Context& ctx, const std::vector<std::string>& args);

struct Command {
  const char* name;
  const char* summary;
  RunFn run;
  bool tables = false;  ///< prints result tables: takes -o FILE (cli/table_output.hpp)
};

/// Every command, in the order --help lists them.
const std::vector<Command>& commands();

// One function per command, each in its own cmd_*.cpp.
int run_init(Context&, const std::vector<std::string>&);
int run_import(Context&, const std::vector<std::string>&);
int run_check(Context&, const std::vector<std::string>&);
int run_list(Context&, const std::vector<std::string>&);
int run_show(Context&, const std::vector<std::string>&);
int run_export(Context&, const std::vector<std::string>&);
int run_demo(Context&, const std::vector<std::string>&);
int run_gaps(Context&, const std::vector<std::string>&);
int run_obstacles(Context&, const std::vector<std::string>&);
int run_centrality(Context&, const std::vector<std::string>&);
int run_network(Context&, const std::vector<std::string>&);
int run_communities(Context&, const std::vector<std::string>&);
int run_brokers(Context&, const std::vector<std::string>&);
int run_silos(Context&, const std::vector<std::string>&);
int run_render(Context&, const std::vector<std::string>&);
int run_explore(Context&, const std::vector<std::string>&);
int run_survey(Context&, const std::vector<std::string>&);
int run_keyplayers(Context&, const std::vector<std::string>&);
int run_whatif(Context&, const std::vector<std::string>&);
int run_report(Context&, const std::vector<std::string>&);
int run_summary(Context&, const std::vector<std::string>&);
int run_add(Context&, const std::vector<std::string>&);
int run_set(Context&, const std::vector<std::string>&);
int run_remove(Context&, const std::vector<std::string>&);
int run_confirm(Context&, const std::vector<std::string>&);
int run_dispute(Context&, const std::vector<std::string>&);
int run_undo(Context&, const std::vector<std::string>&);
int run_history(Context&, const std::vector<std::string>&);
int run_round(Context&, const std::vector<std::string>&);
int run_diff(Context&, const std::vector<std::string>&);

}  // namespace stakemap::cli
