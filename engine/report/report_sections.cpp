// The report's tables and charts, one function per section.
#include <algorithm>
#include <numeric>

#include "analysis/empty_reasons.hpp"
#include "analysis/presence.hpp"
#include "core/escape.hpp"
#include "i18n/messages.hpp"
#include "i18n/numbers.hpp"
#include "model/taxonomy.hpp"
#include "report/report_data.hpp"
#include "report/report_html.hpp"

namespace stakemap::report {

namespace {

using html::Cell;

std::string heading(const ReportData& d, const char* id, const char* key) {
  return "<section id=\"" + std::string(id) + "\"><h2>" +
         escape::xml(i18n::text(std::string("report.") + key, d.lang())) + "</h2>\n";
}

std::string note(const std::string& text) { return "<p class=\"note\">" + escape::xml(text) + "</p>\n"; }

/// A column heading or short word of the report: message report.KEY.
std::string col(const ReportData& d, const char* key) { return i18n::text(std::string("report.") + key, d.lang()); }

/// Calls add(key, before, after, decimals) for each what-if measure, in the report's order
/// (keys: messages report.KEY).
template <class Add>
void for_each_measure(const analysis::WhatIfMeasures& b, const analysis::WhatIfMeasures& a, Add add) {
  add("m.organisations", b.organisations, a.organisations, 0);
  add("m.flows", static_cast<double>(b.flows), static_cast<double>(a.flows), 0);
  add("m.weak_components", b.weak_components, a.weak_components, 0);
  add("m.largest_component_share", b.largest_component_share, a.largest_component_share, 3);
  add("m.average_path_length", b.average_path_length, a.average_path_length, 2);
  add("m.silos", b.silos, a.silos, 0);
  add("m.uncovered_cells", b.uncovered_cells, a.uncovered_cells, 0);
  add("m.siloed_cells", b.siloed_cells, a.siloed_cells, 0);
  add("m.keyplayer_reach", b.keyplayer_reach, a.keyplayer_reach, 0);
}

}  // namespace

std::string section_centrality(const ReportData& d) {
  std::vector<int> order(d.a.graph.n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return d.a.centrality.betweenness[a] > d.a.centrality.betweenness[b]; });
  if (static_cast<int>(order.size()) > d.options.top) order.resize(d.options.top);
  std::vector<std::vector<Cell>> rows;
  for (int v : order)
    rows.push_back({{d.name(v)},
                    Cell::count(static_cast<long long>(d.a.centrality.in_degree[v])),
                    Cell::count(static_cast<long long>(d.a.centrality.out_degree[v])),
                    Cell::num(d.a.centrality.betweenness[v], 3, d.lang()),
                    Cell::num(d.a.centrality.pagerank[v], 3, d.lang())});
  return heading(d, "centrality", "centrality") +
         note(i18n::text("report.centrality.note", d.lang(), {{"count", order.size()}})) +
         html::table({col(d, "col.org"), col(d, "col.in"), col(d, "col.out"), col(d, "col.betweenness"),
                      col(d, "col.pagerank")},
                     rows) +
         "</section>\n";
}

std::string section_silos(const ReportData& d) {
  std::vector<std::vector<Cell>> rows;
  for (const auto& s : d.a.drawn.silos) {
    std::string reasons;
    for (const auto& r : s.reasons) reasons += (reasons.empty() ? "" : "; ") + analysis::describe(r, d.lang());
    rows.push_back({{d.name(s.org)}, {reasons}});
  }
  std::string body =
      rows.empty() ? note(col(d, "f.nosilos")) : html::table({col(d, "col.org"), col(d, "col.reasons")}, rows);
  return heading(d, "silos", "silos") + body + "</section>\n";
}

std::string section_coverage(const ReportData& d) {
  const auto& m = d.a.coverage;
  std::vector<std::string> headers{col(d, "col.territory")};
  for (const auto& code : m.codes)
    headers.push_back(analysis::short_label(d.map.taxonomy(), "domain", code, i18n::code(d.lang())));
  int max = 0;
  for (const auto& c : m.cells) max = std::max(max, c.count);
  std::vector<std::vector<Cell>> rows;
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    std::vector<Cell> row{{d.map.territories[m.rows[r]].name_in(i18n::code(d.lang()))}};
    for (std::size_t c = 0; c < m.codes.size(); ++c) {
      const auto& cell = m.cell(r, c);
      std::string mark = analysis::class_mark(cell.cls);
      row.push_back({std::to_string(cell.count) + (mark.empty() ? "" : " " + mark), true,
                     html::heat_colour(cell.count, max),
                     i18n::text(std::string("report.class.") + analysis::class_code(cell.cls), d.lang(),
                                {{"national", d.national()}})});
    }
    rows.push_back(std::move(row));
  }
  return heading(d, "coverage", "coverage") +
         note(i18n::text("report.coverage.note", d.lang(), {{"national", d.national()}})) +
         html::table(headers, rows, "heat") + "</section>\n";
}

std::string section_obstacles(const ReportData& d) {
  std::vector<const analysis::ObstacleShare*> rows;
  for (const auto& r : d.a.obstacles.rows) rows.push_back(&r);
  std::stable_sort(rows.begin(), rows.end(), [](auto* a, auto* b) { return a->share > b->share; });
  std::vector<std::string> labels, notes;
  std::vector<double> shares;
  for (auto* r : rows) {
    labels.push_back(analysis::short_label(d.map.taxonomy(), "obstacle", r->obstacle, i18n::code(d.lang())));
    shares.push_back(r->share);
    notes.push_back(std::to_string(r->organisations) + "/" + std::to_string(r->base));
  }
  return heading(d, "obstacles", "obstacles") + note(col(d, "obstacles.note")) + "<figure>" +
         html::bar_chart(labels, shares, notes, d.lang()) + "</figure>\n</section>\n";
}

std::string section_needs(const ReportData& d) {
  std::vector<std::vector<Cell>> rows;
  for (const auto& n : d.a.needs.rows) {
    if (n.status == analysis::NeedStatus::met) continue;
    if (static_cast<int>(rows.size()) >= d.options.top) break;
    rows.push_back({{d.map.territories[n.territory].name_in(i18n::code(d.lang()))},
                    {analysis::short_label(d.map.taxonomy(), "service", n.need, i18n::code(d.lang()))},
                    n.weight ? Cell::num(*n.weight, 0, d.lang()) : Cell{""},
                    Cell::count(static_cast<long long>(n.orgs.size())),
                    {col(d, n.status == analysis::NeedStatus::unmet ? "unmet" : "thin")}});
  }
  return heading(d, "needs", "needs") +
         note(i18n::text("report.needs.note", d.lang(), {{"thin", d.a.needs.thin_below}})) +
         (rows.empty() ? note(analysis::why_no_needs(d.map, 0, d.lang()))
                       : html::table({col(d, "col.territory"), col(d, "col.need"), col(d, "col.weight"),
                                      col(d, "col.offering"), col(d, "col.status")},
                                     rows)) +
         "</section>\n";
}

std::string section_flow_gaps(const ReportData& d) {
  std::vector<std::vector<Cell>> rows;
  for (const auto& g : d.a.flow_gaps.by_obstacle)
    for (int f : g.flows) {
      const auto& flow = d.map.flows[f];
      const auto* from = d.map.org(flow.from);
      const auto* to = d.map.org(flow.to);
      rows.push_back(
          {{g.obstacle.empty() ? col(d, "none")
                               : analysis::short_label(d.map.taxonomy(), "obstacle", g.obstacle, i18n::code(d.lang()))},
           {from ? from->name_in(i18n::code(d.lang())) : flow.from},
           {to ? to->name_in(i18n::code(d.lang())) : flow.to},
           {d.map.taxonomy().label("flow_status", flow.status, i18n::code(d.lang()))}});
    }
  std::string out =
      heading(d, "flowgaps", "blocked") +
      (rows.empty()
           ? note(analysis::why_no_blocked(0, d.lang()))
           : html::table({col(d, "col.obstacle"), col(d, "col.from"), col(d, "col.to"), col(d, "col.status")}, rows));
  std::vector<std::vector<Cell>> links;
  for (const auto& l : d.a.drawn.recommended)
    links.push_back({{d.name(l.a)}, {d.name(l.b)}, Cell::num(l.score, 2, d.lang()), {l.reason}});
  out += "<h3>" + escape::xml(col(d, "recommended")) + "</h3>\n" +
         (links.empty()
              ? note(analysis::why_no_recommended(d.map, 0, d.lang()))
              : html::table({col(d, "col.org"), col(d, "col.org"), col(d, "col.score"), col(d, "col.reason")}, links));
  return out + "</section>\n";
}

std::string section_key_players(const ReportData& d) {
  std::vector<std::vector<Cell>> rows;
  for (std::size_t i = 0; i < d.a.key_players.members.size(); ++i) {
    const auto& m = d.a.key_players.members[i];
    rows.push_back({Cell::count(static_cast<long long>(i) + 1), {d.name(m.org)}, Cell::num(m.gain, 0, d.lang())});
  }
  const auto& kp = d.a.key_players;
  const auto chosen = std::ssize(kp.members);
  std::string fewer =
      kp.dropped > 0 ? " " + i18n::plural("report.keyplayers.fewer", chosen, d.lang(), {{"k", kp.requested}}) : "";
  return heading(d, "keyplayers", "keyplayers") +
         note(i18n::plural("report.keyplayers.note", chosen, d.lang()) + fewer) +
         html::table({col(d, "col.rank"), col(d, "col.org"), col(d, "col.gain")}, rows) + "</section>\n";
}

std::string section_whatif(const ReportData& d) {
  std::vector<std::vector<Cell>> rows;
  for_each_measure(d.a.hub.before, d.a.hub.after, [&](const char* key, double before, double after, int decimals) {
    rows.push_back({{col(d, key)}, Cell::num(before, decimals, d.lang()), Cell::num(after, decimals, d.lang())});
  });
  return heading(d, "whatif", "whatif") +
         note(i18n::text("report.whatif.note", d.lang(), {{"scenario", d.a.hub.description}})) +
         html::table({col(d, "col.measure"), col(d, "col.before"), col(d, "col.after")}, rows, "data") + "</section>\n";
}

std::string section_since(const ReportData& d) {
  if (!d.a.since || !d.options.since) return "";
  const auto& c = *d.a.since;
  const auto& round = *d.options.since;
  const i18n::Lang lang = d.lang();
  std::vector<std::vector<Cell>> rows;
  auto add = [&](const char* key, double then, double now, int decimals) {
    rows.push_back({{col(d, key)},
                    Cell::num(then, decimals, lang),
                    Cell::num(now, decimals, lang),
                    Cell::num(now - then, decimals, lang)});
  };
  add("m.flows_active", static_cast<double>(c.before.active), static_cast<double>(c.after.active), 0);
  add("m.flows_desired", static_cast<double>(c.before.desired), static_cast<double>(c.after.desired), 0);
  add("m.flows_blocked", static_cast<double>(c.before.blocked), static_cast<double>(c.after.blocked), 0);
  for_each_measure(c.before.network, c.after.network, add);
  auto silo_share = [](const analysis::WhatIfMeasures& m) {
    return m.organisations > 0 ? static_cast<double>(m.silos) / m.organisations : 0.0;
  };
  add("m.silo_share", silo_share(c.before.network), silo_share(c.after.network), 3);
  add("m.federal_only_cells", c.before.federal_only_cells, c.after.federal_only_cells, 0);
  add("m.articulation_points", c.before.articulation_points, c.after.articulation_points, 0);
  const std::string then = i18n::text("report.col.then", lang, {{"round", round.name}});
  std::string out =
      "<section id=\"since\"><h2>" + escape::xml(i18n::text("report.since", lang, {{"round", round.name}})) + "</h2>\n";
  out += note(i18n::text("report.since.note", lang, {{"round", round.name}, {"date", i18n::date(round.at, lang)}}));
  const auto &b = c.before, &n = c.after;
  out += "<p>" +
         escape::xml(i18n::text("report.since.words", lang,
                                {{"round", round.name},
                                 {"orgs_before", b.network.organisations},
                                 {"orgs_now", n.network.organisations},
                                 {"flows_before", b.active + b.desired + b.blocked},
                                 {"flows_now", n.active + n.desired + n.blocked},
                                 {"silos_before", b.network.silos},
                                 {"silos_now", n.network.silos},
                                 {"cut_before", b.articulation_points},
                                 {"cut_now", n.articulation_points}})) +
         "</p>\n";
  out += note(i18n::text(
      "report.since.blocking", lang,
      {{"unblocked", std::to_string(c.unblocked.size())}, {"blocked", std::to_string(c.newly_blocked.size())}}));
  out += html::table({col(d, "col.measure"), then, col(d, "col.now"), col(d, "col.change")}, rows, "data");
  if (c.moves.empty())
    return out + note(i18n::text("report.since.no_moves", lang)) + section_since_map(d) + "</section>\n";
  std::vector<std::vector<Cell>> moves;
  for (const auto& m : c.moves)
    moves.push_back({{m.name},
                     Cell::num(m.betweenness_before, 3, lang),
                     Cell::num(m.betweenness_after, 3, lang),
                     Cell::num(m.degree_before, 0, lang),
                     Cell::num(m.degree_after, 0, lang)});
  out += "<h3>" + escape::xml(i18n::text("report.since.moves", lang)) + "</h3>\n";
  out += html::table({col(d, "col.org"), col(d, "col.betweenness") + " — " + then,
                      col(d, "col.betweenness") + " — " + col(d, "col.now"), col(d, "col.degree") + " — " + then,
                      col(d, "col.degree") + " — " + col(d, "col.now")},
                     moves);
  return out + section_since_map(d) + "</section>\n";
}

}  // namespace stakemap::report
