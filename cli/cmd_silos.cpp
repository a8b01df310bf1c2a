// stakemap silos: the organisations in silo (the headline: they share no data voluntarily),
// the other signals as named indicators, where the survey and the flows disagree, and the
// silo share per territory and level.
#include <algorithm>
#include <cxxopts.hpp>
#include <ostream>

#include "analysis/silo_table.hpp"
#include "analysis/silos.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/layer_options.hpp"
#include "cli/org_filters.hpp"
#include "core/errors.hpp"
#include "i18n/messages.hpp"
#include "i18n/numbers.hpp"

namespace stakemap::cli {

namespace {

/// One row per silo; reasons in `lang`, joined by "; ".
Table silos_table(const model::Map& map, const std::vector<analysis::Silo>& silos, i18n::Lang lang) {
  Table t;
  t.columns = {"id", "name", "level", "territories", "reasons"};
  for (const auto& s : silos) {
    const auto& o = map.organisations[s.org];
    t.add({o.id, o.name_in(i18n::code(lang)), o.level, o.territories, analysis::reasons_text(s, lang)});
  }
  return t;
}

/// One row per indicator: its column name, how many organisations show it, what it means.
Table indicators_table(const std::vector<analysis::SiloProfile>& profiles, i18n::Lang lang) {
  Table t;
  t.columns = {"indicator", "organisations", "meaning"};
  for (auto indicator : analysis::silo_indicators()) {
    auto n = std::count_if(profiles.begin(), profiles.end(), [&](const auto& p) { return p.has(indicator); });
    t.add({analysis::column(indicator), static_cast<long long>(n), analysis::describe(indicator, lang)});
  }
  return t;
}

Table disagreements_table(const model::Map& map, const std::vector<analysis::SiloProfile>& profiles, i18n::Lang lang) {
  Table t;
  t.columns = {"id", "name", "disagreement"};
  for (const auto& p : profiles)
    if (p.disagrees)
      t.add({map.organisations[p.org].id, map.organisations[p.org].name_in(i18n::code(lang)),
             analysis::disagreement(p, lang)});
  return t;
}

Table share_table(const std::vector<analysis::SiloShare>& shares, const std::string& by) {
  Table t;
  t.columns = {by, "organisations", "silos", "share"};
  for (const auto& s : shares)
    t.add({s.group, static_cast<long long>(s.organisations), static_cast<long long>(s.silos), s.share});
  return t;
}

std::string silo_headline(const std::vector<analysis::SiloProfile>& profiles, i18n::Lang lang) {
  const auto silos = std::count_if(profiles.begin(), profiles.end(), [](const auto& p) { return p.silo(); });
  const auto total = std::ssize(profiles);
  if (silos == 0) return i18n::text("cli.silos.none", lang);
  return i18n::plural(
      "cli.silos.headline", silos, lang,
      {{"total", total}, {"share", i18n::percent(total ? static_cast<double>(silos) / total : 0, lang)}});
}

}  // namespace

int run_silos(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap silos",
                           "Organisations in silo (they share no data voluntarily), the other signals as named "
                           "indicators, and the silo share per territory and level (see docs/metrics.md).");
  add_global_options(options);
  add_layer_options(options);
  add_org_filter_options(options);
  // clang-format off
  options.add_options()
    ("view", "silos, indicators, disagreements, territory or level (default: all on a terminal; silos with --format csv|json, one record per organisation)",
     cxxopts::value<std::string>());
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string view = r.count("view") ? r["view"].as<std::string>() : "";
  const std::vector<std::string> views{"silos", "indicators", "disagreements", "territory", "level"};
  if (!view.empty() && std::find(views.begin(), views.end(), view) == views.end())
    throw UsageError("unknown --view '" + view + "' (allowed: silos, indicators, disagreements, territory, level)");
  auto map = load_map(ctx);
  auto layer = layer_from(r);
  auto survey = silo_survey(ctx);
  auto profiles = analysis::silo_profiles(map, layer, graph::build(map, layer), survey);
  // Every organisation is judged on the whole layer; the filters only choose whom to show.
  const auto keep = org_filter(map, r);
  if (keep) std::erase_if(profiles, [&](const auto& p) { return !(*keep)[p.org]; });
  auto silos = analysis::silos_of(profiles);
  auto show = [&](Table t, const std::string& heading, const std::string& sheet) {
    t.title = i18n::text("cli.title.layer", ctx.lang, {{"title", heading}, {"layer", layer.describe()}});
    ctx.print(t, sheet);
  };
  auto show_share = [&](const std::string& by) {
    show(share_table(analysis::silo_shares(map, silos, by, keep ? &*keep : nullptr), by),
         i18n::text("cli.silos.share." + by, ctx.lang), by);
  };
  auto show_view = [&](const std::string& v) {  // one --view as csv and json give it
    if (v == "territory" || v == "level") show_share(v);
    else if (v == "indicators")
      show(indicators_table(profiles, ctx.lang), i18n::text("cli.silos.indicators", ctx.lang), v);
    else if (v == "disagreements")
      show(disagreements_table(map, profiles, ctx.lang), i18n::text("cli.silos.disagreements", ctx.lang), v);
    else
      show(analysis::silo_profiles_table(map, profiles, ctx.lang), i18n::text("cli.silos.organisations", ctx.lang),
           "silos");
  };
  if (view.empty() && ctx.workbook()) {  // every view, a sheet each
    for (const auto& v : views)
      if (v != "disagreements" || !survey.empty()) show_view(v);
    return 0;
  }
  if (view.empty() && ctx.format == TableFormat::table) {
    *ctx.out << silo_headline(profiles, ctx.lang) << "\n";
    if (!survey.empty()) {
      auto count = [&](auto pred) { return std::count_if(profiles.begin(), profiles.end(), pred); };
      *ctx.out << i18n::text("cli.silos.headline.survey", ctx.lang,
                             {{"flows", count([](const auto& p) { return p.by_flows; })},
                              {"survey", count([](const auto& p) { return p.by_survey; })},
                              {"disagree", count([](const auto& p) { return p.disagrees; })}})
               << "\n";
    }
    *ctx.out << "\n";
    show(silos_table(map, silos, ctx.lang),
         i18n::plural("cli.silos.title", std::ssize(profiles), ctx.lang, {{"silos", silos.size()}}), "silos");
    *ctx.out << "\n";
    show_view("indicators");
    if (!survey.empty()) {
      *ctx.out << "\n";
      show_view("disagreements");
    }
    *ctx.out << "\n";
    show_share("territory");
    *ctx.out << "\n";
    show_share("level");
    return 0;
  }
  show_view(view);
  return 0;
}

}  // namespace stakemap::cli
