// stakemap gaps coverage|needs|flows: who does what where (and where nobody does), needs
// against services, and wanted-but-missing flows. Definitions: docs/gaps.md.
#include <cxxopts.hpp>
#include <ostream>
#include <sstream>

#include "analysis/coverage.hpp"
#include "analysis/empty_reasons.hpp"
#include "analysis/flow_gaps.hpp"
#include "analysis/needs_gaps.hpp"
#include "analysis/recommended_links.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/errors.hpp"
#include "core/escape.hpp"
#include "core/text.hpp"
#include "i18n/messages.hpp"

namespace stakemap::cli {

namespace {

analysis::ActorFilter actors_from(const cxxopts::ParseResult& r) {
  analysis::ActorFilter f{r["role"].as<std::string>(), r["population"].as<std::string>()};
  f.validate();
  return f;
}

void run_coverage(const Context& ctx, const model::Map& map, const cxxopts::ParseResult& r) {
  analysis::CoverageOptions opt;
  opt.facet = r["facet"].as<std::string>();
  opt.at = r["at"].as<std::string>();
  if (r.count("territory")) opt.within = r["territory"].as<std::string>();
  if (r.count("codes")) opt.codes = text::split_list(r["codes"].as<std::string>(), ',');
  opt.actors = actors_from(r);
  if (map.territories.empty()) throw InputError("the map has no territories: coverage needs a territories.csv");
  auto m = analysis::coverage(map, opt);
  if (ctx.format != TableFormat::table) {
    ctx.print(analysis::coverage_cells_table(map, m, i18n::code(ctx.lang), r.count("orgs") > 0), "coverage");
    return;
  }
  auto t = analysis::coverage_matrix_table(map, m, i18n::code(ctx.lang));
  t.title = i18n::plural("cli.coverage.title", static_cast<long long>(m.rows.size()), ctx.lang,
                         {{"at", m.at}, {"codes", m.codes.size()}, {"facet", m.facet}});
  ctx.print(t);
  using analysis::CellClass;
  const auto national = map.taxonomy().national_phrase(i18n::code(ctx.lang));
  *ctx.out << "\n"
           << i18n::text("cli.coverage.legend", ctx.lang, {{"national", national}}) << "\n"
           << i18n::text("cli.coverage.cells", ctx.lang,
                         {{"national", national},
                          {"gap", m.count(CellClass::gap)},
                          {"federal", m.count(CellClass::federal_only)},
                          {"higher", m.count(CellClass::higher_level_only)},
                          {"siloed", m.count(CellClass::siloed)},
                          {"covered", m.count(CellClass::covered)},
                          {"total", m.cells.size()}})
           << "\n";
}

/// Prints `t`; an empty terminal table is replaced by its title and `why` it is empty (csv and
/// json keep their header or empty array for scripts).
void print_or_why(const Context& ctx, const Table& t, const std::string& why, const std::string& sheet) {
  if (ctx.format != TableFormat::table || !t.rows.empty() || why.empty()) return ctx.print(t, sheet);
  if (!t.title.empty()) *ctx.out << t.title << "\n";
  *ctx.out << why << "\n";
}

void run_needs(const Context& ctx, const model::Map& map, const cxxopts::ParseResult& r) {
  analysis::NeedsOptions opt;
  opt.actors = actors_from(r);
  opt.thin_below = r["thin"].as<int>();
  auto g = analysis::needs_gaps(map, opt);
  auto t = analysis::needs_table(map, g, i18n::code(ctx.lang), r.count("all") > 0, r.count("orgs") > 0);
  t.title = i18n::text(r.count("all") ? "cli.needs.title.all" : "cli.needs.title", ctx.lang, {{"thin", g.thin_below}});
  print_or_why(ctx, t, analysis::why_no_needs(map, t.rows.size(), ctx.lang), "needs");
}

void print_section(const Context& ctx, const std::string& name, const Table& t, bool first, const std::string& why) {
  if (ctx.format == TableFormat::json) {
    std::ostringstream s;
    print_json(s, t);
    std::string body = s.str();
    while (!body.empty() && body.back() == '\n') body.pop_back();
    *ctx.out << (first ? "{" : ",\n ") << escape::json(name) << ": " << body;
  } else {
    if (!first && !ctx.workbook()) *ctx.out << "\n";
    print_or_why(ctx, t, why, name);
  }
}

void run_flows(const Context& ctx, const model::Map& map, const cxxopts::ParseResult& r) {
  std::string section = r.count("section") ? r["section"].as<std::string>() : "";
  if (!section.empty() && section != "blocked" && section != "recommended" && section != "unconfirmed")
    throw UsageError("unknown gaps flows section '" + section + "' (allowed: blocked, recommended, unconfirmed)");
  if (section.empty() && ctx.format == TableFormat::csv && !ctx.workbook())
    throw UsageError("gaps flows --format csv needs a section: blocked, recommended or unconfirmed");
  analysis::RecommendOptions ro;
  ro.actors = actors_from(r);
  ro.limit = r["limit"].as<std::size_t>();
  ro.min_score = r["min-score"].as<double>();
  ro.per_organisation = r["per-org"].as<std::size_t>();
  ro.lang = ctx.lang;
  auto g = analysis::flow_gaps(map);
  bool first = true;
  auto show = [&](const std::string& name, Table t, const std::string& title) {
    if (!section.empty() && section != name) return;
    t.title = title;
    std::string why;
    if (name == "blocked") why = analysis::why_no_blocked(t.rows.size(), ctx.lang);
    if (name == "recommended") why = analysis::why_no_recommended(map, t.rows.size(), ctx.lang);
    print_section(ctx, name, t, first, why);
    first = false;
  };
  show("blocked", analysis::blocked_flows_table(map, g),
       i18n::text("cli.flows.blocked", ctx.lang, {{"blocked", g.blocked}, {"desired", g.desired}}));
  if (section.empty() || section == "recommended") {
    analysis::RecommendCounts counts;
    show("recommended", analysis::recommended_links_table(map, analysis::recommend_links(map, ro, &counts)),
         i18n::text("cli.flows.recommended", ctx.lang));
    // The bound is said below the table in a terminal, on stderr where scripts read csv/json.
    if (counts.cut > 0)
      ctx.notes() << i18n::plural("cli.flows.recommended_cut", counts.cut, ctx.lang, {{"bound", ro.per_organisation}})
                  << "\n";
  }
  show("unconfirmed", analysis::unconfirmed_table(map, g), i18n::text("cli.flows.unconfirmed", ctx.lang));
  if (ctx.format == TableFormat::json) *ctx.out << "\n}\n";
}

}  // namespace

int run_gaps(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap gaps", "Coverage gaps, needs without services, flows wanted but missing.");
  add_global_options(options);
  // clang-format off
  options.add_options()
    ("what", "coverage, needs or flows", cxxopts::value<std::string>())
    ("section", "flows: blocked, recommended or unconfirmed (default: all three)", cxxopts::value<std::string>())
    ("facet", "coverage: columns are codes of domain, public or service", cxxopts::value<std::string>()->default_value("domain"))
    ("at", "coverage: rows are leaf territories or territories of a kind (province, region, community, ...)",
     cxxopts::value<std::string>()->default_value("leaf"))
    ("territory", "coverage: only rows at or below this territory", cxxopts::value<std::string>())
    ("codes", "coverage: only these codes, comma-separated", cxxopts::value<std::string>())
    ("role", "count only first-line or secondary actors (each includes 'both'), or any",
     cxxopts::value<std::string>()->default_value("any"))
    ("population", "all, or ukraine: only organisations serving displaced persons from Ukraine",
     cxxopts::value<std::string>()->default_value("all"))
    ("orgs", "coverage, needs: add the covering organisation ids (csv/json)")
    ("thin", "needs: a need met by fewer organisations than this is thin", cxxopts::value<int>()->default_value("2"))
    ("all", "needs: list met needs too")
    ("limit", "flows: recommended links to show (0 = all)", cxxopts::value<std::size_t>()->default_value("20"))
    ("min-score", "flows: drop recommended links scoring below", cxxopts::value<double>()->default_value("0"))
    ("per-org", "flows, with --limit 0: keep each organisation's best N recommended links (the memory bound)",
     cxxopts::value<std::size_t>()->default_value("50"));
  // clang-format on
  options.parse_positional({"what", "section"});
  options.positional_help("coverage|needs|flows [blocked|recommended|unconfirmed]");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string what = r.count("what") ? r["what"].as<std::string>() : "";
  if (what != "coverage" && what != "needs" && what != "flows")
    throw UsageError("gaps needs what to analyse: coverage, needs or flows");
  if (what != "flows" && r.count("section"))
    throw UsageError("unexpected argument '" + r["section"].as<std::string>() + "'");
  actors_from(r);  // check the filters before opening the map
  auto map = load_map(ctx);
  if (what == "coverage") run_coverage(ctx, map, r);
  else if (what == "needs") run_needs(ctx, map, r);
  else run_flows(ctx, map, r);
  return 0;
}

}  // namespace stakemap::cli
