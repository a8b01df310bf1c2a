// stakemap confirm flow FLOW / dispute flow FLOW: sets a flow's confirmation.
#include <cxxopts.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/edit_common.hpp"
#include "core/errors.hpp"

namespace stakemap::cli {

namespace {
int set_confirmation(Context& ctx, const std::vector<std::string>& args, const std::string& verb,
                     const std::string& value) {
  cxxopts::Options options("stakemap " + verb, "Set a flow's confirmation to " + value + ": " + verb +
                                                   " flow FLOW, or FROM TO when one flow links them.");
  add_global_options(options);
  add_origin_options(options);
  // clang-format off
  options.add_options()
    ("what", "flow", cxxopts::value<std::string>())
    ("words", "FLOW, or FROM TO", cxxopts::value<std::vector<std::string>>());
  // clang-format on
  options.parse_positional({"what", "words"});
  options.positional_help("flow FLOW|FROM TO");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string what = r.count("what") ? r["what"].as<std::string>() : "";
  if (what != "flow") throw UsageError(verb + " applies to flows: " + verb + " flow FLOW");
  auto words = r.count("words") ? r["words"].as<std::vector<std::string>>() : std::vector<std::string>{};
  auto store = open_map(ctx, store::Store::Mode::write);
  auto origin = origin_of(r, command_line(verb + " flow", words));
  print_edit(ctx, edit::set(store, model::Entity::flow, words, {{"confirmation", value}}, origin));
  return 0;
}
}  // namespace

int run_confirm(Context& ctx, const std::vector<std::string>& args) {
  return set_confirmation(ctx, args, "confirm", "confirmed");
}

int run_dispute(Context& ctx, const std::vector<std::string>& args) {
  return set_confirmation(ctx, args, "dispute", "disputed");
}

}  // namespace stakemap::cli
