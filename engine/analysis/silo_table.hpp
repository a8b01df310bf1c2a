#pragma once
// The silo analysis as tables: what `stakemap silos` prints and the xlsx export's silos sheet.
#include <string>
#include <vector>

#include "analysis/silos.hpp"
#include "core/table.hpp"
#include "i18n/lang.hpp"
#include "model/map.hpp"

namespace stakemap::analysis {

/// A silo's reasons in `lang`.
TextList reasons_of(const Silo& silo, i18n::Lang lang);
/// A silo's reasons in `lang`, joined by "; " (for a terminal).
std::string reasons_text(const Silo& silo, i18n::Lang lang);

/// One row per organisation of `profiles`: id, name, level, territories (a list), the headline
/// (silo, by_flows, by_survey: yes/no), one yes/no column per indicator, then reasons (the
/// headline's, a list), signals (a list: each indicator shown, with its explanation) and
/// disagreement, in `lang`.
/// O(profiles · (silos + indicators)).
Table silo_profiles_table(const model::Map& map, const std::vector<SiloProfile>& profiles, i18n::Lang lang);

}  // namespace stakemap::analysis
