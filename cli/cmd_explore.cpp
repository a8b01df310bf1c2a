// stakemap explore: the interactive map, one self-contained offline HTML file.
#include <cxxopts.hpp>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/layer_options.hpp"
#include "core/errors.hpp"
#include "explore/explore_page.hpp"
#include "i18n/messages.hpp"
#include "io/output_file.hpp"

namespace stakemap::cli {

int run_explore(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap explore",
                           "Write the interactive map: one HTML file that works offline, with no server "
                           "(pan, zoom, search, filters, profiles; docs/explore.md).");
  add_global_options(options);
  add_layer_options(options, "any");
  // clang-format off
  options.add_options()
    ("o,output", "the HTML file to write; - writes to standard output", cxxopts::value<std::string>())
    ("view", "map, gaps, ego:ORG[:RADIUS], territory:ID or community:N", cxxopts::value<std::string>()->default_value("map"))
    ("layout", "auto, dot, sfdp, neato, circo, fdp or groups (as `stakemap render --layout`)",
     cxxopts::value<std::string>()->default_value("auto"))
    ("title", "title of the page (default: the view's title)", cxxopts::value<std::string>());
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  if (!r.count("output")) throw UsageError("explore needs an output file: -o map.html");
  const std::string path = r["output"].as<std::string>();
  check_output(path);  // refused before the layout, not after

  explore::ExploreInput in;
  in.view = render::ViewSpec::parse(r["view"].as<std::string>());
  if (in.view.kind == render::ViewSpec::Kind::obstacles)
    throw UsageError(
        "explore has the views map, gaps, ego:ORG, territory:ID and community:N, not 'obstacles' "
        "(filter by obstacle in the page)");
  in.layer = layer_from(r);
  in.lang = ctx.lang;
  in.layout = r["layout"].as<std::string>();
  in.title = r.count("title") ? r["title"].as<std::string>() : "";
  auto store = open_map(ctx, store::Store::Mode::read);
  auto map = load_map(store);
  in.map = &map;
  in.silo_survey = silo_survey(store);
  store::LayoutCache kept(store);
  const auto cache = kept_results(kept);
  in.cache = &cache;
  auto page = explore::explore_page(in);
  if (!write_output(ctx, path, page.html)) return 1;
  if (!ctx.quiet)
    *ctx.err << i18n::text("cli.explore.wrote", ctx.lang,
                           {{"path", output_name(ctx, path)},
                            {"organisations", i18n::plural("count.organisations", page.organisations, ctx.lang)},
                            {"flows", i18n::plural("count.flows", page.flows, ctx.lang)},
                            {"layout", page.layout}})
             << "\n";
  return 0;
}

}  // namespace stakemap::cli
