#include "render/drawing_cache.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/sha256.hpp"

namespace stakemap::render {

namespace {
// Bumped whenever what is kept, or how stakemap reads Graphviz's output, changes.
constexpr const char* kFormat = "stakemap-drawing 1";

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}
}  // namespace

std::string drawing_key(const std::string& what, const std::string& engine, const std::string& dot) {
  return sha256::hex(std::string(kFormat) + "\n" + graphviz_version() + "\n" + what + "\n" + engine + "\n" + dot);
}

// The header line (format, zoom, node count), a line "x y width height" per node, then the
// bytes Graphviz rendered.
std::string encode_drawing(const Drawing& d) {
  std::string out = std::string(kFormat) + " " + number(d.zoom) + " " + std::to_string(d.positions.size()) + "\n";
  for (const auto& p : d.positions)
    out += number(p.x) + " " + number(p.y) + " " + number(p.width) + " " + number(p.height) + "\n";
  return out + d.bytes;
}

std::optional<Drawing> decode_drawing(const std::string& kept, std::size_t count) {
  const std::size_t prefix = std::strlen(kFormat);
  if (kept.compare(0, prefix, kFormat) != 0 || kept.size() <= prefix || kept[prefix] != ' ') return std::nullopt;
  const char* at = kept.c_str() + prefix;
  char* end = nullptr;
  Drawing d;
  d.zoom = std::strtod(at, &end);
  const unsigned long long nodes = std::strtoull(end, &end, 10);
  if (*end != '\n' || nodes != count) return std::nullopt;
  d.positions.resize(count);
  for (auto& p : d.positions) {
    double* fields[] = {&p.x, &p.y, &p.width, &p.height};
    for (double* f : fields) {
      at = end + 1;
      *f = std::strtod(at, &end);
      if (end == at) return std::nullopt;
    }
    if (*end != '\n') return std::nullopt;
  }
  d.bytes = kept.substr(static_cast<std::size_t>(end + 1 - kept.c_str()));
  return d;
}

Drawing cached_drawing(const DrawingCache* cache, const std::string& key, std::size_t count,
                       const std::function<Drawing()>& make) {
  if (cache && cache->get)
    if (auto kept = cache->get(key))
      if (auto d = decode_drawing(*kept, count)) return std::move(*d);
  Drawing d = make();
  if (cache && cache->put) cache->put(key, encode_drawing(d));
  return d;
}

}  // namespace stakemap::render
