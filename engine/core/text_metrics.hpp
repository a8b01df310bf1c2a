#pragma once
// Text extents in DejaVu Sans, the font of stakemap's maps and charts (Graphviz draws with it
// through pango; the report's charts name it), from the font's own advance widths.
#include <string>
#include <string_view>
#include <vector>

namespace stakemap::text {

/// Width of `s` in DejaVu Sans (Book) at `font_size`, in the unit of `font_size` (points or
/// pixels): the sum of the glyphs' advance widths, without kerning (DejaVu's kerning only
/// narrows). Latin-1, Latin Extended-A and common punctuation are measured; any other
/// character counts as wide as the font's widest Latin glyph, so the width is never
/// underestimated for Latin text and stays an upper bound elsewhere. O(n).
double text_width(std::string_view s, double font_size);

/// Wraps the words of `s` onto lines no wider than `max_width` at `font_size` (a word wider
/// than the line stays whole on a line of its own).
std::vector<std::string> wrap_to_width(std::string_view s, double font_size, double max_width);

}  // namespace stakemap::text
