// stakemap remove org|territory|flow|need REF [--cascade]: removes one record.
#include <cxxopts.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/edit_common.hpp"
#include "core/errors.hpp"

namespace stakemap::cli {

int run_remove(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap remove",
                           "Remove a record: remove org ID, territory ID, flow FLOW|FROM TO, need TERRITORY NEED "
                           "[REPORTED_BY]. An organisation with flows or needs, or a territory in use, is "
                           "refused unless --cascade; every record removed is listed.");
  add_global_options(options);
  add_origin_options(options);
  // clang-format off
  options.add_options()
    ("what", "org, territory, flow or need", cxxopts::value<std::string>())
    ("words", "the record", cxxopts::value<std::vector<std::string>>())
    ("cascade", "also remove the flows and needs of an organisation, the needs of a territory (and drop it "
                "from organisations and territories naming it)");
  // clang-format on
  options.parse_positional({"what", "words"});
  options.positional_help("org|territory|flow|need REF");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  auto entity = entity_named(r.count("what") ? r["what"].as<std::string>() : "");
  auto words = r.count("words") ? r["words"].as<std::vector<std::string>>() : std::vector<std::string>{};
  auto store = open_map(ctx, store::Store::Mode::write);
  auto origin = origin_of(r, command_line("remove " + r["what"].as<std::string>(), words));
  print_edit(ctx, edit::remove(store, entity, words, r.count("cascade") > 0, origin));
  return 0;
}

}  // namespace stakemap::cli
