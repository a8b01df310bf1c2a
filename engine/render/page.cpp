#include "render/page.hpp"

#include <cmath>
#include <cstdio>
#include <utility>

#include "core/errors.hpp"

namespace stakemap::render {

namespace {

constexpr double mm_per_inch = 25.4;
constexpr double px_per_inch = 96;  // CSS pixels, as browsers and slide software count them

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

}  // namespace

Page page_format(const std::string& name, bool landscape) {
  Page p;
  if (name.empty()) return p;
  struct Known {
    const char* name;
    double long_side, short_side;  // mm for paper, px for screens
    bool paper;
    double min_text_pt;
  };
  static const Known known[] = {
      {"a4", 297, 210, true, 7},
      {"a3", 420, 297, true, 7},
      {"a2", 594, 420, true, 7},
      {"a1", 841, 594, true, 7},
      {"a0", 1189, 841, true, 7},
      {"slide", 1920, 1080, false, 14 * 0.75},
      {"screen", 1920, 1080, false, 12 * 0.75},
  };
  for (const auto& k : known) {
    if (name != k.name) continue;
    double unit = k.paper ? mm_per_inch : px_per_inch;
    p.name = name;
    p.landscape = landscape;
    p.width = (landscape ? k.long_side : k.short_side) / unit;
    p.height = (landscape ? k.short_side : k.long_side) / unit;
    p.margin = k.paper ? 10 / mm_per_inch : 24 / px_per_inch;
    p.min_text_pt = k.min_text_pt;
    p.paper = k.paper;
    return p;
  }
  throw OptionError::unknown("page", name, "a4, a3, a2, a1, a0, slide, screen");
}

std::string svg_size_attributes(const Page& page) {
  double unit = page.paper ? mm_per_inch : px_per_inch;
  const char* suffix = page.paper ? "mm" : "px";
  return "width=\"" + number(page.width * unit) + suffix + "\" height=\"" + number(page.height * unit) + suffix + "\"";
}

std::string with_physical_size(const std::string& svg, const Page& page) {
  auto root = svg.find("<svg");
  if (root == std::string::npos || page.empty()) return svg;
  auto w = svg.find("width=\"", root), h = svg.find("height=\"", root), end = svg.find('>', root);
  if (w == std::string::npos || h == std::string::npos || w > end || h > end || h < w) return svg;
  auto h_end = svg.find('"', h + 8);
  std::string out = svg.substr(0, w) + svg_size_attributes(page) + svg.substr(h_end + 1);
  // The drawing fits inside the page; its viewBox is widened (or heightened) around it to the
  // page's aspect ratio, so the blank band is part of the picture and nothing is stretched.
  auto v = out.find("viewBox=\"", root);
  double x = 0, y = 0, vw = 0, vh = 0;
  if (v == std::string::npos || std::sscanf(out.c_str() + v + 9, "%lf %lf %lf %lf", &x, &y, &vw, &vh) != 4 || vw <= 0 ||
      vh <= 0)
    return out;
  double aspect = page.width / page.height;
  if (vw / vh < aspect) {
    x -= (vh * aspect - vw) / 2;
    vw = vh * aspect;
  } else {
    y -= (vw / aspect - vh) / 2;
    vh = vw / aspect;
  }
  auto v_end = out.find('"', v + 9);
  char box[128];
  std::snprintf(box, sizeof box, "%.2f %.2f %.2f %.2f", x, y, vw, vh);
  return out.substr(0, v + 9) + box + out.substr(v_end);
}

}  // namespace stakemap::render
