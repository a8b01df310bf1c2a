#include "core/text_metrics.hpp"

#include <algorithm>
#include <cstdint>

#include "core/text.hpp"

namespace stakemap::text {

namespace {

constexpr double units_per_em = 2048;
constexpr std::uint16_t widest_latin = 2191;  // U+00C6 (Æ), the widest glyph below U+0180

// Advance widths of DejaVuSans.ttf (version 2.37, fonts-dejavu-core) in font units, U+0020 to
// U+017F; 0 where the code point is a control character. Read with fontTools' hmtx table.
constexpr std::uint16_t latin_widths[] = {
    651,  821,  942,  1716, 1303, 1946, 1597, 563,  799,  799,  1024, 1716, 651,  739,  651,  690,   // U+0020
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690,  690,  1716, 1716, 1716, 1087,  // U+0030
    2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604,  604,  1343, 1141, 1767, 1532, 1612,  // U+0040
    1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799,  690,  799,  1716, 1024,  // U+0050
    1024, 1255, 1300, 1126, 1300, 1260, 721,  1300, 1298, 569,  569,  1186, 569,  1995, 1298, 1253,  // U+0060
    1300, 1300, 842,  1067, 803,  1298, 1212, 1675, 1212, 1212, 1075, 1303, 690,  1303, 1716, 0,     // U+0070
    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,     // U+0080
    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,     // U+0090
    651,  821,  1303, 1303, 1303, 1303, 690,  1024, 1024, 2048, 965,  1253, 1716, 739,  2048, 1024,  // U+00A0
    1024, 1716, 821,  821,  1024, 1303, 1303, 651,  1024, 821,  965,  1253, 1985, 1985, 1985, 1087,  // U+00B0
    1401, 1401, 1401, 1401, 1401, 1401, 1995, 1430, 1294, 1294, 1294, 1294, 604,  604,  604,  604,   // U+00C0
    1587, 1532, 1612, 1612, 1612, 1612, 1612, 1716, 1612, 1499, 1499, 1499, 1499, 1251, 1239, 1290,  // U+00D0
    1255, 1255, 1255, 1255, 1255, 1255, 2011, 1126, 1260, 1260, 1260, 1260, 569,  569,  569,  569,   // U+00E0
    1253, 1298, 1253, 1253, 1253, 1253, 1253, 1716, 1253, 1298, 1298, 1298, 1298, 1212, 1300, 1212,  // U+00F0
    1401, 1255, 1401, 1255, 1401, 1255, 1430, 1126, 1430, 1126, 1430, 1126, 1430, 1126, 1577, 1300,  // U+0100
    1587, 1300, 1294, 1260, 1294, 1260, 1294, 1260, 1294, 1260, 1294, 1260, 1587, 1300, 1587, 1300,  // U+0110
    1587, 1300, 1587, 1300, 1540, 1298, 1876, 1423, 604,  569,  604,  569,  604,  569,  604,  569,   // U+0120
    604,  569,  1208, 1138, 604,  569,  1343, 1186, 1186, 1141, 569,  1141, 569,  1141, 768,  1141,  // U+0130
    700,  1151, 582,  1532, 1298, 1532, 1298, 1532, 1298, 1666, 1532, 1298, 1612, 1253, 1612, 1253,  // U+0140
    1612, 1253, 2191, 2095, 1423, 842,  1423, 842,  1423, 842,  1300, 1067, 1300, 1067, 1300, 1067,  // U+0150
    1300, 1067, 1251, 803,  1251, 803,  1251, 803,  1499, 1298, 1499, 1298, 1499, 1298, 1499, 1298,  // U+0160
    1499, 1298, 1499, 1298, 2025, 1675, 1251, 1212, 1251, 1403, 1075, 1403, 1075, 1403, 1075, 721,   // U+0170
};

struct Extra {
  char32_t cp;
  std::uint16_t width;
};
constexpr Extra punctuation_widths[] = {{0x2013, 1024}, {0x2014, 2048}, {0x2018, 651},  {0x2019, 651},
                                        {0x201C, 1061}, {0x201D, 1061}, {0x2022, 1208}, {0x2026, 2048},
                                        {0x20AC, 1303}, {0x2192, 1716}, {0x25B6, 1575}, {0x00B7, 651}};

std::uint16_t advance(char32_t cp) {
  if (cp >= 0x20 && cp < 0x180) {
    std::uint16_t w = latin_widths[cp - 0x20];
    return w > 0 ? w : widest_latin;
  }
  for (const auto& e : punctuation_widths)
    if (e.cp == cp) return e.width;
  return widest_latin;
}

}  // namespace

double text_width(std::string_view s, double font_size) {
  double units = 0;
  for (std::size_t i = 0; i < s.size();) units += advance(decode_utf8(s, i));
  return units / units_per_em * font_size;
}

std::vector<std::string> wrap_to_width(std::string_view s, double font_size, double max_width) {
  std::vector<std::string> lines;
  std::string line;
  for (const auto& word : split_list(s, ' ')) {
    std::string candidate = line.empty() ? word : line + " " + word;
    if (!line.empty() && text_width(candidate, font_size) > max_width) {
      lines.push_back(std::move(line));
      line = word;
    } else {
      line = std::move(candidate);
    }
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace stakemap::text
