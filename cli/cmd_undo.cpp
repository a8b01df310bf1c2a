// stakemap undo [--batch N]: reverts a batch in a new batch (undoing an undo redoes).
#include <cxxopts.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/edit_common.hpp"
#include "edit/undo.hpp"

namespace stakemap::cli {

int run_undo(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap undo",
                           "Revert the last batch (or --batch N) in a new batch: every record it added, changed or "
                           "removed is put back as it was. An undo is a batch too: undo twice redoes. A batch "
                           "whose records later batches changed is refused, naming those batches.");
  add_global_options(options);
  add_origin_options(options);
  // clang-format off
  options.add_options()("batch", "the batch to revert (see `stakemap history`)", cxxopts::value<long long>());
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::optional<std::int64_t> batch;
  if (r.count("batch")) batch = r["batch"].as<long long>();
  auto store = open_map(ctx, store::Store::Mode::write);
  auto origin = origin_of(r, batch ? "undo --batch " + std::to_string(*batch) : "undo");
  print_edit(ctx, edit::undo(store, batch, origin));
  return 0;
}

}  // namespace stakemap::cli
