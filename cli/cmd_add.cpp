// stakemap add org|territory|flow|need ...: adds one record, checked like an import row.
#include <cxxopts.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/edit_common.hpp"
#include "core/errors.hpp"

namespace stakemap::cli {

int run_add(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap add",
                           "Add a record: org ID --name NAME, territory ID --kind KIND --name NAME, flow FROM TO, "
                           "need TERRITORY SERVICE; more fields with --set FIELD=VALUE (fields as in "
                           "docs/dataset.md, lists with '|'). Checked like an imported row; nothing is written "
                           "on an error.");
  add_global_options(options);
  add_origin_options(options);
  // clang-format off
  options.add_options()
    ("what", "org, territory, flow or need", cxxopts::value<std::string>())
    ("words", "the record's id (org, territory), FROM TO (flow), TERRITORY NEED (need)",
     cxxopts::value<std::vector<std::string>>())
    ("name", "the name (org, territory)", cxxopts::value<std::string>())
    ("kind", "the kind (territory: country, region, ...; org: a kind code)", cxxopts::value<std::string>())
    ("set", "FIELD=VALUE, as often as needed", cxxopts::value<std::vector<std::string>>());
  // clang-format on
  options.parse_positional({"what", "words"});
  options.positional_help("org|territory|flow|need ID...");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  auto entity = entity_named(r.count("what") ? r["what"].as<std::string>() : "");
  auto words = r.count("words") ? r["words"].as<std::vector<std::string>>() : std::vector<std::string>{};
  std::vector<edit::Assignment> fields;
  for (const char* field : {"name", "kind"})
    if (r.count(field)) fields.push_back({field, r[field].as<std::string>()});
  if (r.count("set"))
    for (const auto& s : r["set"].as<std::vector<std::string>>()) fields.push_back(edit::parse_assignment(s));
  auto store = open_map(ctx, store::Store::Mode::write);
  auto origin = origin_of(r, command_line("add " + r["what"].as<std::string>(), words));
  print_edit(ctx, edit::add(store, entity, words, fields, origin));
  return 0;
}

}  // namespace stakemap::cli
