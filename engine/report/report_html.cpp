#include "report/report_html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/escape.hpp"
#include "core/text_metrics.hpp"
#include "i18n/numbers.hpp"

namespace stakemap::report::html {

Cell Cell::num(double v, int decimals, i18n::Lang lang) {
  Cell c{i18n::decimal(v, decimals, lang), true, "", ""};
  if (lang != i18n::Lang::en) c.sort = i18n::decimal(v, decimals, i18n::Lang::en);
  return c;
}

Cell Cell::count(long long v) { return {std::to_string(v), true, "", ""}; }

std::string table(const std::vector<std::string>& headers, const std::vector<std::vector<Cell>>& rows,
                  const std::string& css_class) {
  std::string out = "<table class=\"" + css_class + "\"><thead><tr>";
  for (const auto& h : headers) out += "<th>" + escape::xml(h) + "</th>";
  out += "</tr></thead><tbody>\n";
  for (const auto& row : rows) {
    out += "<tr>";
    for (const auto& c : row) {
      out += "<td";
      if (c.numeric) out += " class=\"num\"";
      if (!c.background.empty()) out += " style=\"background:" + c.background + "\"";
      if (!c.title.empty()) out += " title=\"" + escape::xml(c.title) + "\"";
      if (!c.sort.empty()) out += " data-value=\"" + escape::xml(c.sort) + "\"";
      out += ">" + escape::xml(c.text) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

namespace {

constexpr double chart_font = 13;        // px, as svg.chart in the report's CSS
constexpr double chart_line = 16;        // px between the lines of a wrapped label
constexpr double chart_label_max = 330;  // px: a wider label wraps, onto two lines at most
constexpr double chart_bar = 300;        // px for a share of 100 %
constexpr double chart_pad = 6;          // px between a label, its bar and its note

// The narrowest width at which `label` takes at most two lines (breaking at a space).
double two_line_width(const std::string& label) {
  double best = text::text_width(label, chart_font);
  for (std::size_t at = label.find(' '); at != std::string::npos; at = label.find(' ', at + 1))
    best = std::min(best, std::max(text::text_width(label.substr(0, at), chart_font),
                                   text::text_width(label.substr(at + 1), chart_font)));
  return best;
}

std::string px(double v) { return std::to_string(static_cast<long>(std::lround(v))); }

}  // namespace

std::string bar_chart(const std::vector<std::string>& labels, const std::vector<double>& shares,
                      const std::vector<std::string>& notes, i18n::Lang lang) {
  // The label column is as wide as the widest label, up to chart_label_max; wider labels wrap,
  // and the column widens when a label needs it to fit on two lines. Widths are measured in
  // the chart's font, so no text leaves the viewBox (tests/cli/report_charts.sh).
  double single = 0, needed = 0;
  for (const auto& l : labels) {
    single = std::max(single, text::text_width(l, chart_font));
    needed = std::max(needed, two_line_width(l));
  }
  double label_w = std::ceil(single <= chart_label_max ? single : std::max(chart_label_max, needed));
  std::vector<std::vector<std::string>> lines;
  for (const auto& l : labels) lines.push_back(text::wrap_to_width(l, chart_font, label_w));
  const double left = chart_pad, bar_x = left + label_w + chart_pad;
  std::string body;
  double y = 4, right = bar_x + chart_bar;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const double row_h = std::max(24.0, static_cast<double>(lines[i].size()) * chart_line + 8);
    const double share = std::clamp(shares[i], 0.0, 1.0);
    const double w = std::round(share * chart_bar);
    const double mid = y + row_h / 2;  // the bar and the label block are centred on the row
    double baseline = mid - (static_cast<double>(lines[i].size()) - 1) * chart_line / 2 + chart_font * 0.36;
    for (const auto& line : lines[i]) {
      body += "<text x=\"" + px(bar_x - chart_pad) + "\" y=\"" + px(baseline) + "\" text-anchor=\"end\">" +
              escape::xml(line) + "</text>";
      baseline += chart_line;
    }
    body += "<rect x=\"" + px(bar_x) + "\" y=\"" + px(mid - 8) + "\" width=\"" + px(std::max(w, 1.0)) +
            "\" height=\"16\" fill=\"#2b6cb0\"/>";
    const std::string note = i18n::percent(share, lang) + (notes[i].empty() ? "" : " (" + notes[i] + ")");
    const double note_x = bar_x + std::max(w, 1.0) + chart_pad;
    body +=
        "<text x=\"" + px(note_x) + "\" y=\"" + px(mid + chart_font * 0.36) + "\">" + escape::xml(note) + "</text>\n";
    right = std::max(right, note_x + text::text_width(note, chart_font));
    y += row_h;
  }
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 " +
         px(std::ceil(right + chart_pad)) + " " + px(std::ceil(y + 4)) +
         "\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"13\">\n" + body + "</svg>\n";
}

std::string heat_colour(int count, int max) {
  if (count == 0) return "#f8d7da";
  double t = max > 0 ? std::min(1.0, static_cast<double>(count) / max) : 0;
  int r = static_cast<int>(235 - t * (235 - 49));
  int g = static_cast<int>(244 - t * (244 - 130));
  int b = static_cast<int>(255 - t * (255 - 189));
  char buf[16];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r, g, b);
  return buf;
}

}  // namespace stakemap::report::html
