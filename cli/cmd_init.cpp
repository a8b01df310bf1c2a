// stakemap init: create an empty map, or migrate an older one to the current schema.
#include <cxxopts.hpp>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace stakemap::cli {

int run_init(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap init", "Create an empty map at --db (or migrate an older one).");
  add_global_options(options);
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  open_map(ctx, store::Store::Mode::write);
  *ctx.out << "map " << ctx.db << " ready (schema version " << store::schema_version() << ")\n";
  return 0;
}

}  // namespace stakemap::cli
