#include "analysis/silo_table.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "i18n/lang.hpp"

namespace stakemap::analysis {

TextList reasons_of(const Silo& silo, i18n::Lang lang) {
  TextList reasons;
  for (const auto& reason : silo.reasons) reasons.push_back(describe(reason, lang));
  return reasons;
}

std::string reasons_text(const Silo& silo, i18n::Lang lang) { return text::join(reasons_of(silo, lang), "; "); }

Table silo_profiles_table(const model::Map& map, const std::vector<SiloProfile>& profiles, i18n::Lang lang) {
  Table t;
  t.columns = {"id", "name", "level", "territories", "silo", "by_flows", "by_survey"};
  for (auto indicator : silo_indicators()) t.columns.push_back(column(indicator));
  t.columns.insert(t.columns.end(), {"reasons", "signals", "disagreement"});
  auto yes = [](bool b) { return Cell{std::string(b ? "yes" : "no")}; };
  const auto silos = silos_of(profiles);
  for (const auto& p : profiles) {
    const auto& o = map.organisations[p.org];
    std::vector<Cell> row{
        o.id, o.name_in(i18n::code(lang)), o.level, o.territories, yes(p.silo()), yes(p.by_flows), yes(p.by_survey)};
    TextList signals;
    for (auto indicator : silo_indicators()) {
      row.push_back(yes(p.has(indicator)));
      if (p.has(indicator)) signals.push_back(describe(indicator, lang) + ": " + explain(p, indicator, lang));
    }
    auto s = std::find_if(silos.begin(), silos.end(), [&](const auto& x) { return x.org == p.org; });
    row.emplace_back(s == silos.end() ? TextList() : reasons_of(*s, lang));
    row.emplace_back(std::move(signals));
    row.push_back(disagreement(p, lang));
    t.add(std::move(row));
  }
  return t;
}

}  // namespace stakemap::analysis
