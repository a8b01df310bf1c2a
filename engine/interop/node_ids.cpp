#include "interop/node_ids.hpp"

#include <set>

namespace stakemap::interop {

namespace {
bool igraph_id(const std::string& id) {
  if (id.size() < 2 || id[0] != 'n') return false;
  return id.find_first_not_of("0123456789", 1) == std::string::npos;
}
}  // namespace

std::vector<Record> NodeIds::release(std::string& note) {
  released_ = true;
  std::set<std::string> names;
  bool use_names = !held_.empty();
  for (const auto& r : held_) {
    const Value* id = r.find("id");
    const Value* name = r.find("name");
    if (!id || !igraph_id(id->text) || !name || name->text.empty() || !names.insert(name->text).second) {
      use_names = false;
      break;
    }
  }
  if (use_names) {
    for (auto& r : held_) {
      Value id = *r.find("id");
      renamed_[id.text] = r.find("name")->text;
      id.text = r.find("name")->text;
      r.set("id", id);
    }
    note = "the node ids are igraph's (n0, n1, …): each organisation's unique 'name' is used as its id";
  }
  return std::move(held_);
}

std::string NodeIds::id_of(const std::string& node) const {
  auto it = renamed_.find(node);
  return it == renamed_.end() ? node : it->second;
}

}  // namespace stakemap::interop
