// stakemap round save NAME [--note TEXT] | round list: named states of the map.
#include <cxxopts.hpp>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/edit_common.hpp"
#include "core/errors.hpp"
#include "i18n/messages.hpp"
#include "store/rounds.hpp"

namespace stakemap::cli {

int run_round(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap round",
                           "round save NAME names the map's current state (e.g. \"2023-03 consultation\"), to "
                           "compare later with diff; round list lists the rounds.");
  add_global_options(options);
  add_origin_options(options);
  // clang-format off
  options.add_options()
    ("action", "save or list", cxxopts::value<std::string>())
    ("name", "the round's name (save)", cxxopts::value<std::string>());
  // clang-format on
  options.parse_positional({"action", "name"});
  options.positional_help("save NAME | list");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string action = r.count("action") ? r["action"].as<std::string>() : "";
  if (action == "list") {
    auto store = open_map(ctx, store::Store::Mode::read);
    Table t;
    t.columns = {"round", "at", "batch", "author", "note"};
    for (const auto& round : store::rounds(store))
      t.add({round.name, round.at, static_cast<long long>(round.batch), round.author, round.note});
    ctx.print(t, "rounds");
    return 0;
  }
  if (action != "save") throw UsageError("round needs save NAME or list");
  if (ctx.output) throw UsageError("-o writes tables: round list has one, round save has none");
  if (!r.count("name")) throw UsageError("round save needs a NAME");
  auto store = open_map(ctx, store::Store::Mode::write);
  auto origin = origin_of(r, "round save");
  auto round = store::save_round(store, r["name"].as<std::string>(), origin.author, origin.note);
  *ctx.out << i18n::text("cli.round.saved", ctx.lang,
                         {{"name", round.name}, {"batch", static_cast<long long>(round.batch)}})
           << "\n";
  return 0;
}

}  // namespace stakemap::cli
