#include "analysis/kept_betweenness.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

#include "analysis/betweenness.hpp"
#include "core/sha256.hpp"

namespace stakemap::analysis {

namespace {

template <class T>
void append_bytes(std::string& out, const std::vector<T>& values) {
  out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

// The cache key: a digest of what the result depends on, the in-lists too (the batches of
// sources follow them; from_arcs makes them from the out-lists, digested all the same).
std::string key_of(const graph::Digraph& g, bool weighted) {
  std::string what = betweenness_exact_identity(weighted) + "\n" + std::to_string(g.n) + "\n";
  append_bytes(what, g.out_offset);
  append_bytes(what, g.out_target);
  append_bytes(what, g.in_offset);
  append_bytes(what, g.in_source);
  if (weighted) append_bytes(what, g.out_weight);
  return std::string(kNumbersKeyPrefix) + "betweenness " + sha256::hex(what);
}

// A normalised betweenness: finite, between 0 and 1 (with room for rounding). A map file edited
// by hand may hold anything under a valid key; such a value is computed again.
bool plausible(double v) { return std::isfinite(v) && v >= 0 && v <= 1 + 1e-9; }

}  // namespace

std::vector<double> kept_betweenness(const graph::Digraph& g, bool weighted, int threads, const ResultCache* cache) {
  if (g.n == 0 || !cache || !cache->get || !cache->put) return betweenness_exact(g, weighted, threads);
  const std::string key = key_of(g, weighted);
  const std::size_t bytes = static_cast<std::size_t>(g.n) * sizeof(double);
  if (auto kept = cache->get(key); kept && kept->size() == bytes) {
    std::vector<double> values(static_cast<std::size_t>(g.n));
    std::memcpy(values.data(), kept->data(), bytes);
    if (std::all_of(values.begin(), values.end(), plausible)) return values;
  }
  auto values = betweenness_exact(g, weighted, threads);
  cache->put(key, std::string(reinterpret_cast<const char*>(values.data()), bytes));
  return values;
}

}  // namespace stakemap::analysis
