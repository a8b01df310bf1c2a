#include "cli/metric_sheets.hpp"

#include <string>

#include "analysis/coverage.hpp"
#include "analysis/coverage_grid.hpp"
#include "analysis/obstacles.hpp"
#include "analysis/silo_table.hpp"
#include "cli/common.hpp"
#include "graph/digraph.hpp"
#include "i18n/lang.hpp"
#include "interop/export.hpp"
#include "interop/xlsx_book.hpp"
#include "store/answers.hpp"
#include "survey/answer_store.hpp"
#include "survey/summary.hpp"

namespace stakemap::cli {

namespace {

void add_coverage(std::vector<interop::Sheet>& sheets, const model::Map& map, i18n::Lang lang) {
  if (map.territories.empty()) return;  // as `gaps coverage`, which needs territories
  const auto m = analysis::coverage(map);
  interop::Sheet grid{"coverage", analysis::coverage_class_table(map, m, i18n::code(lang)), {}, 2};
  for (auto c : analysis::kCellClasses) grid.fills.emplace_back(analysis::class_code(c), analysis::class_colour(c));
  interop::Sheet legend{"coverage legend", analysis::coverage_legend_table(map, m, lang), grid.fills, 0};
  sheets.push_back(std::move(grid));
  sheets.push_back(std::move(legend));
  sheets.push_back({"coverage cells", analysis::coverage_cells_table(map, m, i18n::code(lang)), {}, 0});
}

void add_survey(std::vector<interop::Sheet>& sheets, const store::Store& store, i18n::Lang lang) {
  const auto stored = store::stored_questionnaires(store);
  for (const auto& id : stored) {
    const auto q = survey::load_saved_questionnaire(store, id);
    const auto summaries = survey::summarise(q, survey::load_answers(store, q), {{}, "", i18n::code(lang)});
    sheets.push_back({stored.size() == 1 ? "survey" : interop::sheet_name("survey " + id),
                      survey::summary_records(q, summaries),
                      {},
                      0});
  }
}

}  // namespace

std::vector<interop::Sheet> metric_sheets(const Context& ctx, const store::Store& store, const model::Map& map,
                                          const interop::Metrics& metrics, const graph::Layer& layer) {
  std::vector<interop::Sheet> sheets;
  sheets.push_back({"centrality", interop::metrics_table(map, metrics), {}, 0});
  const auto profiles = analysis::silo_profiles(map, layer, graph::build(map, layer), silo_survey(store));
  sheets.push_back({"silos", analysis::silo_profiles_table(map, profiles, ctx.lang), {}, 0});
  add_coverage(sheets, map, ctx.lang);
  const auto obstacles = analysis::obstacles(map);
  sheets.push_back({"obstacles", analysis::obstacles_table(map.taxonomy(), obstacles, i18n::code(ctx.lang)), {}, 0});
  add_survey(sheets, store, ctx.lang);
  return sheets;
}

}  // namespace stakemap::cli
