// stakemap set org|territory|flow|need REF FIELD=VALUE...: changes fields of one record.
#include <cxxopts.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/edit_common.hpp"
#include "core/errors.hpp"

namespace stakemap::cli {

int run_set(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap set",
                           "Change fields of a record: set org ID FIELD=VALUE..., set territory ID ..., set flow "
                           "FLOW|FROM TO ..., set need TERRITORY NEED [REPORTED_BY] .... FIELD= clears a field. "
                           "The record is checked whole like an imported row; nothing is written on an error.");
  add_global_options(options);
  add_origin_options(options);
  // clang-format off
  options.add_options()
    ("what", "org, territory, flow or need", cxxopts::value<std::string>())
    ("words", "the record, then FIELD=VALUE...", cxxopts::value<std::vector<std::string>>());
  // clang-format on
  options.parse_positional({"what", "words"});
  options.positional_help("org|territory|flow|need REF FIELD=VALUE...");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  auto entity = entity_named(r.count("what") ? r["what"].as<std::string>() : "");
  auto words = r.count("words") ? r["words"].as<std::vector<std::string>>() : std::vector<std::string>{};
  edit::Ref ref;
  std::vector<edit::Assignment> fields;
  for (const auto& w : words) {
    if (fields.empty() && w.find('=') == std::string::npos) ref.push_back(w);
    else fields.push_back(edit::parse_assignment(w));
  }
  auto store = open_map(ctx, store::Store::Mode::write);
  print_edit(ctx, edit::set(store, entity, ref, fields,
                            origin_of(r, command_line("set " + r["what"].as<std::string>(), words))));
  return 0;
}

}  // namespace stakemap::cli
