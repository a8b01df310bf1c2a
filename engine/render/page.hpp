#pragma once
// Page formats (`render --page`): the paper, slide or screen a map is made for, its margins
// and the smallest text that stays legible on it.
#include <string>

namespace stakemap::render {

/// A page a map is laid out for. Sizes are in inches, landscape or portrait as asked.
struct Page {
  std::string name;        ///< a4, a3, a2, a1, a0, slide, screen; empty: no page (natural size)
  bool landscape = true;   ///< orientation (the longer side across)
  double width = 0;        ///< page width in inches
  double height = 0;       ///< page height in inches
  double margin = 0;       ///< blank border on every side, in inches
  double min_text_pt = 0;  ///< smallest legible text at print size, in points
  bool paper = false;      ///< sizes are written in mm (paper) or px (slide, screen)
  [[nodiscard]] bool empty() const { return name.empty(); }
};

/// The page named `name`: ISO A4 to A0 (minimum text 7 pt, margins 10 mm), `slide` (1920 × 1080
/// px at 96 px per inch, minimum 14 px) or `screen` (1920 × 1080 px, minimum 12 px); an empty
/// name gives no page. Landscape unless `landscape` is false. Throws OptionError (field `page`)
/// for an unknown name.
Page page_format(const std::string& name, bool landscape = true);

/// The page's size as written on an SVG root: width and height attributes in mm (paper) or px.
std::string svg_size_attributes(const Page& page);

/// Replaces the width and height of the SVG root element of `svg` by the page's physical size
/// (Graphviz writes points) and widens its viewBox, centred, to the page's aspect ratio. The SVG
/// is returned unchanged when it has no root.
std::string with_physical_size(const std::string& svg, const Page& page);

}  // namespace stakemap::render
