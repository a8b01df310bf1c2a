// stakemap silos: organisations that work in silo, with plain-language reasons, and the
// silo share per territory and level.
#include <cxxopts.hpp>
#include <ostream>

#include "analysis/silos.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/layer_options.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "i18n/messages.hpp"

namespace stakemap::cli {

namespace {

/// One row per silo; reasons in `lang`, joined by "; ".
Table silos_table(const model::Map& map, const std::vector<analysis::Silo>& silos, i18n::Lang lang) {
  Table t;
  t.columns = {"org", "name", "level", "territories", "reasons"};
  for (const auto& s : silos) {
    const auto& o = map.organisations[s.org];
    std::vector<std::string> reasons;
    for (const auto& reason : s.reasons) reasons.push_back(analysis::describe(reason, lang));
    t.add({o.id, o.name, o.level, text::join(o.territories), text::join(reasons, "; ")});
  }
  return t;
}

Table share_table(const std::vector<analysis::SiloShare>& shares, const std::string& by) {
  Table t;
  t.columns = {by, "organisations", "silos", "share"};
  for (const auto& s : shares)
    t.add({s.group, static_cast<long long>(s.organisations), static_cast<long long>(s.silos), s.share});
  return t;
}

}  // namespace

int run_silos(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap silos",
                           "Organisations that work in silo, each with its reasons, and the silo share per "
                           "territory and level (see docs/metrics.md).");
  add_global_options(options);
  add_layer_options(options);
  // clang-format off
  options.add_options()
    ("view", "silos, territory or level (default: all three on a terminal table; silos with --format csv|json)",
     cxxopts::value<std::string>());
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string view = r.count("view") ? r["view"].as<std::string>() : "";
  if (!view.empty() && view != "silos" && view != "territory" && view != "level")
    throw UsageError("unknown --view '" + view + "' (allowed: silos, territory, level)");
  auto map = load_map(ctx);
  auto layer = layer_from(r);
  auto silos = analysis::find_silos(map, layer);
  auto show = [&](Table t, const std::string& heading) {
    t.title = i18n::text("cli.title.layer", ctx.lang, {{"title", heading}, {"layer", layer.describe()}});
    ctx.print(t);
  };
  auto show_share = [&](const std::string& by) {
    show(share_table(analysis::silo_shares(map, silos, by), by), i18n::text("cli.silos.share." + by, ctx.lang));
  };
  if (view.empty() && ctx.format == TableFormat::table) {
    show(silos_table(map, silos, ctx.lang),
         i18n::plural("cli.silos.title", static_cast<long long>(map.organisations.size()), ctx.lang,
                      {{"silos", silos.size()}}));
    *ctx.out << "\n";
    show_share("territory");
    *ctx.out << "\n";
    show_share("level");
    return 0;
  }
  if (view == "territory" || view == "level") show_share(view);
  else show(silos_table(map, silos, ctx.lang), i18n::text("cli.silos.list", ctx.lang));
  return 0;
}

}  // namespace stakemap::cli
