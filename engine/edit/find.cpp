#include "edit/find.hpp"

#include <charconv>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace stakemap::edit {

namespace {
std::string describe(const model::Flow& f) {
  return std::to_string(f.id) + " (" + f.from + " -> " + f.to + ", " + f.status + ", " + f.basis + ", " + f.population +
         ")";
}
}  // namespace

std::size_t find_flow(const model::Map& map, const Ref& ref) {
  if (ref.size() == 1) {
    long long id = 0;
    const auto& s = ref[0];
    auto res = std::from_chars(s.data(), s.data() + s.size(), id);
    if (res.ec != std::errc() || res.ptr != s.data() + s.size())
      throw InputError("'" + s + "' is not a flow id (a number, as in the column flow of `list flows`)");
    for (std::size_t i = 0; i < map.flows.size(); ++i)
      if (map.flows[i].id == id) return i;
    throw InputError("no flow " + s + " in the map");
  }
  if (ref.size() != 2) throw UsageError("a flow is named by its id, or by FROM TO");
  std::vector<std::size_t> hits;
  for (std::size_t i = 0; i < map.flows.size(); ++i)
    if (map.flows[i].from == ref[0] && map.flows[i].to == ref[1]) hits.push_back(i);
  if (hits.size() == 1) return hits[0];
  if (hits.empty()) throw InputError("no flow from " + ref[0] + " to " + ref[1] + " in the map");
  std::vector<std::string> candidates;
  for (auto i : hits) candidates.push_back(describe(map.flows[i]));
  throw InputError(std::to_string(hits.size()) + " flows go from " + ref[0] + " to " + ref[1] +
                   "; name one by its id: " + text::join(candidates, "; "));
}

std::size_t find_need(const model::Map& map, const Ref& ref) {
  if (ref.size() != 2 && ref.size() != 3) throw UsageError("a need is named by TERRITORY NEED [REPORTED_BY]");
  std::vector<std::size_t> hits;
  for (std::size_t i = 0; i < map.needs.size(); ++i) {
    const auto& n = map.needs[i];
    if (n.territory == ref[0] && n.need == ref[1] && (ref.size() == 2 || n.reported_by == ref[2])) hits.push_back(i);
  }
  std::string what = "need " + ref[1] + " in " + ref[0] + (ref.size() == 3 ? " reported by '" + ref[2] + "'" : "");
  if (hits.size() == 1) return hits[0];
  if (hits.empty()) throw InputError("no " + what + " in the map");
  std::vector<std::string> by;
  for (auto i : hits) by.push_back("'" + map.needs[i].reported_by + "'");
  throw InputError(std::to_string(hits.size()) + " needs " + ref[1] + " in " + ref[0] +
                   ": add who reported the one you mean (" + text::join(by, ", ") + ")");
}

}  // namespace stakemap::edit
