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

std::vector<std::vector<std::string>> group_values(const model::Map& map, const std::string& by) {
  const auto& names = grouping_names();
  if (std::find(names.begin(), names.end(), by) == names.end())
    throw UsageError("unknown grouping '" + by + "' (allowed: " + text::join(names, ", ") + ")");
  std::vector<std::vector<std::string>> values;
  values.reserve(map.organisations.size());
  for (const auto& o : map.organisations) {
    std::vector<std::string> v;
    if (by == "territory") v = o.territories;
    else if (by == "language") v = o.languages;
    else if (by == "level") v = {o.level};
    else v = {o.kind};
    v.erase(std::remove(v.begin(), v.end(), std::string()), v.end());
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    values.push_back(std::move(v));
  }
  return values;
}

Grouping partition(const model::Map& map, const std::string& by) {
  Grouping g;
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
