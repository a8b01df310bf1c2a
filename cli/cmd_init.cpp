// stakemap init: create an empty map, or migrate an older one to the current schema; with
// --profile, start it with a bundled vocabulary (docs/profiles.md).
#include <algorithm>
#include <cxxopts.hpp>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "model/taxonomy.hpp"
#include "store/profile.hpp"
#include "store/writer.hpp"

namespace stakemap::cli {

namespace {

// Gives the map the bundled profile `profile`: nothing to do when it has it already; refused
// (InputError) when the map holds records written in another one.
void set_profile(store::Store& store, const std::string& profile) {
  const auto& names = model::Taxonomy::profile_names();
  if (std::find(names.begin(), names.end(), profile) == names.end())
    throw UsageError("unknown --profile '" + profile + "' (allowed: " + text::join(names, ", ") + ")");
  auto current = store::vocabulary(store);
  if (current.profile == profile) return;
  if (!store::holds_nothing(store))
    throw InputError(store.path() + ": the map holds records written with profile '" + current.profile +
                     "'; start a new map for profile '" + profile + "'");
  store::Writer writer(store, "init", "");
  writer.set_vocabulary({profile, ""});
  writer.commit("profile " + profile);
}

}  // namespace

int run_init(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap init", "Create an empty map at --db (or migrate an older one).");
  add_global_options(options);
  // clang-format off
  options.add_options()("profile", "vocabulary of a new map: belgium (default) or generic (docs/profiles.md)",
                        cxxopts::value<std::string>());
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  auto store = open_map(ctx, store::Store::Mode::write);
  if (r.count("profile")) set_profile(store, r["profile"].as<std::string>());
  *ctx.out << "map " << ctx.db << " ready (schema version " << store::schema_version();
  if (r.count("profile")) *ctx.out << ", profile " << store::vocabulary(store).profile;
  *ctx.out << ")\n";
  return 0;
}

}  // namespace stakemap::cli
