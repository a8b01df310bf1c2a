#include "dataset/lint.hpp"

#include <set>

#include "model/taxonomy.hpp"

namespace stakemap::dataset {

std::vector<Diagnostic> lint(const model::Map& map) {
  std::vector<Diagnostic> out;
  const auto& tax = model::Taxonomy::builtin();
  auto error = [&](const std::string& where, const std::string& m) {
    out.push_back({Diagnostic::Severity::error, {where, 0, 0}, m});
  };
  auto warn = [&](const std::string& where, const std::string& m) {
    out.push_back({Diagnostic::Severity::warning, {where, 0, 0}, m});
  };
  auto code = [&](const std::string& where, const char* facet, const std::string& c) {
    if (!c.empty() && !tax.has(facet, c))
      error(where, std::string("unknown ") + facet + " code '" + c + "' (allowed: " + tax.allowed(facet) + ")");
  };
  std::set<std::string> connected;
  for (const auto& f : map.flows) {
    connected.insert(f.from);
    connected.insert(f.to);
  }
  for (const auto& o : map.organisations) {
    std::string where = "organisation " + o.id;
    code(where, "kind", o.kind);
    code(where, "level", o.level);
    code(where, "support_role", o.support_role);
    for (const auto& c : o.languages) code(where, "language", c);
    for (const auto& c : o.domains) code(where, "domain", c);
    for (const auto& c : o.publics) code(where, "public", c);
    for (const auto& c : o.services) code(where, "service", c);
    for (const auto& c : o.obstacles) code(where, "obstacle", c);
    for (const auto& t : o.territories)
      if (!map.territory(t)) error(where, "unknown territory '" + t + "'");
    if (o.territories.empty()) warn(where, "has no territory: it covers nothing in gap analyses");
    if (!connected.count(o.id)) warn(where, "has no flow at all");
  }
  for (const auto& f : map.flows) {
    std::string where = "flow " + f.from + " -> " + f.to;
    code(where, "flow_status", f.status);
    code(where, "flow_basis", f.basis);
    code(where, "population", f.population);
    for (const auto& c : f.obstacles) code(where, "obstacle", c);
    if (f.from == f.to) warn(where, "self-loop");
    if (f.status == "blocked" && f.obstacles.empty()) warn(where, "blocked flow without an obstacle");
  }
  return out;
}

}  // namespace stakemap::dataset
