#pragma once
// The territory DAG: which leaves lie below a territory, which territories lie above it.
// Coverage rolls down: an organisation active in T covers every leaf below T.
#include <map>
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

/// A cycle through part_of in `parents` (territory id -> parent ids), as the ids along it
/// with the first repeated at the end ({a, b, a}); empty when the graph is a DAG.
/// Iterative, O(territories + links).
std::vector<std::string> find_part_of_cycle(const std::map<std::string, std::vector<std::string>>& parents);

}  // namespace stakemap::model
