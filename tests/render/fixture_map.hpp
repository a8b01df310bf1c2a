#pragma once
// A small map for render tests, built in code: 6 organisations over a territory tree
// BE > {VLG, WAL}, VLG > VAN, and flows of every link class.
#include "model/map.hpp"
#include "render/render_input.hpp"

namespace stakemap::render::testing {

inline model::Organisation org(std::string id, std::string name, std::string level, std::string kind, std::string role,
                               std::vector<std::string> territories) {
  model::Organisation o;
  o.id = std::move(id);
  o.name = std::move(name);
  o.level = std::move(level);
  o.kind = std::move(kind);
  o.support_role = std::move(role);
  o.territories = std::move(territories);
  return o;
}

inline model::Flow flow(std::string from, std::string to, std::string status, std::string basis, std::string regularity,
                        std::vector<std::string> obstacles = {}) {
  model::Flow f;
  f.from = std::move(from);
  f.to = std::move(to);
  f.status = std::move(status);
  f.basis = std::move(basis);
  f.regularity = std::move(regularity);
  f.obstacles = std::move(obstacles);
  return f;
}

/// fed (federal, BE) <- cpas (local, VAN) mandatory; cpas -> ngo (VLG) voluntary regular;
/// ngo -> fed sporadic; fed -> agency (federal, BE) on-request; agency -> wal (regional, WAL)
/// desired [gdpr]; wal -> cpas blocked [no-trust, gdpr]; lone (no level, no flows).
inline model::Map fixture_map() {
  model::Map m;
  auto ter = [](std::string id, std::string kind, std::string name, std::vector<std::string> parents) {
    model::Territory t;
    t.id = std::move(id);
    t.kind = std::move(kind);
    t.name = std::move(name);
    t.name_fr = t.name + " (fr)";
    t.parents = std::move(parents);
    return t;
  };
  m.territories = {ter("BE", "country", "Belgium", {}), ter("VLG", "region", "Flanders", {"BE"}),
                   ter("WAL", "region", "Wallonia", {"BE"}), ter("VAN", "province", "Antwerp", {"VLG"})};
  m.organisations = {
      org("fed", "Federal service", "federal", "federal-service", "secondary", {"BE"}),
      org("cpas", "Antwerp social welfare centre", "local", "local-authority", "first-line", {"VAN"}),
      org("ngo", "Refugee NGO", "community", "ngo", "both", {"VLG"}),
      org("agency", "Federal agency", "federal", "federal-agency", "none", {"BE"}),
      org("wal", "Walloon administration", "regional", "regional-administration", "first-line", {"WAL"}),
      org("lone", "Lone actor", "", "", "", {}),
  };
  m.flows = {flow("cpas", "fed", "active", "mandatory", "regular"),
             flow("cpas", "ngo", "active", "voluntary", "regular"),
             flow("ngo", "fed", "active", "voluntary", "sporadic"),
             flow("fed", "agency", "active", "on-request", "regular"),
             flow("agency", "wal", "desired", "voluntary", "", {"gdpr"}),
             flow("wal", "cpas", "blocked", "voluntary", "", {"no-trust", "gdpr"}),
             flow("cpas", "ngo", "active", "voluntary", "regular")};  // parallel: merged
  m.reindex();
  return m;
}

/// A render input over `map` with the default layer (active) and encoding.
inline RenderInput input_for(const model::Map& map, const std::string& view = "map") {
  RenderInput in;
  in.map = &map;
  in.view = ViewSpec::parse(view);
  return in;
}

}  // namespace stakemap::render::testing
