#pragma once
// The territory DAG: which leaves lie below a territory, which territories lie above it.
// Coverage rolls down: an organisation active in T covers every leaf below T.
#include <set>
#include <string>
#include <vector>

#include "model/map.hpp"

namespace stakemap::model {

/// Precomputed closure of the part_of DAG of one map.
class TerritoryGraph final {
 public:
  explicit TerritoryGraph(const Map& map);
  /// Territories that have no children (the smallest units).
  const std::vector<int>& leaves() const { return leaves_; }
  /// Leaves at or below territory `t` (index), each once even when reached by two paths.
  const std::vector<int>& leaves_below(int t) const { return below_[t]; }
  /// Territories at or above `t` (index), each once.
  const std::vector<int>& ancestors(int t) const { return above_[t]; }
  /// True when `a` is `b` or lies above it.
  bool covers(int a, int b) const;
  /// Leaves covered by an organisation (union over its territories, each once).
  std::vector<int> leaves_of(const Organisation& o) const;

 private:
  const Map& map_;
  std::vector<int> leaves_;
  std::vector<std::vector<int>> below_, above_;
};

}  // namespace stakemap::model
