// The report's key findings: plain-language sentences generated from the analyses.
#include <algorithm>
#include <cstdio>

#include "analysis/presence.hpp"
#include "i18n/messages.hpp"
#include "model/taxonomy.hpp"
#include "report/report_data.hpp"
#include "report/report_html.hpp"

namespace stakemap::report {

namespace {

std::string fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string silo_sentence(const ReportData& d) {
  const auto lang = d.lang();
  if (d.a.drawn.silos.empty()) return i18n::text("report.f.nosilos", lang);
  int n = static_cast<int>(d.map.organisations.size());
  const auto silos = std::ssize(d.a.drawn.silos);
  return i18n::plural("report.f.silos", silos, lang,
                      {{"total", n}, {"share", html::percent(n ? static_cast<double>(silos) / n : 0)}});
}

std::string cut_sentence(const ReportData& d) {
  const auto& cut = d.a.structure.articulation_points;
  if (cut.empty()) return i18n::text("report.f.nocut", d.lang());
  // The cut points whose removal detaches the most organisations come first: rank by degree.
  std::vector<int> ranked(cut.begin(), cut.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](int a, int b) { return d.a.centrality.betweenness[a] > d.a.centrality.betweenness[b]; });
  std::vector<std::string> names;
  for (std::size_t i = 0; i < ranked.size() && i < 5; ++i) names.push_back(d.name(ranked[i]));
  if (ranked.size() > 5) names.push_back("… (+" + std::to_string(ranked.size() - 5) + ")");
  return i18n::text("report.f.cut", d.lang(), {{"names", i18n::list(names, d.lang())}});
}

std::string gap_sentence(const ReportData& d) {
  const auto& m = d.a.coverage;
  auto examples = [&](analysis::CellClass cls) {
    std::vector<std::string> out;
    for (std::size_t r = 0; r < m.rows.size(); ++r)
      for (std::size_t c = 0; c < m.codes.size(); ++c)
        if (m.cell(r, c).cls == cls && out.size() < 3)
          out.push_back(analysis::short_label("domain", m.codes[c], i18n::code(d.lang())) + " — " +
                        d.map.territories[m.rows[r]].name_in(i18n::code(d.lang())));
    return i18n::list(out, d.lang());
  };
  auto gaps = m.count(analysis::CellClass::gap);
  auto federal = m.count(analysis::CellClass::federal_only);
  if (gaps > 0)
    return i18n::plural(
        "report.f.gaps", static_cast<long long>(gaps), d.lang(),
        {{"examples", examples(analysis::CellClass::gap)},
         {"federal", i18n::plural("report.f.gaps.federal", static_cast<long long>(federal), d.lang())}});
  if (federal == 0) return "";
  return i18n::plural("report.f.nogaps", static_cast<long long>(federal), d.lang(),
                      {{"examples", examples(analysis::CellClass::federal_only)}});
}

std::string needs_sentence(const ReportData& d) {
  std::vector<std::string> parts;
  for (const auto& row : d.a.needs.rows) {
    if (row.status != analysis::NeedStatus::unmet || parts.size() >= 3) continue;
    std::string s = analysis::short_label("service", row.need, i18n::code(d.lang())) + " — " +
                    d.map.territories[row.territory].name_in(i18n::code(d.lang()));
    if (row.weight) s += " (" + fixed(*row.weight, 0) + ")";
    parts.push_back(s);
  }
  if (parts.empty()) return "";
  return i18n::text("report.f.needs", d.lang(), {{"needs", i18n::list(parts, d.lang())}});
}

std::string obstacle_sentence(const ReportData& d) {
  const analysis::ObstacleShare* top = nullptr;
  for (const auto& row : d.a.obstacles.rows)
    if (!top || row.organisations > top->organisations) top = &row;
  if (!top || top->organisations == 0) return "";
  int held = 0;
  for (const auto& f : d.a.obstacles.flows)
    if (f.obstacle == top->obstacle) held = static_cast<int>(f.blocked.size() + f.desired.size());
  return i18n::text("report.f.obstacle", d.lang(),
                    {{"obstacle", analysis::short_label("obstacle", top->obstacle, i18n::code(d.lang()))},
                     {"share", html::percent(top->share)},
                     {"named", top->organisations},
                     {"base", top->base},
                     {"held", i18n::plural("count.flows", held, d.lang())}});
}

std::string keyplayer_sentence(const ReportData& d) {
  if (d.a.key_players.members.empty()) return "";
  std::vector<std::string> names;
  for (const auto& m : d.a.key_players.members) names.push_back(d.name(m.org));
  int others = d.a.graph.n - static_cast<int>(names.size());
  return i18n::plural("report.f.keyplayers", others, d.lang(),
                      {{"names", i18n::list(names, d.lang())}, {"reached", d.a.key_players.reached}});
}

std::string hub_sentence(const ReportData& d) {
  int willing = 0;
  for (const auto& o : d.map.organisations) willing += o.willing == "yes";
  if (willing == 0) return "";
  // The components are named only when the platform changes their number.
  bool same = d.a.hub.before.weak_components == d.a.hub.after.weak_components;
  i18n::Args args{{"path_before", fixed(d.a.hub.before.average_path_length, 2)},
                  {"path_after", fixed(d.a.hub.after.average_path_length, 2)},
                  {"silos_before", d.a.hub.before.silos},
                  {"silos_after", d.a.hub.after.silos}};
  if (same) return i18n::plural("report.f.hub.same", willing, d.lang(), args);
  args.emplace_back("components_before", d.a.hub.before.weak_components);
  args.emplace_back("components_after", d.a.hub.after.weak_components);
  return i18n::plural("report.f.hub", willing, d.lang(), args);
}

}  // namespace

std::vector<std::string> findings(const ReportData& d) {
  int active = 0, desired = 0, blocked = 0;
  for (const auto& f : d.map.flows) {
    active += f.status == "active";
    desired += f.status == "desired";
    blocked += f.status == "blocked";
  }
  const auto lang = d.lang();
  std::vector<std::string> out{
      i18n::text("report.f.size", lang,
                 {{"organisations", i18n::plural("count.organisations", std::ssize(d.map.organisations), lang)},
                  {"flows", i18n::plural("count.flows", std::ssize(d.map.flows), lang)},
                  {"active", i18n::plural("count.flows.active", active, lang)},
                  {"desired", i18n::plural("count.flows.desired", desired, lang)},
                  {"blocked", i18n::plural("count.flows.blocked", blocked, lang)}}),
      silo_sentence(d),
      cut_sentence(d),
      gap_sentence(d),
      needs_sentence(d),
      obstacle_sentence(d),
      keyplayer_sentence(d),
      hub_sentence(d)};
  std::erase_if(out, [](const std::string& s) { return s.empty(); });
  return out;
}

}  // namespace stakemap::report
