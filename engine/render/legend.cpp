#include "render/legend.hpp"

#include "core/text.hpp"
#include "model/taxonomy.hpp"
#include "render/labels.hpp"
#include "render/strings.hpp"

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

std::string symbol_cell(const LegendEntry& e) {
  switch (e.symbol) {
    case LegendEntry::Symbol::swatch:
      return "<td bgcolor=\"" + e.color + "\" border=\"1\" color=\"#555555\" width=\"22\" height=\"14\" fixedsize=\"true\"> </td>";
    case LegendEntry::Symbol::glyph:
      return "<td align=\"center\"><font color=\"" + e.color + "\" point-size=\"14\">" + html_text(e.glyph) + "</font></td>";
    case LegendEntry::Symbol::line:
      return "<td align=\"center\"><font color=\"" + e.color + "\" point-size=\"12\">" + html_text(e.glyph) + "</font></td>";
    case LegendEntry::Symbol::text:
      return "<td align=\"left\"><font color=\"#444444\">" + html_text(e.glyph) + "</font></td>";
  }
  return "<td></td>";
}

std::string section_table(const LegendSection& s) {
  std::string out = "<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"1\">";
  out += "<tr><td colspan=\"2\" align=\"left\"><b>" + html_text(s.heading) + "</b></td></tr>";
  for (const auto& e : s.entries)
    out += "<tr>" + symbol_cell(e) + "<td align=\"left\" balign=\"left\">" + wrapped(e.text, legend_wrap) + "</td></tr>";
  return out + "</table>";
}

}  // namespace

LegendSection obstacle_section(const std::vector<std::string>& codes, const std::string& lang) {
  LegendSection s{ui_text("heading.obstacles", lang), {}};
  const auto& tax = model::Taxonomy::builtin();
  for (const auto& code : codes) s.entries.push_back({LegendEntry::Symbol::text, code, "", tax.label("obstacle", code, lang)});
  return s;
}

std::string subtitle(const RenderInput& in, const Scene& scene) {
  std::vector<std::string> parts;
  if (!in.date.empty()) parts.push_back(fill_in(ui_text("subtitle.date", in.lang), {in.date}));
  if (in.view.kind != ViewSpec::Kind::obstacles)
    parts.push_back(fill_in(ui_text("subtitle.layer", in.lang), {in.layer.describe()}));
  parts.push_back(fill_in(ui_text("subtitle.counts", in.lang),
                          {std::to_string(scene.nodes.size()), std::to_string(scene.edges.size())}));
  return text::join(parts, " \u00B7 ");
}

std::string legend_html(const Scene& scene) {
  std::size_t columns = scene.legend.empty() ? 1 : scene.legend.size();
  std::string span = " colspan=\"" + std::to_string(columns) + "\"";
  std::string out = "<table border=\"0\" cellborder=\"0\" cellspacing=\"6\" cellpadding=\"0\">";
  out += "<tr><td align=\"left\" balign=\"left\"" + span + "><font point-size=\"20\"><b>" +
         wrapped(scene.title, title_wrap) + "</b></font></td></tr>";
  if (!scene.subtitle.empty())
    out += "<tr><td align=\"left\" balign=\"left\"" + span + "><font point-size=\"11\" color=\"#555555\">" +
           wrapped(scene.subtitle, title_wrap * 2) + "</font></td></tr>";
  if (!scene.legend.empty()) {
    out += "<tr>";
    for (const auto& section : scene.legend) out += "<td valign=\"top\" align=\"left\">" + section_table(section) + "</td>";
    out += "</tr>";
  }
  return out + "</table>";
}

}  // namespace stakemap::render
