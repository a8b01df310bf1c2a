#include <doctest/doctest.h>

#include "core/text_metrics.hpp"

using stakemap::text::text_width;
using stakemap::text::wrap_to_width;

// Expected sums of advance widths read independently from DejaVuSans.ttf with fontTools
// (hmtx table, 2048 units per em).
TEST_CASE("text width: DejaVu Sans advance widths, in the unit of the font size") {
  CHECK(text_width("Hello, world", 2048) == doctest::Approx(12132));
  CHECK(text_width("protection des données", 2048) == doctest::Approx(24172));
  CHECK(text_width("\u0153uvre \u2014 \u2026", 2048) == doctest::Approx(12105));
  CHECK(text_width("W", 13) == doctest::Approx(2025.0 / 2048 * 13));
  CHECK(text_width("", 13) == 0);
  // Outside the table: as wide as the widest Latin glyph (never underestimated for Latin text).
  CHECK(text_width("\u4E2D", 2048) == doctest::Approx(2191));
}

TEST_CASE("wrap to width: greedy lines no wider than asked; a long word stays whole") {
  auto lines = wrap_to_width("mission and vision of the coordination mechanism", 13, 200);
  REQUIRE(lines.size() == 2);
  for (const auto& l : lines) CHECK(text_width(l, 13) <= 200);
  CHECK(lines[0] + " " + lines[1] == "mission and vision of the coordination mechanism");
  auto word = wrap_to_width("Datenschutzgrundverordnung", 13, 20);
  CHECK(word == std::vector<std::string>{"Datenschutzgrundverordnung"});
  CHECK(wrap_to_width("", 13, 100) == std::vector<std::string>{""});
}
