#include "analysis/groups.hpp"

#include <algorithm>
#include <map>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace stakemap::analysis {

const std::vector<std::string>& grouping_names() {
  static const std::vector<std::string> names{"territory", "level", "kind", "language"};
  return names;
}

OrgAttribute org_attribute(const std::string& by) {
  const auto& names = grouping_names();
  auto it = std::find(names.begin(), names.end(), by);
  if (it == names.end()) throw UsageError("unknown grouping '" + by + "' (allowed: " + text::join(names, ", ") + ")");
  return static_cast<OrgAttribute>(it - names.begin());
}

std::vector<std::string> values_of(const model::Organisation& o, OrgAttribute by) {
  auto add = [](std::vector<std::string>& out, const std::string& v) {
    if (!v.empty() && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
  };
  std::vector<std::string> out;
  switch (by) {
    case OrgAttribute::territory:
      for (const auto& t : o.territories) add(out, t);
      break;
    case OrgAttribute::language:
      for (const auto& l : o.languages) add(out, l);
      break;
    case OrgAttribute::level: add(out, o.level); break;
    case OrgAttribute::kind: add(out, o.kind); break;
  }
  return out;
}

std::vector<std::vector<std::string>> group_values(const model::Map& map, const std::string& by) {
  OrgAttribute attribute = org_attribute(by);
  std::vector<std::vector<std::string>> values;
  values.reserve(map.organisations.size());
  for (const auto& o : map.organisations) {
    auto v = values_of(o, attribute);
    std::sort(v.begin(), v.end());
    values.push_back(std::move(v));
  }
  return values;
}

Partition partition(const model::Map& map, const std::string& by) {
  Partition g;
  std::map<std::string, int> index;
  for (const auto& v : group_values(map, by)) {
    if (v.empty()) {
      g.of.push_back(-1);
      continue;
    }
    std::string label = text::join(v, "|");
    auto [it, added] = index.emplace(label, static_cast<int>(g.labels.size()));
    if (added) g.labels.push_back(label);
    g.of.push_back(it->second);
  }
  return g;
}

}  // namespace stakemap::analysis
