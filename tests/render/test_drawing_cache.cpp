// Drawings kept between runs: keys digest everything Graphviz reads, kept drawings decode only
// when whole and of the right node count, and a kept drawing is used instead of a new layout.
#include <doctest/doctest.h>

#include <map>

#include "render/drawing_cache.hpp"

using stakemap::render::cached_drawing;
using stakemap::render::decode_drawing;
using stakemap::render::Drawing;
using stakemap::render::drawing_key;
using stakemap::render::DrawingCache;
using stakemap::render::encode_drawing;

namespace {
Drawing sample() {
  Drawing d;
  d.bytes = std::string("<svg>\n\0 binary\n", 15);
  d.zoom = 0.4375;
  d.positions = {{1.5, -2.25, 0.75, 0.5}, {1e6, 3.0000000000000004, 0.1, 0.2}};
  return d;
}
}  // namespace

TEST_CASE("drawing key: a hex digest of format, engine and DOT text") {
  const auto key = drawing_key("svg", "dot", "digraph { n0 }");
  CHECK(key.size() == 64);
  CHECK(key.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(key == drawing_key("svg", "dot", "digraph { n0 }"));
  CHECK(key != drawing_key("png", "dot", "digraph { n0 }"));
  CHECK(key != drawing_key("svg", "sfdp", "digraph { n0 }"));
  CHECK(key != drawing_key("svg", "dot", "digraph { n1 }"));
}

TEST_CASE("drawing encoding: exact round trip; anything else is not a drawing") {
  const Drawing d = sample();
  const auto kept = encode_drawing(d);
  const auto back = decode_drawing(kept, 2);
  REQUIRE(back);
  CHECK(back->bytes == d.bytes);
  CHECK(back->zoom == d.zoom);
  REQUIRE(back->positions.size() == 2);
  CHECK(back->positions[1].x == d.positions[1].x);
  CHECK(back->positions[1].y == d.positions[1].y);  // 17 digits: no rounding
  CHECK(back->positions[0].height == d.positions[0].height);
  CHECK_FALSE(decode_drawing(kept, 3));                                 // another graph's node count
  CHECK_FALSE(decode_drawing(kept.substr(0, kept.find('\n') + 5), 2));  // cut inside the positions
  CHECK_FALSE(decode_drawing("stakemap-drawing 0 1 0\n", 0));           // an older format
  CHECK_FALSE(decode_drawing("", 0));
  CHECK_FALSE(decode_drawing("<svg/>", 0));
}

TEST_CASE("cached drawing: made once, then read from the cache; a bad kept value is made again") {
  std::map<std::string, std::string> kept;
  DrawingCache cache{[&](const std::string& k) -> std::optional<std::string> {
                       auto it = kept.find(k);
                       return it == kept.end() ? std::nullopt : std::optional(it->second);
                     },
                     [&](const std::string& k, const std::string& v) { kept[k] = v; }};
  int made = 0;
  auto make = [&] {
    ++made;
    return sample();
  };
  CHECK(cached_drawing(&cache, "k", 2, make).bytes == sample().bytes);
  CHECK(cached_drawing(&cache, "k", 2, make).zoom == sample().zoom);
  CHECK(made == 1);
  kept["k"] = "damaged";
  CHECK(cached_drawing(&cache, "k", 2, make).positions.size() == 2);
  CHECK(made == 2);
  CHECK(decode_drawing(kept["k"], 2));  // made again and kept again
  CHECK(cached_drawing(nullptr, "k", 2, make).bytes == sample().bytes);
  CHECK(made == 3);
  DrawingCache empty;
  cached_drawing(&empty, "k", 2, make);
  CHECK(made == 4);
}
