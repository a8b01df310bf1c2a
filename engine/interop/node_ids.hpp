#pragma once
// The organisations of a GraphML flows graph, held until its first edge so that igraph's
// synthetic node ids (n0, n1, …: igraph writes no ids of its own) can give way to a unique
// `name` attribute before any flow refers to them.
#include <map>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "interop/records.hpp"

namespace stakemap::interop {

class NodeIds final {
 public:
  /// Holds an organisation record (its "id" is the node id, or an `id` attribute).
  void hold(Record r) { held_.push_back(std::move(r)); }
  /// Records held and not yet released.
  std::size_t held() const { return held_.size(); }
  /// The held records, once: when every id is igraph's n<k> and every record has a `name`,
  /// unique among them, the ids are replaced by the names and `note` is set to say so.
  std::vector<Record> release(std::string& note);
  /// The organisation id of node `node`: its name when release() replaced the ids.
  std::string id_of(const std::string& node) const;
  bool released() const { return released_; }

 private:
  std::vector<Record> held_;
  std::map<std::string, std::string> renamed_;
  bool released_ = false;
};

}  // namespace stakemap::interop
