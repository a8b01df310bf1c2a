#include "analysis/scenario.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::analysis {

std::string Scenario::describe() const {
  switch (kind) {
    case Kind::add_hub: return "add-hub \"" + argument + "\" (members: " + members + ")";
    case Kind::remove: return "remove " + argument;
    case Kind::stop_sharing: return "stop-sharing " + argument;
    case Kind::lift: return "lift " + argument;
    case Kind::activate_desired: return "activate-desired";
  }
  return "";
}

std::vector<Scenario> parse_scenarios(const std::vector<std::string>& words) {
  std::vector<Scenario> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& w = words[i];
    auto argument = [&](const char* what) {
      if (i + 1 >= words.size() || words[i + 1].rfind("--", 0) == 0) throw UsageError(w + " needs " + what);
      return words[++i];
    };
    if (w == "add-hub") {
      Scenario s{Scenario::Kind::add_hub, argument("a NAME"), "willing"};
      if (i + 1 < words.size() && (words[i + 1] == "--members" || words[i + 1].rfind("--members=", 0) == 0)) {
        if (words[i + 1] == "--members") {
          ++i;
          s.members = argument("willing, all or a list of organisation ids");
        } else {
          s.members = words[++i].substr(10);
        }
        std::replace(s.members.begin(), s.members.end(), ',', '|');
      }
      out.push_back(s);
    } else if (w == "remove") {
      out.push_back({Scenario::Kind::remove, argument("an organisation id")});
    } else if (w == "stop-sharing") {
      out.push_back({Scenario::Kind::stop_sharing, argument("an organisation id")});
    } else if (w == "lift") {
      out.push_back({Scenario::Kind::lift, argument("an obstacle code")});
    } else if (w == "activate-desired") {
      out.push_back({Scenario::Kind::activate_desired, ""});
    } else {
      throw OptionError({"unknown scenario '" + w + "' (allowed: add-hub NAME [", option_field("members"),
                         " willing|all|IDS], remove ORG, stop-sharing ORG, lift OBSTACLE, activate-desired)"});
    }
  }
  if (out.empty()) throw UsageError("whatif needs at least one scenario");
  return out;
}

namespace {

std::string free_hub_id(const model::Map& map) {
  for (int i = 1;; ++i) {
    std::string id = i == 1 ? "hub" : "hub-" + std::to_string(i);
    if (map.org_index(id) < 0) return id;
  }
}

void add_hub(model::Map& map, const Scenario& s, ScenarioLog& log) {
  std::vector<std::string> members;
  if (s.members == "willing" || s.members == "all") {
    for (const auto& o : map.organisations)
      if (s.members == "all" || o.willing == "yes") members.push_back(o.id);
  } else {
    for (const auto& id : text::split_list(s.members)) {
      if (map.org_index(id) < 0)
        throw OptionInputError({"add-hub: unknown organisation '" + id + "' in ", option_field("members")});
      members.push_back(id);
    }
  }
  model::Organisation hub;
  hub.id = free_hub_id(map);
  hub.name = s.argument;
  hub.kind = "other";
  hub.willing = "yes";
  for (const auto& m : members) {
    for (const auto& t : map.org(m)->territories)
      if (std::find(hub.territories.begin(), hub.territories.end(), t) == hub.territories.end())
        hub.territories.push_back(t);
    for (bool outgoing : {true, false}) {
      model::Flow f;
      f.from = outgoing ? m : hub.id;
      f.to = outgoing ? hub.id : m;
      f.status = "active";
      f.basis = "voluntary";
      f.regularity = "regular";
      f.source = "whatif";
      map.flows.push_back(f);
    }
  }
  log.lines.push_back("added hub '" + hub.id + "' (" + hub.name + ") with " + std::to_string(members.size()) +
                      " members sharing both ways");
  map.organisations.push_back(std::move(hub));
  map.reindex();
}

/// A flow made active may now duplicate an active one with the same key (from, to, status,
/// basis, population): keeps the first. Keys are views into the flows, read before any is
/// moved; one hash look-up per flow.
void drop_duplicate_flows(model::Map& map) {
  using Key = std::array<std::string_view, 5>;
  auto hash = [](const Key& k) {
    std::size_t h = 0;
    for (auto part : k) h = h * 1000003 ^ std::hash<std::string_view>{}(part);
    return h;
  };
  std::unordered_set<Key, decltype(hash)> seen(map.flows.size() * 2, hash);
  std::vector<bool> first(map.flows.size());
  for (std::size_t i = 0; i < map.flows.size(); ++i) {
    const auto& f = map.flows[i];
    first[i] = seen.insert(Key{f.from, f.to, f.status, f.basis, f.population}).second;
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < map.flows.size(); ++i)
    if (first[i]) {
      if (kept != i) map.flows[kept] = std::move(map.flows[i]);
      ++kept;
    }
  map.flows.erase(map.flows.begin() + static_cast<std::ptrdiff_t>(kept), map.flows.end());
}

}  // namespace

ScenarioLog apply_scenarios(model::Map& map, const std::vector<Scenario>& scenarios) {
  ScenarioLog log;
  map.reindex();
  for (const auto& s : scenarios) {
    switch (s.kind) {
      case Scenario::Kind::add_hub: add_hub(map, s, log); break;
      case Scenario::Kind::remove: {
        if (map.org_index(s.argument) < 0) throw InputError("remove: unknown organisation '" + s.argument + "'");
        auto before = map.flows.size();
        std::erase_if(map.flows, [&](const model::Flow& f) { return f.from == s.argument || f.to == s.argument; });
        std::erase_if(map.needs, [&](const model::Need& n) { return n.reported_by == s.argument; });
        std::erase_if(map.organisations, [&](const model::Organisation& o) { return o.id == s.argument; });
        map.reindex();
        log.lines.push_back("removed '" + s.argument + "' and its " + std::to_string(before - map.flows.size()) +
                            " flows");
        break;
      }
      case Scenario::Kind::stop_sharing: {
        if (map.org_index(s.argument) < 0) throw InputError("stop-sharing: unknown organisation '" + s.argument + "'");
        auto before = map.flows.size();
        std::erase_if(map.flows, [&](const model::Flow& f) { return f.from == s.argument; });
        map.reindex();
        log.lines.push_back("'" + s.argument + "' stopped sharing: its " + std::to_string(before - map.flows.size()) +
                            " outgoing flows dropped");
        break;
      }
      case Scenario::Kind::lift: {
        if (!map.taxonomy().has("obstacle", s.argument))
          throw InputError("lift: unknown obstacle '" + s.argument +
                           "' (allowed: " + map.taxonomy().allowed("obstacle") + ")");
        int n = 0;
        for (auto& f : map.flows)
          if (f.status == "blocked" && f.obstacles == std::vector<std::string>{s.argument}) {
            f.status = "active";
            f.obstacles.clear();
            ++n;
          }
        log.lines.push_back("lifted '" + s.argument + "': " + std::to_string(n) +
                            " blocked flows whose only obstacle it was become active");
        break;
      }
      case Scenario::Kind::activate_desired: {
        int n = 0;
        for (auto& f : map.flows)
          if (f.status == "desired") {
            f.status = "active";
            ++n;
          }
        log.lines.push_back("activated " + std::to_string(n) + " desired flows");
        break;
      }
    }
  }
  drop_duplicate_flows(map);
  return log;
}

}  // namespace stakemap::analysis
