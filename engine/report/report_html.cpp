#include "report/report_html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/escape.hpp"

namespace stakemap::report::html {

Cell Cell::num(double v, int decimals) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return {buf, true, "", ""};
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
      out += ">" + escape::xml(c.text) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string percent(double share) {
  char buf[32];
  double p = share * 100;
  if (p > 0 && p < 10) std::snprintf(buf, sizeof buf, "%.1f%%", p);
  else std::snprintf(buf, sizeof buf, "%.0f%%", p);
  return buf;
}

std::string bar_chart(const std::vector<std::string>& labels, const std::vector<double>& shares,
                      const std::vector<std::string>& notes) {
  const int label_w = 330, bar_w = 300, row_h = 24, note_w = 130;
  int height = static_cast<int>(labels.size()) * row_h + 10;
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 " +
                    std::to_string(label_w + bar_w + note_w) + " " + std::to_string(height) + "\">\n";
  for (std::size_t i = 0; i < labels.size(); ++i) {
    int y = static_cast<int>(i) * row_h + 5;
    double share = std::clamp(shares[i], 0.0, 1.0);
    int w = static_cast<int>(std::lround(share * bar_w));
    out += "<text x=\"" + std::to_string(label_w - 8) + "\" y=\"" + std::to_string(y + 16) + "\" text-anchor=\"end\">" +
           escape::xml(labels[i]) + "</text>";
    out += "<rect x=\"" + std::to_string(label_w) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" +
           std::to_string(std::max(w, 1)) + "\" height=\"" + std::to_string(row_h - 8) + "\" fill=\"#2b6cb0\"/>";
    out += "<text x=\"" + std::to_string(label_w + w + 6) + "\" y=\"" + std::to_string(y + 16) + "\">" +
           escape::xml(percent(share) + (notes[i].empty() ? "" : " (" + notes[i] + ")")) + "</text>\n";
  }
  return out + "</svg>\n";
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
