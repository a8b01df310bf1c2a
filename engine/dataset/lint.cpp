#include "dataset/lint.hpp"

#include <set>

#include "model/schema.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::dataset {

namespace {

// Checks every code and id reference of `item` as its schema says, naming it by `where`.
template <class T>
void check_fields(const model::Map& map, const T& item, const std::string& where, std::vector<Diagnostic>& out) {
  const auto& tax = map.taxonomy();
  auto error = [&](const std::string& m) { out.push_back({Diagnostic::Severity::error, {where, 0, 0}, m}); };
  auto check = [&](const model::FieldSpec& f, const std::string& v) {
    if (v.empty()) return;
    switch (f.check) {
      case model::Check::code:
      case model::Check::codes:
        if (!tax.has(f.facet, v))
          error(std::string("unknown ") + f.facet + " code '" + v + "' (allowed: " + tax.allowed(f.facet) + ")");
        break;
      case model::Check::territory:
      case model::Check::territories:
        if (!map.territory(v)) error("unknown territory '" + v + "'");
        break;
      case model::Check::org:
        if (!map.org(v)) error("unknown organisation '" + v + "'");
        break;
      default: break;
    }
  };
  for (const auto& f : model::schema<T>().fields()) {
    if (f.list)
      for (const auto& v : item.*f.list) check(f, v);
    else if (f.text) check(f, item.*f.text);
  }
}

}  // namespace

std::vector<Diagnostic> lint(const model::Map& map) {
  std::vector<Diagnostic> out;
  auto warn = [&](const std::string& where, const std::string& m) {
    out.push_back({Diagnostic::Severity::warning, {where, 0, 0}, m});
  };
  std::set<std::string> connected;
  for (const auto& f : map.flows) {
    connected.insert(f.from);
    connected.insert(f.to);
  }
  for (const auto& t : map.territories) check_fields(map, t, "territory " + t.id, out);
  for (const auto& o : map.organisations) {
    std::string where = "organisation " + o.id;
    check_fields(map, o, where, out);
    if (o.territories.empty()) warn(where, "has no territory: it covers nothing in gap analyses");
    if (!connected.count(o.id)) warn(where, "has no flow at all");
  }
  for (const auto& f : map.flows) {
    std::string where = "flow " + f.from + " -> " + f.to;
    check_fields(map, f, where, out);
    if (f.from == f.to) warn(where, "self-loop");
    if (f.status == "blocked" && f.obstacles.empty()) warn(where, "blocked flow without an obstacle");
  }
  for (const auto& n : map.needs) check_fields(map, n, "need " + n.need + " in " + n.territory, out);
  return out;
}

}  // namespace stakemap::dataset
