// The report's key findings: plain-language sentences generated from the analyses.
#include <algorithm>
#include <cstdio>

#include "analysis/presence.hpp"
#include "i18n/messages.hpp"
#include "i18n/numbers.hpp"
#include "model/taxonomy.hpp"
#include "report/report_data.hpp"
#include "report/report_html.hpp"

namespace stakemap::report {

namespace {

Finding silo_finding(const ReportData& d) {
  const auto lang = d.lang();
  int n = static_cast<int>(d.map.organisations.size());
  const auto silos = std::ssize(d.a.drawn.silos);
  const double share = n ? static_cast<double>(silos) / n : 0;
  Finding f{"silos", "", {{"silos", static_cast<double>(silos)}, {"organisations", n}, {"share", share}}, {}};
  for (const auto& s : d.a.drawn.silos) f.names.push_back(d.map.organisations[s.org].id);
  f.sentence = silos == 0
                   ? i18n::text("report.f.nosilos", lang)
                   : i18n::plural("report.f.silos", silos, lang, {{"total", n}, {"share", i18n::percent(share, lang)}});
  // Those in silo only by their survey answer share voluntarily by the flows: say so.
  const auto by_survey = std::count_if(d.a.drawn.silos.begin(), d.a.drawn.silos.end(), [](const auto& s) {
    return std::all_of(s.reasons.begin(), s.reasons.end(),
                       [](const auto& r) { return r.kind == analysis::SiloReasonKind::said_in_silo; });
  });
  f.figures.emplace_back("by_survey_only", static_cast<double>(by_survey));
  if (by_survey > 0) f.sentence += " " + i18n::plural("report.f.silos.survey", by_survey, lang);
  return f;
}

Finding cut_finding(const ReportData& d) {
  const auto& cut = d.a.structure.articulation_points;
  Finding f{"cut_points", "", {{"cut_points", static_cast<double>(cut.size())}}, {}};
  if (cut.empty()) {
    f.sentence = i18n::text("report.f.nocut", d.lang());
    return f;
  }
  // The cut points whose removal detaches the most organisations come first: rank by degree.
  std::vector<int> ranked(cut.begin(), cut.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](int a, int b) { return d.a.centrality.betweenness[a] > d.a.centrality.betweenness[b]; });
  std::vector<std::string> names;
  for (std::size_t i = 0; i < ranked.size() && i < 5; ++i) names.push_back(d.name(ranked[i]));
  if (ranked.size() > 5) names.push_back("… (+" + std::to_string(ranked.size() - 5) + ")");
  for (int v : ranked) f.names.push_back(d.map.organisations[v].id);
  f.sentence = i18n::text("report.f.cut", d.lang(), {{"names", i18n::list(names, d.lang())}});
  return f;
}

Finding gap_finding(const ReportData& d) {
  const auto& m = d.a.coverage;
  auto examples = [&](analysis::CellClass cls) {
    std::vector<std::string> out;
    for (std::size_t r = 0; r < m.rows.size(); ++r)
      for (std::size_t c = 0; c < m.codes.size(); ++c)
        if (m.cell(r, c).cls == cls && out.size() < 3)
          out.push_back(analysis::short_label(d.map.taxonomy(), "domain", m.codes[c], i18n::code(d.lang())) + " — " +
                        d.map.territories[m.rows[r]].name_in(i18n::code(d.lang())));
    return i18n::list(out, d.lang());
  };
  auto gaps = m.count(analysis::CellClass::gap);
  auto federal = m.count(analysis::CellClass::federal_only);
  Finding f{"coverage",
            "",
            {{"gap_cells", static_cast<double>(gaps)}, {"federal_only_cells", static_cast<double>(federal)}},
            {}};
  if (gaps > 0)
    f.sentence = i18n::plural("report.f.gaps", static_cast<long long>(gaps), d.lang(),
                              {{"examples", examples(analysis::CellClass::gap)},
                               {"federal", i18n::plural("report.f.gaps.federal", static_cast<long long>(federal),
                                                        d.lang(), {{"national", d.national()}})}});
  else if (federal > 0)
    f.sentence = i18n::plural("report.f.nogaps", static_cast<long long>(federal), d.lang(),
                              {{"examples", examples(analysis::CellClass::federal_only)}, {"national", d.national()}});
  return f;
}

Finding needs_finding(const ReportData& d) {
  std::vector<std::string> parts;
  int unmet = 0;
  for (const auto& row : d.a.needs.rows) {
    if (row.status != analysis::NeedStatus::unmet) continue;
    ++unmet;
    if (parts.size() >= 3) continue;
    std::string s = analysis::short_label(d.map.taxonomy(), "service", row.need, i18n::code(d.lang())) + " — " +
                    d.map.territories[row.territory].name_in(i18n::code(d.lang()));
    if (row.weight) s += " (" + i18n::decimal(*row.weight, 0, d.lang()) + ")";
    parts.push_back(s);
  }
  Finding f{"needs", "", {{"unmet_needs", unmet}}, {}};
  if (!parts.empty()) f.sentence = i18n::text("report.f.needs", d.lang(), {{"needs", i18n::list(parts, d.lang())}});
  return f;
}

Finding obstacle_finding(const ReportData& d) {
  const analysis::ObstacleShare* top = nullptr;
  for (const auto& row : d.a.obstacles.rows)
    if (!top || row.organisations > top->organisations) top = &row;
  if (!top || top->organisations == 0) return {"obstacle", "", {}, {}};
  int held = 0;
  for (const auto& f : d.a.obstacles.flows)
    if (f.obstacle == top->obstacle) held = static_cast<int>(f.blocked.size() + f.desired.size());
  return {"obstacle",
          i18n::text(
              "report.f.obstacle", d.lang(),
              {{"obstacle", analysis::short_label(d.map.taxonomy(), "obstacle", top->obstacle, i18n::code(d.lang()))},
               {"share", i18n::percent(top->share, d.lang())},
               {"named", top->organisations},
               {"base", top->base},
               {"held", i18n::plural("count.flows", held, d.lang())}}),
          {{"named", top->organisations}, {"base", top->base}, {"share", top->share}, {"flows_held", held}},
          {top->obstacle}};
}

Finding keyplayer_finding(const ReportData& d) {
  Finding f{"key_players", "", {}, {}};
  if (d.a.key_players.members.empty()) return f;
  std::vector<std::string> names;
  for (const auto& m : d.a.key_players.members) {
    names.push_back(d.name(m.org));
    f.names.push_back(d.map.organisations[m.org].id);
  }
  int others = d.a.graph.n - static_cast<int>(names.size());
  f.figures = {
      {"key_players", static_cast<double>(names.size())}, {"reached", d.a.key_players.reached}, {"others", others}};
  f.sentence = i18n::plural("report.f.keyplayers", others, d.lang(),
                            {{"names", i18n::list(names, d.lang())}, {"reached", d.a.key_players.reached}});
  return f;
}

Finding hub_finding(const ReportData& d) {
  int willing = 0;
  for (const auto& o : d.map.organisations) willing += o.willing == "yes";
  Finding f{"platform", "", {}, {}};
  if (willing == 0) return f;
  const auto &b = d.a.hub.before, &a = d.a.hub.after;
  f.figures = {{"willing_organisations", willing},
               {"path_before", b.average_path_length},
               {"path_after", a.average_path_length},
               {"silos_before", b.silos},
               {"silos_after", a.silos},
               {"components_before", b.weak_components},
               {"components_after", a.weak_components}};
  // The components are named only when the platform changes their number.
  bool same = d.a.hub.before.weak_components == d.a.hub.after.weak_components;
  i18n::Args args{{"path_before", i18n::decimal(d.a.hub.before.average_path_length, 2, d.lang())},
                  {"path_after", i18n::decimal(d.a.hub.after.average_path_length, 2, d.lang())},
                  {"silos_before", d.a.hub.before.silos},
                  {"silos_after", d.a.hub.after.silos}};
  if (same) {
    f.sentence = i18n::plural("report.f.hub.same", willing, d.lang(), args);
    return f;
  }
  args.emplace_back("components_before", d.a.hub.before.weak_components);
  args.emplace_back("components_after", d.a.hub.after.weak_components);
  f.sentence = i18n::plural("report.f.hub", willing, d.lang(), args);
  return f;
}

}  // namespace

std::vector<Finding> findings(const ReportData& d) {
  int active = 0, desired = 0, blocked = 0;
  for (const auto& f : d.map.flows) {
    active += f.status == "active";
    desired += f.status == "desired";
    blocked += f.status == "blocked";
  }
  const auto lang = d.lang();
  Finding size{
      "size",
      i18n::text("report.f.size", lang,
                 {{"organisations", i18n::plural("count.organisations", std::ssize(d.map.organisations), lang)},
                  {"flows", i18n::plural("count.flows", std::ssize(d.map.flows), lang)},
                  {"active", i18n::plural("count.flows.active", active, lang)},
                  {"desired", i18n::plural("count.flows.desired", desired, lang)},
                  {"blocked", i18n::plural("count.flows.blocked", blocked, lang)}}),
      {{"organisations", static_cast<double>(d.map.organisations.size())},
       {"flows", static_cast<double>(d.map.flows.size())},
       {"active", active},
       {"desired", desired},
       {"blocked", blocked}},
      {}};
  std::vector<Finding> out{size,
                           silo_finding(d),
                           cut_finding(d),
                           gap_finding(d),
                           needs_finding(d),
                           obstacle_finding(d),
                           keyplayer_finding(d),
                           hub_finding(d)};
  std::erase_if(out, [](const Finding& f) { return f.sentence.empty(); });
  return out;
}

}  // namespace stakemap::report
