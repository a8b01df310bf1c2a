#include "render/legend.hpp"

#include <algorithm>
#include <cmath>

#include "core/text.hpp"
#include "i18n/messages.hpp"
#include "model/taxonomy.hpp"
#include "render/labels.hpp"

namespace stakemap::render {

namespace {

constexpr std::size_t legend_wrap = 46;
constexpr std::size_t title_wrap = 80;

// Escaped text wrapped onto left-aligned lines.
std::string wrapped(const std::string& s, std::size_t width) {
  std::string out;
  for (const auto& line : text::wrap(without_controls(s), width)) {
    if (!out.empty()) out += "<br align=\"left\"/>";
    out += html_text(line);
  }
  return out + "<br align=\"left\"/>";
}

// A size of the legend (points) at `scale`, as Graphviz's HTML-like labels take it: a whole number.
std::string sized(int points, double scale) { return std::to_string(static_cast<int>(std::lround(points * scale))); }

std::string symbol_cell(const LegendEntry& e, double scale) {
  switch (e.symbol) {
    case LegendEntry::Symbol::swatch:
      return "<td bgcolor=\"" + e.color + "\" border=\"1\" color=\"#555555\" width=\"" + sized(22, scale) +
             "\" height=\"" + sized(14, scale) + "\" fixedsize=\"true\"></td>";
    case LegendEntry::Symbol::glyph:
      return "<td align=\"center\"><font color=\"" + e.color + "\" point-size=\"" + sized(14, scale) + "\">" +
             html_text(e.glyph) + "</font></td>";
    case LegendEntry::Symbol::line:
      return "<td align=\"center\"><font color=\"" + e.color + "\" point-size=\"" + sized(12, scale) + "\">" +
             html_text(e.glyph) + "</font></td>";
    case LegendEntry::Symbol::text:
      return "<td align=\"left\"><font color=\"#444444\">" + html_text(e.glyph) + "</font></td>";
  }
  return "<td></td>";
}

// One legend row across all sections: entry `row` of each (empty cells where a section is
// shorter), a spacer cell between sections.
std::string entry_row(const std::vector<LegendSection>& sections, std::size_t row, double scale) {
  std::string out = "<tr>";
  for (std::size_t k = 0; k < sections.size(); ++k) {
    if (k) out += "<td width=\"" + sized(20, scale) + "\"></td>";
    if (row < sections[k].entries.size()) {
      const auto& e = sections[k].entries[row];
      out += symbol_cell(e, scale) + "<td align=\"left\" balign=\"left\">" + wrapped(e.text, legend_wrap) + "</td>";
    } else {
      out += "<td></td><td></td>";
    }
  }
  return out + "</tr>";
}

}  // namespace

LegendSection obstacle_section(const model::Taxonomy& tax, const std::vector<std::string>& codes, i18n::Lang lang) {
  LegendSection s{i18n::text("map.heading.obstacles", lang), {}, true};
  for (const auto& code : codes)
    s.entries.push_back({LegendEntry::Symbol::text, code, "#444444", tax.label("obstacle", code, i18n::code(lang))});
  return s;
}

std::string subtitle(const RenderInput& in, const Scene& scene) {
  std::vector<std::string> parts;
  if (!in.date.empty()) parts.push_back(i18n::text("map.subtitle.date", in.lang, {{"date", in.date}}));
  // The gaps view draws the layer as light context and every desired and blocked flow besides.
  if (in.view.kind == ViewSpec::Kind::gaps)
    parts.push_back(i18n::text("map.subtitle.layer_gaps", in.lang, {{"layer", in.layer.describe()}}));
  else if (in.view.kind != ViewSpec::Kind::obstacles)
    parts.push_back(i18n::text("map.subtitle.layer", in.lang, {{"layer", in.layer.describe()}}));
  if (!in.filter.empty()) parts.push_back(i18n::text("map.subtitle.filter", in.lang, {{"filter", in.filter}}));
  parts.push_back(i18n::text("map.subtitle.counts", in.lang,
                             {{"organisations", i18n::plural("count.organisations", scene.organisations(), in.lang)},
                              {"links", i18n::plural("count.links", std::ssize(scene.edges), in.lang)}}));
  return text::join(parts, " \u00B7 ");
}

std::string legend_html(const Scene& scene) {
  // One flat table: title, subtitle, the short sections side by side (two columns each:
  // symbol and text) with rows aligned across sections, then each long section (obstacles)
  // in rows of its own. Nested tables would be stretched to the tallest section with their
  // rows spread apart.
  std::vector<LegendSection> side, below;
  for (const auto& section : scene.legend) (section.own_rows ? below : side).push_back(section);
  std::size_t columns = side.empty() ? 2 : 3 * side.size() - 1;
  auto span = [](std::size_t n) { return " colspan=\"" + std::to_string(n) + "\""; };
  const double scale = scene.legend_scale;
  std::string out = "<font point-size=\"" + sized(12, scale) +
                    "\"><table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"" + sized(2, scale) +
                    "\">";
  out += "<tr><td align=\"left\" balign=\"left\"" + span(columns) + "><font point-size=\"" + sized(20, scale) +
         "\"><b>" + wrapped(scene.title, title_wrap) + "</b></font></td></tr>";
  if (!scene.subtitle.empty())
    out += "<tr><td align=\"left\" balign=\"left\"" + span(columns) + "><font point-size=\"" + sized(11, scale) +
           "\" color=\"#555555\">" + wrapped(scene.subtitle, title_wrap * 2) + "</font></td></tr>";
  if (!scene.notice.empty())
    out += "<tr><td align=\"left\" balign=\"left\"" + span(columns) + "><font point-size=\"" + sized(11, scale) +
           "\" color=\"#a03000\">" + wrapped(scene.notice, title_wrap * 2) + "</font></td></tr>";
  if (!side.empty()) {
    out += "<tr>";
    for (std::size_t k = 0; k < side.size(); ++k) {
      if (k) out += "<td></td>";
      out += "<td colspan=\"2\" align=\"left\" valign=\"bottom\" height=\"" + sized(26, scale) + "\"><b>" +
             html_text(side[k].heading) + "</b></td>";
    }
    out += "</tr>";
    std::size_t rows = 0;
    for (const auto& section : side) rows = std::max(rows, section.entries.size());
    for (std::size_t row = 0; row < rows; ++row) out += entry_row(side, row, scale);
  }
  for (const auto& section : below) {
    out += "<tr><td" + span(columns) + " align=\"left\" valign=\"bottom\" height=\"" + sized(30, scale) + "\"><b>" +
           html_text(section.heading) + "</b></td></tr>";
    // "code: text" in one cell, so a long code does not widen the swatch column above.
    for (const auto& e : section.entries)
      out += "<tr><td" + span(columns) + " align=\"left\" balign=\"left\"><font color=\"" + e.color + "\">" +
             html_text(e.glyph) + "</font>: " + wrapped(e.text, title_wrap * 2) + "</td></tr>";
  }
  return out + "</table></font>";
}

}  // namespace stakemap::render
